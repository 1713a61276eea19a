// A new, empty .xlsx workbook (exceljs) for the workbooks PlanDesk writes: exports, update workbooks, review packs.
// exceljs is loaded at the first one rather than when the core starts: loading it takes about a quarter of a second
// of CPU (247 ms of a 2.2 s command-line import of 10,000 actions, which never writes a workbook) and some 20 MB.
import type ExcelJS from 'exceljs';

export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const { default: exceljs } = await import('exceljs');
  return new exceljs.Workbook();
}
