// Cells past what a plan file holds, other than texts (cut where they are read): a chapter's code of 60 parts, a
// number too large to be one, a hyphenated "acronym" of 1,500 characters. Each imports within the plan file's caps,
// so that the plan's own export imports back (hostile.test.ts checks the export of every case).
import { join } from 'node:path';
import { expect } from 'vitest';
import { exportPlanFile } from '../../../../electron/core/planfile/export-plan-file';
import type { HostileCase } from '../bench';
import { PLAN_HEADER, PLAN_ROW, rowXml, writeWorkbook } from '../makers';

const HEADER = [...PLAN_HEADER, 'Baseline', 'Target'];
const row = (changes: Record<string, string>) => [...PLAN_ROW, '10', '20'].map((cell, i) => changes[HEADER[i]!] ?? cell);
const LONG_CODE = Array.from({ length: 60 }, (_, i) => String((i % 9) + 1)).join('.');
const HUGE = `${'9'.repeat(400)}`;
const LONG_ACRONYM = Array.from({ length: 300 }, (_, i) => `A${String.fromCharCode(65 + (i % 26))}${i}`).join('-');

export const CELL_CAP_CASES: readonly HostileCase[] = [
  {
    name: 'an .xlsx chapter with a code of 60 parts, a baseline of 400 nines and a lead of a 1,500-character hyphenated word imports within the caps',
    start: 'empty',
    entry: 'import',
    make: ({ folder }) =>
      writeWorkbook(join(folder, 'caps.xlsx'), [
        { name: 'Plan', sheetData: rowXml(1, HEADER) + rowXml(2, row({ Chapter: `${LONG_CODE} Connectivity`, 'Lead agency': LONG_ACRONYM, Baseline: HUGE })) },
      ]),
    expect: {
      writes: true,
      outcome: async (_value, bench) => {
        expect(LONG_CODE.length).toBeGreaterThan(100);
        expect(LONG_ACRONYM.length).toBeGreaterThan(1000);
        const file = await exportPlanFile(bench.connection.db);
        const chapter = file.plans[0]!.chapters[0]!;
        expect(chapter.code.length).toBeLessThanOrEqual(100);
        const indicator = chapter.statements[0]!.actions[0]!.indicators[0]!;
        expect(indicator.baseline).toEqual({ text: HUGE, value: null });
        for (const agency of file.agencies) {
          expect(agency.acronym?.length ?? 0).toBeLessThanOrEqual(100);
          expect(agency.name.length).toBeLessThanOrEqual(500);
        }
      },
    },
  },
];
