// Step 1 of the import: a file (on disk, or bytes the window sent) becomes sheets of cell texts. TSV and CSV (UTF-8 with or without BOM,
// UTF-16 as Excel's "Unicode text" writes it, or Windows-1252), and .xlsx (merged cells, several sheets,
// formulas read as their saved values). Everything that makes a file unreadable is an AppError('bad_file').
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import Papa from 'papaparse';
import { AppError } from '../../../shared/result';
import { columnLetter } from './report';
import { readXlsx } from './read-xlsx';
import { removeFormulaGuard } from '../../../shared/formula-guard';
import type { Sheet } from './sheet';

export interface SpreadsheetContent {
  readonly format: 'tsv' | 'csv' | 'xlsx';
  /** What read the file: the import report says so. */
  readonly reader: string;
  /** How the bytes were decoded (a workbook's: its XML's). */
  readonly encoding: string | null;
  readonly delimiter: string | null;
  readonly sheets: readonly Sheet[];
}

const MAX_TEXT_FILE_BYTES = 200 * 1024 * 1024;
const MAX_XLSX_FILE_BYTES = 100 * 1024 * 1024;
/** No row of a plan is this long; a longer line means the file is not a plan (or not a text file). */
export const MAX_LINE_CHARS = 1_000_000;
/**
 * The widest sheet read, counted to a row's last filled cell (trailing empty cells cost nothing). A plan has a few
 * dozen columns, a plan with one column per week of ten years about 520; a sheet filled to Excel's last column
 * (16,384) is not a plan, and every later step's work grows with the width.
 */
export const MAX_COLUMNS = 1_000;
const ERROR_VALUES = new Set(['#REF!', '#DIV/0!', '#VALUE!', '#N/A', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!', '#GETTING_DATA']);

const TEXT_READER = 'delimited text (Papa Parse)';
const WORKBOOK_READER = 'workbook XML, streamed (saxes, namespace-aware)';

function bad(fileName: string, what: string): AppError {
  return new AppError('bad_file', `${fileName}: ${what}`);
}

/** Decodes text as UTF-8 (with or without BOM) or UTF-16 by BOM, falling back to Windows-1252. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8 (with BOM)' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

// Bytes 0x80-0x9F of Windows-1252 (“smart quotes”, dashes, €); Node's TextDecoder without full ICU reads
// them as control characters, so they are mapped here. 0 marks the five unused bytes (kept as they are).
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  const text = new TextDecoder('latin1').decode(bytes);
  return text.replace(/[\u0080-\u009f]/g, (ch) => {
    const mapped = CP1252_HIGH[ch.charCodeAt(0) - 0x80];
    return mapped ? String.fromCharCode(mapped) : ch;
  });
}

function checkLineLengths(text: string, fileName: string): void {
  let start = 0;
  let line = 1;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    if (end - start > MAX_LINE_CHARS) {
      throw bad(fileName, `line ${line} is ${(end - start).toLocaleString('en')} characters long (a plan row is never longer than ${MAX_LINE_CHARS.toLocaleString('en')}); this is not a plan spreadsheet`);
    }
    start = end + 1;
    line++;
  }
}

function parseDelimited(text: string, delimiter: string | undefined, fileName: string): { rows: string[][]; delimiter: string } {
  const parse = (quoteChar: string) =>
    Papa.parse<string[]>(text, { delimiter: delimiter ?? '', quoteChar, skipEmptyLines: false, delimitersToGuess: [',', ';', '\t', '|'] });
  let result = parse('"');
  // A stray quote in the middle of a TSV cell must not swallow the lines after it: read quotes literally then.
  if (result.errors.some((e) => e.type === 'Quotes') && delimiter === '\t') result = parse('\u0000');
  const quoteError = result.errors.find((e) => e.type === 'Quotes');
  if (quoteError) {
    throw bad(fileName, `row ${(quoteError.row ?? 0) + 1}: a quoted cell is never closed (${quoteError.message})`);
  }
  return { rows: result.data.map((row) => row.map((cell) => cell ?? '')), delimiter: result.meta.delimiter };
}

function errorProblems(rows: readonly string[][]): Sheet['problems'] {
  const problems: { row: number; column: number; problem: string }[] = [];
  rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      const value = cell.trim();
      if (value.startsWith('#') && ERROR_VALUES.has(value.toUpperCase())) problems.push({ row: r, column: c, problem: `holds the error value ${value}` });
    }),
  );
  return problems;
}

/**
 * Why bytes that are not UTF-8 cannot be taken for Windows-1252 either, or null when they can: a byte that
 * Windows-1252 leaves undefined, or letters outside ASCII in runs of four or more (a word of Cyrillic, Greek,
 * Arabic or a legacy Asian encoding; text in a Latin script has its accented letters among plain ones).
 */
export function undecidableEncoding(bytes: Uint8Array): string | null {
  let run = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (byte === 0x81 || byte === 0x8d || byte === 0x8f || byte === 0x90 || byte === 0x9d) return `byte ${i + 1} (0x${byte.toString(16)}) has no meaning in Windows-1252`;
    run = byte >= 0xc0 ? run + 1 : 0;
    if (run >= 4) return `bytes ${i - 2} to ${i + 1} would read as "${decodeWindows1252(bytes.subarray(i - 3, i + 1))}", letters no Latin-script word runs together`;
  }
  return null;
}

function readTextFile(fileName: string, bytes: Uint8Array, format: 'tsv' | 'csv'): SpreadsheetContent {
  const { text, encoding } = decodeText(bytes);
  const undecided = encoding === 'windows-1252' ? undecidableEncoding(bytes) : null;
  if (undecided) {
    throw bad(fileName, `the text's encoding cannot be decided: it is not UTF-8 or UTF-16, and not Windows-1252 either (${undecided}); save the file again as "CSV UTF-8"`);
  }
  if (text.slice(0, 8192).includes('\u0000')) throw bad(fileName, 'this is not a text file (it holds binary data); save the plan as .xlsx, .csv or .tsv');
  checkLineLengths(text, fileName);
  const parsed = parseDelimited(text, format === 'tsv' ? '\t' : undefined, fileName);
  const { delimiter } = parsed;
  // The apostrophe PlanDesk's CSV export put before a cell a spreadsheet would run as a formula is not part of the text.
  const rows = parsed.rows.map((row) => row.map(removeFormulaGuard));
  return { format, reader: TEXT_READER, encoding, delimiter, sheets: [{ name: null, rows, merges: [], problems: errorProblems(rows), state: 'visible' }] };
}

function readXlsxFile(fileName: string, bytes: Uint8Array): SpreadsheetContent {
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw bad(fileName, 'this is an old .xls workbook or a password-protected one; save it from Excel as .xlsx without a password');
  }
  const { sheets, encoding } = readXlsx(bytes, fileName);
  return { format: 'xlsx', reader: WORKBOOK_READER, encoding, delimiter: null, sheets };
}

