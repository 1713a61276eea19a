// CSV as Excel and LibreOffice open it: UTF-8 with a byte-order mark, CRLF line ends, and every text cell that
// a spreadsheet would run as a formula neutralised with a leading apostrophe (text/formula-guard.ts), so that
// an exported plan cannot carry a formula injection.
import Papa from 'papaparse';
import { neutraliseFormula } from '../../../shared/formula-guard';

export type CsvCell = string | number | boolean | null | undefined;

function cellText(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  // Numbers are written as numbers: a negative number is a value, not a formula.
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return neutraliseFormula(value);
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const data = [header.map((h) => neutraliseFormula(h)), ...rows.map((row) => row.map(cellText))];
  return `\uFEFF${Papa.unparse(data, { newline: '\r\n', quotes: false, escapeFormulae: false })}\r\n`;
}
