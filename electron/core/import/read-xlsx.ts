// Reads an .xlsx workbook's cells straight from the XML the zip check has already inflated: the workbook
// (sheet names and order), its relationships, the shared strings, the number formats (percent and dates) and
// each worksheet's cells and merged areas. A plan sheet needs nothing more, and reading only this is several
// times faster and lighter than loading the whole workbook model with a spreadsheet library.
import { AppError } from '../../../shared/result';
import type { MergedRange, Sheet } from './sheet';

type Entries = ReadonlyMap<string, Uint8Array>;

const utf8 = new TextDecoder('utf-8');

function bad(fileName: string, what: string): AppError {
  return new AppError('bad_file', `${fileName}: ${what}`);
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML text to a string: entities, then Excel's own _xHHHH_ escapes (a line break saved as _x000D_). */
export function xmlText(raw: string): string {
  let text = raw;
  if (text.includes('&')) {
    text = text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, entity: string) => {
      if (entity.startsWith('#x')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
      if (entity.startsWith('#')) return String.fromCodePoint(parseInt(entity.slice(1), 10));
      return NAMED_ENTITIES[entity]!;
    });
  }
  if (text.includes('_x')) text = text.replace(/_x([0-9a-fA-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return text;
}

const attributePatterns = new Map<string, RegExp>();

function attribute(attributes: string, name: string): string | null {
  let pattern = attributePatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`(?:^|\\s)${name}="([^"]*)"`);
    attributePatterns.set(name, pattern);
  }
  const match = pattern.exec(attributes);
  return match ? xmlText(match[1]!) : null;
}

/** The text of every <t> of a string item, leaving out phonetic guides (<rPh>). */
function stringItemText(inner: string): string {
  const withoutPhonetic = inner.includes('<rPh') ? inner.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '') : inner;
  let text = '';
  const t = /<t\b[^>]*?(?:\/>|>([\s\S]*?)<\/t>)/g;
  for (let m = t.exec(withoutPhonetic); m; m = t.exec(withoutPhonetic)) text += m[1] ?? '';
  return xmlText(text);
}

function readSharedStrings(xml: string | null): string[] {
  if (!xml) return [];
  const strings: string[] = [];
  const si = /<si\b[^>]*?(?:\/>|>([\s\S]*?)<\/si>)/g;
  for (let m = si.exec(xml); m; m = si.exec(xml)) strings.push(stringItemText(m[1] ?? ''));
  return strings;
}

// Built-in number formats (ECMA-376 18.8.30) that show a percent or a date.
const BUILTIN_PERCENT = new Set([9, 10]);
const BUILTIN_DATE = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

function isDateFormat(code: string): boolean {
  const bare = code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhMsb]/.test(bare);
}

type NumberStyle = 'number' | 'percent' | 'date';

/** The way each cell style (index into cellXfs) shows a number. */
function readNumberStyles(xml: string | null): NumberStyle[] {
  if (!xml) return [];
  const custom = new Map<number, string>();
  const numFmt = /<numFmt\b([^>]*?)\/?>/g;
  for (let m = numFmt.exec(xml); m; m = numFmt.exec(xml)) {
    const id = Number(attribute(m[1]!, 'numFmtId'));
    custom.set(id, attribute(m[1]!, 'formatCode') ?? '');
  }
  const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? '';
  const styles: NumberStyle[] = [];
  const xf = /<xf\b([^>]*?)\/?>/g;
  for (let m = xf.exec(cellXfs); m; m = xf.exec(cellXfs)) {
    const id = Number(attribute(m[1]!, 'numFmtId') ?? '0');
    const code = custom.get(id);
    if (code !== undefined) styles.push(code.includes('%') ? 'percent' : isDateFormat(code) ? 'date' : 'number');
    else styles.push(BUILTIN_PERCENT.has(id) ? 'percent' : BUILTIN_DATE.has(id) ? 'date' : 'number');
  }
  return styles;
}

function percentText(value: number): string {
  return `${Number((value * 100).toPrecision(12))}%`;
}

function serialDateText(serial: number, date1904: boolean): string {
  const ms = Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000);
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? String(serial) : date.toISOString().slice(0, 10);
}

