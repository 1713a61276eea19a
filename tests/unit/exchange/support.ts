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
