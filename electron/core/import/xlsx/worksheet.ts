// One worksheet's cells and merged areas, read as a stream. Each cell's text is what the spreadsheet shows:
// a shared or inline string (rich text joined), a number in its style, TRUE/FALSE, or a formula's saved
// value (shared formulas too: each cell keeps its own). The <dimension> a writer declares is not trusted:
// some write "A1" for a full sheet, others the whole grid; the cells themselves say where they are.
import { AppError } from '../../../../shared/result';
import type { StreamedZip } from '../../zip/safe-zip';
import type { MergedRange, Sheet } from '../sheet';
import { numberText, type DateSystem } from './cell-values';
import { excelUnescape, StringItem } from './string-item';
import type { NumberStyle } from './styles';
import { attributeOf, readXmlPart, StopReading, type XmlElement } from './xml-part';

export interface WorkbookContext {
  readonly strings: readonly string[];
  readonly styles: readonly NumberStyle[];
  readonly dateSystem: DateSystem;
}

/**
 * A spreadsheet's last column (XFD) and row, as Excel and LibreOffice have them. A cell or row past them, or a row
 * holding more cells than a row has columns, is in no file a spreadsheet wrote: refused at once, so that a row
 * reference such as r="50000000" or a cell at column AAAAAAA cannot make the reader fill millions of empty places.
 */
export const SHEET_COLUMNS = 16_384;
export const SHEET_ROWS = 1_048_576;

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

/**
 * A cell as the worksheet stores it, before anyone shows it as text. `formula`: the formula (without its "=") of a
 * cell whose value a spreadsheet computed; the value is the one it saved, never computed here.
 */
export type StoredCell = (
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'boolean'; readonly value: boolean }
  /** A number and the style that says how it shows (a date's serial number, a percent's fraction). */
  | { readonly kind: 'number'; readonly raw: string; readonly style: NumberStyle }
  /** A date the writer stored as ISO 8601 text (t="d"). */
  | { readonly kind: 'isoDate'; readonly text: string }
  /** An error value, or a formula without a saved value. */
  | { readonly kind: 'problem'; readonly problem: string }
) & { readonly formula?: string };

export interface WorksheetVisitor {
  /** A row that stores at least one cell: its 0-based index and its cells by 0-based column (holes where none). */
  row(rowIndex: number, cells: readonly (StoredCell | undefined)[]): void;
  /** Rows from this 0-based index on are not read: the stream stops at the first one (see StoppedAt). */
  readonly rowLimit?: number;
}

export interface StreamedWorksheet {
  readonly merges: MergedRange[];
  /** The 0-based index of the first row past the visitor's limit, where reading stopped; null when it read to the end. */
  readonly stoppedAt: number | null;
}

type Problem = Sheet['problems'][number];

