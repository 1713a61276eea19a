// Step 1 of the import: a file on disk becomes sheets of cell texts. TSV and CSV (UTF-8 with or without BOM,
// UTF-16 as Excel's "Unicode text" writes it, or Windows-1252), and .xlsx (merged cells, several sheets,
// formulas read as their saved values). Everything that makes a file unreadable is an AppError('bad_file').
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { AppError } from '../../../shared/result';
import { columnLetter } from './report';
import { listZipEntries, verifyZipContent } from './zip-check';

export interface MergedRange {
  /** 0-based, inclusive. */
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface Sheet {
  /** The worksheet's name; null for TSV and CSV files. */
  readonly name: string | null;
  readonly rows: string[][];
  /** Merged areas: only their top-left cell holds the text. */
  readonly merges: readonly MergedRange[];
  /** Cells a spreadsheet could not compute (error values, formulas without a saved result). */
  readonly problems: readonly { readonly row: number; readonly column: number; readonly problem: string }[];
}

export interface SpreadsheetContent {
  readonly format: 'tsv' | 'csv' | 'xlsx';
  readonly encoding: string | null;
  readonly delimiter: string | null;
  readonly sheets: readonly Sheet[];
}

const MAX_TEXT_FILE_BYTES = 200 * 1024 * 1024;
const MAX_XLSX_FILE_BYTES = 100 * 1024 * 1024;
/** No row of a plan is this long; a longer line means the file is not a plan (or not a text file). */
export const MAX_LINE_CHARS = 1_000_000;
const ERROR_VALUES = new Set(['#REF!', '#DIV/0!', '#VALUE!', '#N/A', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!', '#GETTING_DATA']);

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

async function readTextFile(path: string, bytes: Uint8Array, format: 'tsv' | 'csv'): Promise<SpreadsheetContent> {
  const fileName = basename(path);
  const { text, encoding } = decodeText(bytes);
  if (text.slice(0, 8192).includes('\u0000')) throw bad(fileName, 'this is not a text file (it holds binary data); save the plan as .xlsx, .csv or .tsv');
  checkLineLengths(text, fileName);
  const { rows, delimiter } = parseDelimited(text, format === 'tsv' ? '\t' : undefined, fileName);
  return { format, encoding, delimiter, sheets: [{ name: null, rows, merges: [], problems: errorProblems(rows) }] };
}

function percentText(value: number): string {
  return `${Number((value * 100).toPrecision(12))}%`;
}

function dateText(date: Date): string {
  return date.toISOString().slice(0, 10);
}

type CellText = { text: string } | { problem: string };

/** The text a person sees in a cell: formulas give their saved result. */
function cellText(cell: ExcelJS.Cell): CellText {
  const value = cell.value as unknown;
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'string') return { text: value };
  if (typeof value === 'number') return { text: (cell.numFmt ?? '').includes('%') ? percentText(value) : String(value) };
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE' };
  if (value instanceof Date) return { text: dateText(value) };
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText)) return { text: (v.richText as { text?: string }[]).map((part) => part.text ?? '').join('') };
    if ('error' in v) return { problem: `holds the error value ${String(v.error)}` };
    if ('formula' in v || 'sharedFormula' in v) {
      const result = v.result;
      if (result === undefined || result === null) {
        return { problem: `holds a formula (=${String(v.formula ?? v.sharedFormula)}) without a saved value; open the file in Excel and save it again` };
      }
      if (typeof result === 'object' && result !== null && 'error' in result) {
        return { problem: `holds a formula whose value is the error ${String((result as { error: unknown }).error)}` };
      }
      if (result instanceof Date) return { text: dateText(result) };
      if (typeof result === 'number') return { text: (cell.numFmt ?? '').includes('%') ? percentText(result) : String(result) };
      return { text: String(result) };
    }
    if ('text' in v) return { text: String(v.text) };
  }
  return { text: String(value) };
}

function parseRange(range: string): MergedRange | null {
  const m = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/.exec(range.toUpperCase());
  if (!m) return null;
  const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { top: Number(m[2]) - 1, left: col(m[1]!), bottom: Number(m[4]) - 1, right: col(m[3]!) };
}

async function readXlsxFile(path: string, bytes: Uint8Array): Promise<SpreadsheetContent> {
  const fileName = basename(path);
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw bad(fileName, 'this is an old .xls workbook or a password-protected one; save it from Excel as .xlsx without a password');
  }
  const entries = listZipEntries(bytes, fileName);
  if (!entries.some((e) => e.name === 'xl/workbook.xml')) {
    throw bad(fileName, 'this zip archive is not an .xlsx workbook (it has no xl/workbook.xml)');
  }
  verifyZipContent(bytes, entries, fileName);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (error) {
    throw bad(fileName, `the workbook cannot be read: ${(error as Error).message}`);
  }
  const sheets: Sheet[] = [];
  for (const worksheet of workbook.worksheets) {
    const rows: string[][] = [];
    const problems: { row: number; column: number; problem: string }[] = [];
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        if (cell.type === ExcelJS.ValueType.Merge) return;
        const read = cellText(cell);
        if ('problem' in read) {
          problems.push({ row: rowNumber - 1, column: colNumber - 1, problem: read.problem });
          cells[colNumber - 1] = '';
        } else {
          cells[colNumber - 1] = read.text;
        }
      });
      for (let c = 0; c < cells.length; c++) cells[c] ??= '';
      rows[rowNumber - 1] = cells;
    });
    for (let r = 0; r < rows.length; r++) rows[r] ??= [];
    const mergeList = (worksheet.model as { merges?: string[] }).merges ?? [];
    const merges = mergeList.map(parseRange).filter((m): m is MergedRange => m !== null);
    sheets.push({ name: worksheet.name, rows, merges, problems });
  }
  return { format: 'xlsx', encoding: null, delimiter: null, sheets };
}

function formatOf(path: string, bytes: Uint8Array): 'tsv' | 'csv' | 'xlsx' {
  const ext = extname(path).toLowerCase();
  if (ext === '.xlsx' || ext === '.xlsm') return 'xlsx';
  if (ext === '.xls') {
    throw bad(basename(path), 'the old .xls format is not read; save the workbook from Excel as .xlsx');
  }
  if (ext === '.tsv' || ext === '.tab') return 'tsv';
  if (ext === '.csv' || ext === '.txt') return 'csv';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'xlsx';
  return 'csv';
}

/** Reads a spreadsheet file into sheets of cell texts. */
export async function readCells(path: string): Promise<SpreadsheetContent> {
  const fileName = basename(path);
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (error) {
    throw new AppError('not_found', `${path} cannot be opened: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  if (size === 0) throw bad(fileName, 'the file is empty');
  const bytes = new Uint8Array(await readFile(path));
  const format = formatOf(path, bytes);
  if (format === 'xlsx') {
    if (size > MAX_XLSX_FILE_BYTES) throw bad(fileName, `the workbook is ${Math.round(size / 1024 / 1024)} MB; a plan workbook is far smaller (limit 100 MB)`);
    return readXlsxFile(path, bytes);
  }
  if (size > MAX_TEXT_FILE_BYTES) throw bad(fileName, `the file is ${Math.round(size / 1024 / 1024)} MB; a plan is far smaller (limit 200 MB)`);
  return readTextFile(path, bytes, format);
}

/** "Sheet1!F12" or "F12": where a cell is, for messages. */
export function cellAddress(sheet: string | null, row: number, column: number): string {
  return `${sheet ? `${sheet}!` : ''}${columnLetter(column)}${row + 1}`;
}
