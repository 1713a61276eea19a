// One worksheet's cells and merged areas, read as a stream. Each cell's text is what the spreadsheet shows:
// a shared or inline string (rich text joined), a number in its style, TRUE/FALSE, or a formula's saved
// value (shared formulas too: each cell keeps its own). The <dimension> a writer declares is not trusted:
// some write "A1" for a full sheet, others the whole grid; the cells themselves say where they are.
import type { StreamedZip } from '../../zip/safe-zip';
import type { MergedRange, Sheet } from '../sheet';
import { numberText, type DateSystem } from './cell-values';
import { excelUnescape, StringItem } from './string-item';
import type { NumberStyle } from './styles';
import { attributeOf, readXmlPart, type XmlElement } from './xml-part';

export interface WorkbookContext {
  readonly strings: readonly string[];
  readonly styles: readonly NumberStyle[];
  readonly dateSystem: DateSystem;
}

/** "AB12" → 0-based column and row. */
export function cellPosition(ref: string): { column: number; row: number } | null {
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

/** The cell being read: its attributes, then what its <v>, <f> and <is> held. */
interface OpenCell {
  column: number;
  type: string;
  style: NumberStyle;
  value: string | null;
  formula: string | null;
  sharedIndex: string | null;
  inline: string | null;
}

type Problem = Sheet['problems'][number];

export function readWorksheet(zip: StreamedZip, part: string, sheet: Pick<Sheet, 'name' | 'state'>, fileName: string, context: WorkbookContext): Sheet {
  const rows: string[][] = [];
  const problems: Problem[] = [];
  const merges: MergedRange[] = [];
  const sharedFormulas = new Map<string, string>();
  const inlineItem = new StringItem();
  let inSheetData = false;
  let rowIndex = -1;
  let nextRow = 0;
  let cells: string[] = [];
  let hasValue = false;
  let nextColumn = 0;
  let cell: OpenCell | null = null;
  /** Which of the cell's children the text belongs to. */
  let reading: 'v' | 'f' | 'is' | null = null;
  let text = '';

  const openRow = (element: XmlElement) => {
    const r = attributeOf(element, 'r');
    rowIndex = r !== null && Number.isInteger(Number(r)) && Number(r) >= 1 ? Number(r) - 1 : nextRow;
    nextRow = rowIndex + 1;
    cells = [];
    hasValue = false;
    nextColumn = 0;
  };

  const closeRow = () => {
    if (!hasValue) return;
    for (let i = 0; i < cells.length; i++) cells[i] ??= '';
    rows[rowIndex] = cells;
  };

  const openCell = (element: XmlElement) => {
    const ref = attributeOf(element, 'r');
    const column = (ref ? cellPosition(ref)?.column : undefined) ?? nextColumn;
    nextColumn = column + 1;
    cell = {
      column,
      type: attributeOf(element, 't') ?? 'n',
      style: context.styles[Number(attributeOf(element, 's') ?? '0')] ?? 'number',
      value: null,
      formula: null,
      sharedIndex: null,
      inline: null,
    };
  };

  const put = (column: number, value: string) => {
    cells[column] = value;
    hasValue = true;
  };

  const closeCell = (c: OpenCell) => {
    const raw = c.value;
    if (c.formula !== null || c.sharedIndex !== null) {
      const formula = c.formula ?? '';
      if (c.sharedIndex !== null && formula !== '') sharedFormulas.set(c.sharedIndex, formula);
      if (raw === null || (raw === '' && c.type !== 'str')) {
        const shown = formula || (c.sharedIndex !== null ? (sharedFormulas.get(c.sharedIndex) ?? '') : '');
        problems.push({ row: rowIndex, column: c.column, problem: `holds a formula (=${shown}) without a saved value; open the file in Excel and save it again` });
        put(c.column, '');
        return;
      }
      if (c.type === 'e') {
        problems.push({ row: rowIndex, column: c.column, problem: `holds a formula whose value is the error ${raw}` });
        put(c.column, '');
        return;
      }
    }
    switch (c.type) {
      case 's':
        if (raw !== null) put(c.column, context.strings[Number(raw)] ?? '');
        return;
      case 'inlineStr':
        if (c.inline !== null) put(c.column, c.inline);
        return;
      case 'str':
        put(c.column, excelUnescape(raw ?? ''));
        return;
      case 'b':
        if (raw !== null) put(c.column, Number(raw) !== 0 ? 'TRUE' : 'FALSE');
        return;
      case 'e':
        if (raw === null) return;
        problems.push({ row: rowIndex, column: c.column, problem: `holds the error value ${raw}` });
        put(c.column, '');
        return;
      case 'd':
        if (raw !== null) put(c.column, raw.slice(0, 10));
        return;
      default:
        if (raw !== null && raw !== '') put(c.column, numberText(raw, c.style, context.dateSystem));
    }
  };

  readXmlPart(zip, part, fileName, 'spreadsheet', {
    open(name, element) {
      if (cell) {
        if (reading === 'is') inlineItem.open(name);
        else if (name === 'v') reading = 'v';
        else if (name === 'is') reading = 'is';
        else if (name === 'f') {
          reading = 'f';
          const si = attributeOf(element, 'si');
          if (si !== null) cell.sharedIndex = si;
        }
        text = '';
      } else if (inSheetData) {
        if (name === 'c') openCell(element);
        else if (name === 'row') openRow(element);
      } else if (name === 'sheetData') inSheetData = true;
      else if (name === 'mergeCell') {
        const range = parseRange(attributeOf(element, 'ref') ?? '');
        if (range) merges.push(range);
      }
    },
    close(name) {
      if (cell) {
        if (name === 'c') {
          closeCell(cell);
          cell = null;
        } else if (reading === 'is' && name === 'is') {
          cell.inline = inlineItem.take();
          reading = null;
        } else if (reading === 'is') inlineItem.close(name);
        else if (reading === 'v' && name === 'v') {
          cell.value = text;
          reading = null;
        } else if (reading === 'f' && name === 'f') {
          cell.formula = text;
          reading = null;
        }
      } else if (inSheetData) {
        if (name === 'row') closeRow();
        else if (name === 'sheetData') inSheetData = false;
      }
    },
    text(chunk) {
      if (reading === 'is') inlineItem.text(chunk);
      else if (reading) text += chunk;
    },
  });
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return { ...sheet, rows, merges, problems };
}