function formatOf(fileName: string, bytes: Uint8Array): 'tsv' | 'csv' | 'xlsx' {
  const ext = extname(fileName).toLowerCase();
  if (ext === '.xlsx' || ext === '.xlsm') return 'xlsx';
  if (ext === '.xls') {
    throw bad(fileName, 'the old .xls format is not read; save the workbook from Excel as .xlsx');
  }
  if (ext === '.tsv' || ext === '.tab') return 'tsv';
  if (ext === '.csv' || ext === '.txt') return 'csv';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'xlsx';
  return 'csv';
}

/** Reads a spreadsheet file into sheets of cell texts. */
export async function readCells(path: string): Promise<SpreadsheetContent> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (error) {
    throw new AppError('not_found', `${path} cannot be opened: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  checkSize(basename(path), size, extname(path).toLowerCase() === '.xlsx');
  return readCellsFromBytes(basename(path), new Uint8Array(await readFile(path)));
}

function checkSize(fileName: string, size: number, workbook: boolean): void {
  if (size === 0) throw bad(fileName, 'the file is empty');
  if (workbook && size > MAX_XLSX_FILE_BYTES) throw bad(fileName, `the workbook is ${Math.round(size / 1024 / 1024)} MB; a plan workbook is far smaller (limit 100 MB)`);
  if (size > MAX_TEXT_FILE_BYTES) throw bad(fileName, `the file is ${Math.round(size / 1024 / 1024)} MB; a plan is far smaller (limit 200 MB)`);
}

/** Reads a spreadsheet's bytes (named by `fileName`, whose extension tells the format) into sheets of cell texts. */
export function readCellsFromBytes(fileName: string, bytes: Uint8Array): SpreadsheetContent {
  checkSize(fileName, bytes.length, false);
  const format = formatOf(fileName, bytes);
  if (format === 'xlsx') checkSize(fileName, bytes.length, true);
  const content = format === 'xlsx' ? readXlsxFile(fileName, bytes) : readTextFile(fileName, bytes, format);
  for (const sheet of content.sheets) refuseWideSheet(fileName, sheet);
  return content;
}

/** A sheet wider than MAX_COLUMNS is refused, naming the sheet, the row and how wide it is. */
function refuseWideSheet(fileName: string, sheet: Sheet): void {
  sheet.rows.forEach((row, r) => {
    if (row.length <= MAX_COLUMNS) return;
    let width = row.length;
    while (width > MAX_COLUMNS && row[width - 1]!.trim() === '') width--;
    if (width <= MAX_COLUMNS) return;
    const where = sheet.name === null ? `row ${r + 1}` : `sheet "${sheet.name}", row ${r + 1},`;
    throw bad(
      fileName,
      `${where} has cells in ${width.toLocaleString('en')} columns (up to column ${columnLetter(width - 1)}); a plan sheet has at most ${MAX_COLUMNS.toLocaleString('en')} columns, so this is not one. Delete the cells beyond the plan's columns and import again`,
    );
  });
}

/** "Sheet1!F12" or "F12": where a cell is, for messages. */
export function cellAddress(sheet: string | null, row: number, column: number): string {
  return `${sheet ? `${sheet}!` : ''}${columnLetter(column)}${row + 1}`;
}
