// Helpers for exchange tests: a ministry filling in a returned workbook, done with exceljs as Excel would save it.
import ExcelJS from 'exceljs';

export interface MinistryEdit {
  readonly code: string;
  /** Which of the action's rows (0 = its first). */
  readonly line?: number;
  readonly cells: Readonly<Record<string, ExcelJS.CellValue>>;
}

/** Finds a column of the update sheet by its header (row 2). */
export function columnByHeader(sheet: ExcelJS.Worksheet, header: string | RegExp): number {
  const row = sheet.getRow(2);
  for (let c = 1; c <= sheet.columnCount; c += 1) {
    const text = String(row.getCell(c).value ?? '');
    if (typeof header === 'string' ? text === header : header.test(text)) return c;
  }
  throw new Error(`No column "${String(header)}" on ${sheet.name}`);
}

/** Rows of the update sheet holding an action's code, in sheet order. */
export function rowsOfCode(sheet: ExcelJS.Worksheet, code: string): ExcelJS.Row[] {
  const codeColumn = columnByHeader(sheet, 'Code');
  const rows: ExcelJS.Row[] = [];
  for (let r = 3; r <= sheet.rowCount; r += 1) if (sheet.getRow(r).getCell(codeColumn).value === code) rows.push(sheet.getRow(r));
  return rows;
}

export async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

/** Fills cells by header, as a ministry would. */
export function fillIn(workbook: ExcelJS.Workbook, edits: readonly MinistryEdit[]): void {
  const sheet = workbook.getWorksheet('Update')!;
  for (const edit of edits) {
    const row = rowsOfCode(sheet, edit.code)[edit.line ?? 0];
    if (!row) throw new Error(`No row ${edit.line ?? 0} for ${edit.code}`);
    for (const [header, value] of Object.entries(edit.cells)) row.getCell(columnByHeader(sheet, header.startsWith('/') ? new RegExp(header.slice(1)) : header)).value = value;
  }
}

/** Reverses the order of the data rows (values only, hidden ids included), as a sort in Excel would move them. */
export function reverseDataRows(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.getWorksheet('Update')!;
  const last = sheet.rowCount;
  const values = [];
  for (let r = 3; r <= last; r += 1) values.push(sheet.getRow(r).values);
  values.reverse();
  values.forEach((v, i) => {
    sheet.getRow(3 + i).values = v as ExcelJS.CellValue[];
  });
}

/** Fills the "Reported by" block of the instructions sheet, found by its labels, as a ministry would. */
export function signOff(workbook: ExcelJS.Workbook, answers: Readonly<Partial<Record<'Name' | 'Position' | 'Date', ExcelJS.CellValue>>>): void {
  const sheet = workbook.getWorksheet('Instructions')!;
  let heading = 0;
  sheet.eachRow((row, n) => {
    if (row.getCell(1).value === 'Reported by') heading = n;
  });
  if (heading === 0) throw new Error('No "Reported by" block on the instructions sheet');
  for (let r = heading + 1; r <= heading + 3; r += 1) {
    const label = sheet.getRow(r).getCell(1).value as 'Name' | 'Position' | 'Date';
    if (label in answers) sheet.getRow(r).getCell(2).value = answers[label] ?? null;
  }
}

/** The update sheet's headers of workbooks sent before the last period, ratings, evidence and sign-off were added. */
const OLDER_HEADERS = ['PlanDesk action id', 'PlanDesk indicator id', 'Code', 'Action', 'Indicator', 'Baseline', 'Target', 'Timeline', 'Current status', 'Status now', '/^Actual value', 'Progress in the period', 'Proposed new end date', 'Reason for the new end date', 'Support needed'];

/**
 * Rewrites a workbook as the layout before evidence and sign-off wrote it: the update sheet's columns of then (values
 * kept, the columns since added dropped) and no "Reported by" block; the hidden identity sheet as it is.
 */
export function toOlderLayout(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.getWorksheet('Update')!;
  const from = (header: string) => columnByHeader(sheet, header.startsWith('/') ? new RegExp(header.slice(1)) : header);
  const baselineTarget = from('Baseline → target');
  const sources = OLDER_HEADERS.map((h) => (h === 'Baseline' || h === 'Target' ? baselineTarget : h === 'Timeline' ? from('Planned end') : from(h)));
  const last = sheet.rowCount;
  const width = sheet.columnCount;
  for (let r = 2; r <= last; r += 1) {
    const row = sheet.getRow(r);
    const values = sources.map((c, i) => {
      const value = row.getCell(c).value;
      if (r === 2) return OLDER_HEADERS[i]!.startsWith('/') ? value : OLDER_HEADERS[i]!;
      if (c !== baselineTarget) return value;
      const [baseline = '', target = ''] = String(value ?? '').split(' → ');
      return OLDER_HEADERS[i] === 'Baseline' ? baseline : target;
    });
    for (let c = 1; c <= width; c += 1) row.getCell(c).value = c <= values.length ? values[c - 1]! : null;
  }
  const instructions = workbook.getWorksheet('Instructions')!;
  instructions.eachRow((row) => {
    if (['Reported by', 'Name', 'Position', 'Date'].includes(String(row.getCell(1).value))) {
      row.getCell(1).value = null;
      row.getCell(2).value = null;
    }
  });
}
