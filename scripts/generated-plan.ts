// The generated plans the benchmarks read: chapters of ten statements of ten actions, each with an indicator, as
// the sample sheet lays them out (a title row, then the header), with the leads and statuses analysts write.
import ExcelJS from 'exceljs';

const HEADER = ['Chapter', 'Policy statement', 'Action', 'Indicator', 'Baseline', 'Target', 'Start date', 'End date', 'Lead Agency', 'Collaborating Agencies', 'Fund', 'Implementation status', 'Remarks'];
const STATUSES = ['Not started', 'Ongoing', 'Completed', 'O&M ongoing'];
const LEADS = ['MoIC', 'DITT/MoIC', 'BCIRT-DITT-MoIC', 'All Government Agencies', 'MoF, GNHC and RCSC'];

export function planRows(actions: number): string[][] {
  const rows: string[][] = [['Generated plan'], HEADER];
  const perStatement = 10;
  const statementsPerChapter = 10;
  for (let i = 0; i < actions; i++) {
    const c = Math.floor(i / (perStatement * statementsPerChapter)) + 1;
    const s = Math.floor(i / perStatement) % statementsPerChapter + 1;
    const a = (i % perStatement) + 1;
    rows.push([
      a === 1 && s === 1 ? `${c} Chapter ${c}` : '',
      a === 1 ? `${c}.${s} Statement ${c}.${s} shall be implemented by the agencies concerned.` : '',
      `${c}.${s}.${a} Action number ${i + 1} to develop and implement a framework`,
      i % 3 === 0 ? '% of agencies covered' : 'No. of services automated',
      i % 3 === 0 ? '0%' : String(i % 500),
      i % 3 === 0 ? '100%' : String(500 + (i % 500)),
      `January ${2018 + (i % 5)}`,
      i % 7 === 0 ? 'Continue' : `December ${2020 + (i % 5)}`,
      LEADS[i % LEADS.length]!,
      'All agencies',
      i % 2 === 0 ? 'Committed' : 'Not committed',
      STATUSES[i % STATUSES.length]!,
      `Progress note for action ${i + 1}: work continues as planned with the agencies concerned.`,
    ]);
  }
  return rows;
}

export async function writeXlsx(path: string, rows: string[][]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Plan');
  for (const row of rows) sheet.addRow(row);
  await workbook.xlsx.writeFile(path);
}