function numberText(raw: string, style: NumberStyle, date1904: boolean): string {
  const value = parseFloat(raw);
  if (Number.isNaN(value)) return raw;
  switch (style) {
    case 'percent':
      return percentText(value);
    case 'date':
      return serialDateText(value, date1904);
    case 'number':
      return String(value);
  }
}

/** "AB12" → 0-based column and row. */
function cellPosition(ref: string): { column: number; row: number } | null {
  let column = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code >= 65 && code <= 90) column = column * 26 + code - 64;
    else if (code >= 97 && code <= 122) column = column * 26 + code - 96;
    else break;
  }
  if (i === 0 || i === ref.length) return null;
  const row = Number(ref.slice(i));
  if (!Number.isInteger(row) || row < 1) return null;
  return { column: column - 1, row: row - 1 };
}

function parseRange(range: string): MergedRange | null {
  const [from, to] = range.replace(/\$/g, '').split(':');
  const a = from ? cellPosition(from) : null;
  const b = to ? cellPosition(to) : a;
  if (!a || !b) return null;
  return { top: Math.min(a.row, b.row), left: Math.min(a.column, b.column), bottom: Math.max(a.row, b.row), right: Math.max(a.column, b.column) };
}

interface SheetContext {
  readonly strings: readonly string[];
  readonly styles: readonly NumberStyle[];
  readonly date1904: boolean;
}

const ROW = /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;
const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
const FORMULA = /<f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/f>)/;
const VALUE = /<v\b[^>]*?(?:\/>|>([\s\S]*?)<\/v>)/;
const INLINE = /<is\b[^>]*?(?:\/>|>([\s\S]*?)<\/is>)/;

function readWorksheet(name: string, xml: string, context: SheetContext): Sheet {
  const rows: string[][] = [];
  const problems: { row: number; column: number; problem: string }[] = [];
  const sharedFormulas = new Map<string, string>();
  const data = /<sheetData\b[^>]*?(?:\/>|>([\s\S]*?)<\/sheetData>)/.exec(xml)?.[1] ?? '';
  let nextRow = 0;
  ROW.lastIndex = 0;
  for (let r = ROW.exec(data); r; r = ROW.exec(data)) {
    const rowAttr = attribute(r[1]!, 'r');
    const rowIndex = rowAttr ? Number(rowAttr) - 1 : nextRow;
    nextRow = rowIndex + 1;
    const inner = r[2];
    if (!inner) continue;
    const cells: string[] = [];
    let nextColumn = 0;
    let hasValue = false;
    CELL.lastIndex = 0;
    for (let c = CELL.exec(inner); c; c = CELL.exec(inner)) {
      const attrs = c[1]!;
      const ref = attribute(attrs, 'r');
      const column = (ref ? cellPosition(ref)?.column : undefined) ?? nextColumn;
      nextColumn = column + 1;
      const body = c[2];
      if (!body) continue;
      const type = attribute(attrs, 't') ?? 'n';
      const style = context.styles[Number(attribute(attrs, 's') ?? '0')] ?? 'number';
      const formula = FORMULA.exec(body);
      const valueMatch = VALUE.exec(body);
      const raw = valueMatch ? (valueMatch[1] ?? '') : null;
      if (formula) {
        const formulaText = xmlText(formula[2] ?? '');
        const si = attribute(formula[1]!, 'si');
        if (si !== null && formulaText !== '') sharedFormulas.set(si, formulaText);
        if (raw === null || (raw === '' && type !== 'str')) {
          const shown = formulaText || (si !== null ? sharedFormulas.get(si) ?? '' : '');
          problems.push({ row: rowIndex, column, problem: `holds a formula (=${shown}) without a saved value; open the file in Excel and save it again` });
          cells[column] = '';
          hasValue = true;
          continue;
        }
        if (type === 'e') {
          problems.push({ row: rowIndex, column, problem: `holds a formula whose value is the error ${xmlText(raw)}` });
          cells[column] = '';
          hasValue = true;
          continue;
        }
      }
      let text: string;
      switch (type) {
        case 's':
          if (raw === null) continue;
          text = context.strings[Number(raw)] ?? '';
          break;
        case 'inlineStr': {
          const inline = INLINE.exec(body);
          if (!inline) continue;
          text = stringItemText(inline[1] ?? '');
          break;
        }
        case 'str':
          text = xmlText(raw ?? '');
          break;
        case 'b':
          if (raw === null) continue;
          text = Number(raw) !== 0 ? 'TRUE' : 'FALSE';
          break;
        case 'e':
          if (raw === null) continue;
          problems.push({ row: rowIndex, column, problem: `holds the error value ${xmlText(raw)}` });
          cells[column] = '';
          hasValue = true;
          continue;
        case 'd':
          if (raw === null) continue;
          text = xmlText(raw).slice(0, 10);
          break;
        default:
          if (raw === null || raw === '') continue;
          text = numberText(raw, style, context.date1904);
      }
      cells[column] = text;
      hasValue = true;
    }
    if (!hasValue) continue;
    for (let i = 0; i < cells.length; i++) cells[i] ??= '';
    rows[rowIndex] = cells;
  }
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  const merges: MergedRange[] = [];
  const mergeCell = /<mergeCell\b([^>]*?)\/?>/g;
  for (let m = mergeCell.exec(xml); m; m = mergeCell.exec(xml)) {
    const range = parseRange(attribute(m[1]!, 'ref') ?? '');
    if (range) merges.push(range);
  }
  return { name, rows, merges, problems };
}

