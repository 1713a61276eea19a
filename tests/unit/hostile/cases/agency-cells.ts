// Agency cells past the plan file's caps (an agency's name of at most 500 characters, at most 200 agencies linked
// by one lead or collaborators field): the importer keeps to them, saying so on the cell, so that the plan's own
// export always imports back (hostile.test.ts checks the export of every case).
import { join } from 'node:path';
import { expect } from 'vitest';
import type { ImportResult } from '../../../../electron/core/import/import-spreadsheet';
import { exportPlanFile } from '../../../../electron/core/planfile/export-plan-file';
import type { HostileCase } from '../bench';
import { PLAN_HEADER, PLAN_ROW, rowXml, writeWorkbook } from '../makers';

const LEAD = PLAN_HEADER.indexOf('Lead agency');
const withLead = (lead: string) => PLAN_ROW.map((cell, i) => (i === LEAD ? lead : cell));
const LONG_NAME = `Department of ${'Very '.repeat(140)}Long Names`;

function agencyDoubts(result: ImportResult): string[] {
  return result.report.entries.filter((e) => e.severity === 'doubt' && e.topic === 'agency').map((e) => `${e.sheet}!${e.column ?? ''}${e.row}: ${e.message}`);
}

export const AGENCY_CELL_CASES: readonly HostileCase[] = [
  {
    name: 'an .xlsx lead cell naming 250 agencies links the first 200, says so, and keeps the text whole',
    start: 'empty',
    entry: 'import',
    make: ({ folder }) => {
      const lead = Array.from({ length: 250 }, (_, i) => `AG${i + 1}`).join(', ');
      return writeWorkbook(join(folder, 'many-leads.xlsx'), [{ name: 'Plan', sheetData: rowXml(1, PLAN_HEADER) + rowXml(2, withLead(lead)) }]);
    },
    expect: {
      writes: true,
      outcome: async (value, bench) => {
        expect(agencyDoubts(value as ImportResult)).toContain('Plan!F2: the cell names more than 200 agencies; the first 200 linked, the text kept whole');
        const action = (await exportPlanFile(bench.connection.db)).plans[0]!.chapters[0]!.statements[0]!.actions[0]!;
        expect(action.lead.agencies).toHaveLength(200);
        expect(action.lead.text.endsWith('AG250')).toBe(true);
      },
    },
  },
  {
    name: `an .xlsx lead cell naming an agency in ${LONG_NAME.length} characters keeps its name cut to 500, and says so`,
    start: 'empty',
    entry: 'import',
    make: ({ folder }) => writeWorkbook(join(folder, 'long-agency.xlsx'), [{ name: 'Plan', sheetData: rowXml(1, PLAN_HEADER) + rowXml(2, withLead(LONG_NAME)) }]),
    expect: {
      writes: true,
      outcome: async (value, bench) => {
        expect(agencyDoubts(value as ImportResult)).toContain(`Plan!F2: an agency's name is ${LONG_NAME.length} characters long (more than 500); kept cut short`);
        const file = await exportPlanFile(bench.connection.db);
        const lead = file.agencies.find((a) => a.name.startsWith('Department of Very'));
        expect(lead?.name).toBe(LONG_NAME.slice(0, 500));
      },
    },
  },
];
