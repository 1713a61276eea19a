// Exports what the grid shows: the columns the user sees, in their order, and the rows as displayed (filtered
// and sorted by the grid), to .csv or .xlsx. The grid passes display values, so the file matches the screen.
import { newWorkbook } from '../files/new-workbook';
import type { GridViewExport } from '../../../shared/domain';
import { AppError } from '../../../shared/result';
import { toCsv } from './csv';

export type GridFormat = 'csv' | 'xlsx';

function checkShape(view: GridViewExport): void {
  if (view.columns.length === 0) throw new AppError('invalid_input', 'The grid shows no column: there is nothing to export');
  view.rows.forEach((row, index) => {
    if (row.length !== view.columns.length) {
      throw new AppError('invalid_input', `Row ${index + 1} has ${row.length} cells but the grid shows ${view.columns.length} columns`);
    }
  });
}

/** A sheet name Excel accepts: at most 31 characters, none of []:*?/\ . */
export function sheetNameOf(title: string): string {
  return title.replace(/[[\]:*?/\\]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 31) || 'Export';
}

export async function gridViewBytes(view: GridViewExport, format: GridFormat): Promise<Uint8Array> {
  checkShape(view);
  if (format === 'csv') {
    return new TextEncoder().encode(toCsv(view.columns.map((c) => c.header), view.rows));
  }
  const workbook = await newWorkbook();
  workbook.creator = 'PlanDesk';
  const sheet = workbook.addWorksheet(sheetNameOf(view.title), {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1', margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } },
    headerFooter: { oddFooter: `&L${view.title.replace(/&/g, '&&')}&RPage &P of &N` },
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = view.columns.map((c) => ({ header: c.header, width: Math.min(Math.max(c.width ?? 16, 6), 80) }));
  for (const row of view.rows) sheet.addRow(row.map((cell) => (cell === null ? '' : cell)));
  sheet.getRow(1).font = { bold: true };
  sheet.eachRow((row) => {
    row.alignment = { wrapText: true, vertical: 'top' };
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: view.columns.length } };
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