/** Streams a worksheet's stored cells row by row, and its merged areas. `sheetName` names the sheet in refusals. */
export function streamWorksheet(zip: StreamedZip, part: string, fileName: string, context: WorkbookContext, visitor: WorksheetVisitor, sheetName: string): StreamedWorksheet {
  const refuse = (what: string) => new AppError('bad_file', `${fileName}: sheet "${sheetName}", ${what}; no spreadsheet writes that, so the file is refused`);
  const merges: MergedRange[] = [];
  const sharedFormulas = new Map<string, string>();
  const inlineItem = new StringItem();
  let inSheetData = false;
  let rowIndex = -1;
  let nextRow = 0;
  let cells: (StoredCell | undefined)[] = [];
  let hasValue = false;
  let cellsInRow = 0;
  let nextColumn = 0;
  let cell: OpenCell | null = null;
  let stoppedAt: number | null = null;
  /** Which of the cell's children the text belongs to. */
  let reading: 'v' | 'f' | 'is' | null = null;
  let text = '';

  const openRow = (element: XmlElement) => {
    const r = attributeOf(element, 'r');
    rowIndex = r !== null && Number.isInteger(Number(r)) && Number(r) >= 1 ? Number(r) - 1 : nextRow;
    if (visitor.rowLimit !== undefined && rowIndex >= visitor.rowLimit) {
      stoppedAt = rowIndex;
      throw new StopReading();
    }
    if (rowIndex >= SHEET_ROWS) throw refuse(`row ${(rowIndex + 1).toLocaleString('en')}, is past the last row a sheet has (${SHEET_ROWS.toLocaleString('en')})`);
    nextRow = rowIndex + 1;
    cells = [];
    cellsInRow = 0;
    hasValue = false;
    nextColumn = 0;
  };

  const closeRow = () => {
    if (hasValue) visitor.row(rowIndex, cells);
  };

  const openCell = (element: XmlElement) => {
    const ref = attributeOf(element, 'r');
    const column = (ref ? cellPosition(ref)?.column : undefined) ?? nextColumn;
    cellsInRow += 1;
    if (cellsInRow > SHEET_COLUMNS) throw refuse(`row ${rowIndex + 1}, holds more than ${SHEET_COLUMNS.toLocaleString('en')} cells (a row has ${SHEET_COLUMNS.toLocaleString('en')} columns)`);
    if (column >= SHEET_COLUMNS) throw refuse(`row ${rowIndex + 1}, has a cell at ${ref ?? `column ${(column + 1).toLocaleString('en')}`}, past the last column a sheet has (XFD)`);
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

  const putValue = (column: number, value: StoredCell) => {
    cells[column] = value;
    hasValue = true;
  };

  const closeCell = (c: OpenCell) => {
    const raw = c.value;
    let put = putValue;
    if (c.formula !== null || c.sharedIndex !== null) {
      const formula = c.formula ?? '';
      if (c.sharedIndex !== null && formula !== '') sharedFormulas.set(c.sharedIndex, formula);
      const shown = formula || (c.sharedIndex !== null ? (sharedFormulas.get(c.sharedIndex) ?? '') : '');
      if (raw === null || (raw === '' && c.type !== 'str')) {
        putValue(c.column, { kind: 'problem', problem: `holds a formula (=${shown}) without a saved value; open the file in Excel and save it again` });
        return;
      }
      put = (column, value) => putValue(column, { ...value, formula: shown });
      if (c.type === 'e') {
        put(c.column, { kind: 'problem', problem: `holds a formula whose value is the error ${raw}` });
        return;
      }
    }
    switch (c.type) {
      case 's':
        if (raw !== null) put(c.column, { kind: 'text', text: context.strings[Number(raw)] ?? '' });
        return;
      case 'inlineStr':
        if (c.inline !== null) put(c.column, { kind: 'text', text: c.inline });
        return;
      case 'str':
        put(c.column, { kind: 'text', text: excelUnescape(raw ?? '') });
        return;
      case 'b':
        if (raw !== null) put(c.column, { kind: 'boolean', value: Number(raw) !== 0 });
        return;
      case 'e':
        if (raw === null) return;
        put(c.column, { kind: 'problem', problem: `holds the error value ${raw}` });
        return;
      case 'd':
        if (raw !== null) put(c.column, { kind: 'isoDate', text: raw });
        return;
      default:
        if (raw !== null && raw !== '') put(c.column, { kind: 'number', raw, style: c.style });
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
  return { merges, stoppedAt };
}

/** One worksheet's cells as the import reads them: each cell's text as the spreadsheet shows it. */
export function readWorksheet(zip: StreamedZip, part: string, sheet: Pick<Sheet, 'name' | 'state'>, fileName: string, context: WorkbookContext): Sheet {
  const rows: string[][] = [];
  const problems: Problem[] = [];
  const shown = (stored: StoredCell, row: number, column: number): string => {
    switch (stored.kind) {
      case 'text':
        return stored.text;
      case 'boolean':
        return stored.value ? 'TRUE' : 'FALSE';
      case 'isoDate':
        return stored.text.slice(0, 10);
      case 'number':
        return numberText(stored.raw, stored.style, context.dateSystem);
      case 'problem':
        problems.push({ row, column, problem: stored.problem });
        return '';
    }
  };
  const { merges } = streamWorksheet(zip, part, fileName, context, {
    row(rowIndex, cells) {
      const texts: string[] = [];
      for (let column = 0; column < cells.length; column++) {
        const stored = cells[column];
        texts[column] = stored ? shown(stored, rowIndex, column) : '';
      }
      rows[rowIndex] = texts;
    },
  }, sheet.name ?? part);
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return { ...sheet, rows, merges, problems };
}