/** Resolves a relationship target ("worksheets/sheet1.xml", "/xl/worksheets/sheet1.xml") to an entry name. */
function entryOf(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = `xl/${target}`.split('/');
  const resolved: string[] = [];
  for (const part of parts) {
    if (part === '..') resolved.pop();
    else if (part !== '.' && part !== '') resolved.push(part);
  }
  return resolved.join('/');
}

/** The entries the reader needs: every XML part and relationship list (kept by the zip check as it inflates). */
export function isWorkbookXml(name: string): boolean {
  return name.endsWith('.xml') || name.endsWith('.rels');
}

/** The sheets of a workbook, in the workbook's order, from its inflated XML entries. */
export function readXlsxSheets(entries: Entries, fileName: string): Sheet[] {
  const text = (name: string) => {
    const bytes = entries.get(name);
    return bytes ? utf8.decode(bytes) : null;
  };
  const workbook = text('xl/workbook.xml');
  if (!workbook) throw bad(fileName, 'this zip archive is not an .xlsx workbook (it has no xl/workbook.xml)');
  const rels = new Map<string, string>();
  const relsXml = text('xl/_rels/workbook.xml.rels') ?? '';
  const relationship = /<Relationship\b([^>]*?)\/?>/g;
  for (let m = relationship.exec(relsXml); m; m = relationship.exec(relsXml)) {
    const id = attribute(m[1]!, 'Id');
    const target = attribute(m[1]!, 'Target');
    const type = attribute(m[1]!, 'Type') ?? '';
    if (id && target && type.endsWith('/worksheet')) rels.set(id, entryOf(target));
  }
  const date1904 = /<workbookPr\b[^>]*\bdate1904="(1|true)"/.test(workbook);
  const context: SheetContext = { strings: readSharedStrings(text('xl/sharedStrings.xml')), styles: readNumberStyles(text('xl/styles.xml')), date1904 };
  const sheets: Sheet[] = [];
  const sheet = /<sheet\b([^>]*?)\/?>/g;
  for (let m = sheet.exec(workbook); m; m = sheet.exec(workbook)) {
    const name = attribute(m[1]!, 'name') ?? `Sheet${sheets.length + 1}`;
    const relId = attribute(m[1]!, 'r:id') ?? /\br:id="([^"]*)"|\b\w+:id="([^"]*)"/.exec(m[1]!)?.slice(1).find(Boolean) ?? null;
    const entry = relId ? rels.get(relId) : undefined;
    // Chart sheets and dialog sheets have no worksheet relationship: they hold no cells.
    if (!entry) continue;
    const xml = text(entry);
    if (xml === null) throw bad(fileName, `the workbook is damaged: sheet "${name}" (${entry}) is missing from the archive`);
    sheets.push(readWorksheet(name, xml, context));
  }
  return sheets;
}
