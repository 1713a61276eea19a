// Cells of columns without a meaning (an action's "unmapped" cells, issue 19, item 6): the spreadsheet importer keeps
// to the plan file's caps (1,000 cells, names of 500 characters, 100,000 a cell, 1,000,000 in all), saying on the
// cell what it cut, so that the plan's own export always imports back.
import { join } from 'node:path';
import { expect } from 'vitest';
import type { ImportResult } from '../../../../electron/core/import/import-spreadsheet';
import { exportPlanFile } from '../../../../electron/core/planfile/export-plan-file';
import { parsePlanFile } from '../../../../electron/core/planfile/import-plan-file';
import type { HostileCase } from '../bench';
import { PLAN_HEADER, PLAN_ROW, rowXml, writeWorkbook } from '../makers';

const LONG_NAME = `Notes from the ${'very '.repeat(120)}long consultation`;

export const UNMAPPED_CELL_CASES: readonly HostileCase[] = [
  {
    name: 'an .xlsx action whose extra columns hold 1.1 million characters, one cell 120,000 and one header 600, imports cut to the caps, and its export imports back',
    start: 'empty',
    entry: 'import',
    make: ({ folder }) => {
      // A–G the plan's columns; H a cell past 100,000; I–AK 29 extra columns of 30,000; AL a 600-character header; AM, AN past 1,000,000 in all.
      const notes = Array.from({ length: 29 }, (_, i) => `Extra ${i + 1}`);
      const header = [...PLAN_HEADER, 'Big', ...notes, LONG_NAME, 'Annex', 'Late'];
      const row = [...PLAN_ROW, 'b'.repeat(120_000), ...notes.map((_, i) => String.fromCharCode(97 + (i % 26)).repeat(30_000)), 'named long', 'y'.repeat(40_000), 'x'];
      return writeWorkbook(join(folder, 'wide-notes.xlsx'), [{ name: 'Plan', sheetData: rowXml(1, header) + rowXml(2, row) }]);
    },
    expect: {
      writes: true,
      outcome: async (value, bench) => {
        const result = value as ImportResult;
        expect(result.counts).toMatchObject({ actions: 1 });
        const doubts = result.report.entries.filter((e) => e.severity === 'doubt' && e.topic === 'text').map((e) => `${e.sheet}!${e.column}${e.row}: ${e.message}`);
        const inAll = "an action's cells of columns without a meaning hold at most 1,000,000 characters in all";
        expect(doubts).toEqual([
          'Plan!H2: Big: 120,000 characters, cut to 100,000: a cell kept as it is holds at most 100,000 characters',
          `Plan!AL2: the column name is ${LONG_NAME.length} characters long (more than 500); kept cut short`,
          `Plan!AM2: Annex: 40,000 characters, cut to 29,990: ${inAll}`,
          `Plan!AN2: Late: not imported: ${inAll}`,
        ]);
        const exported = await exportPlanFile(bench.connection.db);
        const action = exported.plans[0]!.chapters[0]!.statements[0]!.actions[0]!;
        const cells = Object.entries(action.unmapped);
        expect(cells.reduce((total, [, text]) => total + text.length, 0)).toBe(1_000_000);
        expect(Math.max(...cells.map(([name]) => name.length))).toBe(500);
        // The plan's own export, as a file: it imports back.
        const again = parsePlanFile(JSON.stringify(exported), 'exported.plan.json');
        expect(again.plans[0]!.chapters[0]!.statements[0]!.actions[0]!.unmapped).toEqual(action.unmapped);
      },
    },
  },
];
