// A generated plan of any size, as a CSV an analyst could have saved: for tests of large imports.
import Papa from 'papaparse';

const HEADER = ['Chapter', 'Policy statement', 'Action', 'Indicator', 'Baseline', 'Target', 'Start date', 'End date', 'Lead Agency', 'Fund', 'Implementation status', 'Remarks'];
const STATUSES = ['Not started', 'Ongoing', 'Completed'];

export function generatedPlanCsv(actions: number): string {
  const rows: string[][] = [HEADER];
  for (let i = 0; i < actions; i++) {
    const c = Math.floor(i / 100) + 1;
    const s = (Math.floor(i / 10) % 10) + 1;
    const a = (i % 10) + 1;
    rows.push([
      a === 1 && s === 1 ? `${c} Chapter ${c}` : '',
      a === 1 ? `${c}.${s} Statement ${c}.${s} shall be implemented.` : '',
      `${c}.${s}.${a} Action number ${i + 1}`,
      'No. of services automated',
      String(i % 50),
      String(50 + (i % 50)),
      `January ${2018 + (i % 5)}`,
      `December ${2020 + (i % 5)}`,
      i % 2 === 0 ? 'MoIC' : 'DITT/MoIC',
      'Committed',
      STATUSES[i % STATUSES.length]!,
      `Progress note for action ${i + 1}.`,
    ]);
  }
  return Papa.unparse(rows);
}
