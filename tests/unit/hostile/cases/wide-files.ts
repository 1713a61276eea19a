// Bounded work on any file (issue 19, item 2): sheets wider than any plan are refused, naming the sheet and the
// count; rows that are wide but mostly empty, or full and slid, are realigned in time linear in their filled cells.
import { join } from 'node:path';
import { expect } from 'vitest';
import { readSpreadsheet, type ImportResult } from '../../../../electron/core/import/import-spreadsheet';
import type { HostileCase } from '../bench';
import { PLAN_HEADER, PLAN_ROW, rowXml, writeText, writeWorkbook } from '../makers';

const csvLine = (cells: readonly string[]) => cells.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',');

/** A row of `width` cells: `cells` first, then empty ones, and `last` in the last column. */
function wideRow(cells: readonly string[], width: number, last: string): string[] {
  const row = Array.from({ length: width }, () => '');
  cells.forEach((c, i) => (row[i] = c));
  row[width - 1] = last;
  return row;
}

export const WIDE_FILE_CASES: readonly HostileCase[] = [
  {
    name: 'a CSV of 200,000 mostly empty columns is refused, naming the row and the count',
    start: 'empty',
    entry: 'import',
    make: ({ folder }) => writeText(folder, 'wide.csv', [csvLine(PLAN_HEADER), csvLine(wideRow(PLAN_ROW, 200_000, 'stray'))].join('\n')),
    expect: { refused: /^wide\.csv: row 2 has cells in 200,000 columns \(up to column KIVH\); a plan sheet has at most 1,000 columns/ },
  },
  {
    name: 'a valid .xlsx whose sheet is filled to Excel\'s last column (16,384) is refused, naming the sheet and the count',
    start: 'empty',
    entry: 'import',
    make: ({ folder }) =>
      writeWorkbook(join(folder, 'xfd.xlsx'), [
        { name: 'Plan', sheetData: rowXml(1, PLAN_HEADER) + rowXml(2, Array.from({ length: 16_384 }, (_, i) => PLAN_ROW[i] ?? `n${i}`)) },
      ]),
    expect: { refused: /^xfd\.xlsx: sheet "Plan", row 2, has cells in 16,384 columns \(up to column XFD\); a plan sheet has at most 1,000/ },
  },
  {
    name: 'a slid row followed by 200,000 empty cells is read exactly as the same row without them',
    start: 'empty',
    entry: 'import',
    // The action's cells slid one column right: the row is realigned over the header's columns only.
    make: ({ folder }) => {
      writeText(folder, 'short.csv', [csvLine(PLAN_HEADER), csvLine(['', ...PLAN_ROW])].join('\n'));
      return writeText(folder, 'trailing.csv', [csvLine(PLAN_HEADER), csvLine(['', ...PLAN_ROW, ...Array.from({ length: 200_000 }, () => '')])].join('\n'));
    },
    expect: {
      writes: true,
      outcome: async (value, { folder }) => {
        const result = value as ImportResult;
        const short = await readSpreadsheet(join(folder, 'short.csv'));
        expect(result.report.entries).toEqual(short.report.entries);
        expect(result.counts).toMatchObject({ ...short.report.counts, chapters: 1, statements: 1, actions: 1 });
      },
    },
  },
  {
    name: 'a row of 1,000 filled cells that all contradict their columns is read in time linear in its cells',
    start: 'empty',
    entry: 'import',
    make: ({ folder }) => {
      const header = [...PLAN_HEADER, ...Array.from({ length: 993 }, (_, i) => `Note ${i + 1}`)];
      const row = [...PLAN_ROW, ...Array.from({ length: 993 }, (_, i) => (i % 2 === 0 ? 'Jan 2019' : 'Completed'))];
      return writeText(folder, 'full.csv', [csvLine(header), csvLine(row)].join('\n'));
    },
    expect: {
      writes: true,
      outcome: (value) => expect((value as ImportResult).counts).toMatchObject({ actions: 1 }),
    },
  },
  {
    name: '100 rows of 1,000 filled cells, each slid one column, are read within the time limit (per row: linear in its cells)',
    start: 'empty',
    entry: 'import',
    make: ({ folder }) => {
      const header = [...PLAN_HEADER, ...Array.from({ length: 992 }, (_, i) => `Note ${i + 1}`)];
      const rows = Array.from({ length: 100 }, (_, r) =>
        csvLine(['', '1. Connectivity', '1.1 Reliable networks', `1.1.${r + 1} Action ${r + 1}`, '% of uptime', 'Jan 2018 - Dec 2020', 'MoIC', 'Ongoing', ...Array.from({ length: 992 }, (_, i) => (i % 3 === 0 ? 'Jan 2019' : `n${i}`))]),
      );
      return writeText(folder, 'slid.csv', [csvLine(header), ...rows].join('\n'));
    },
    expect: {
      writes: true,
      outcome: (value) => expect((value as ImportResult).counts).toMatchObject({ actions: 100 }),
    },
  },
  {
    name: 'an .xlsx row holding 20,000 cells (all in column A) is refused, naming the sheet, the row and the count',
    start: 'empty',
    entry: 'import',
    make: ({ folder }) =>
      writeWorkbook(join(folder, 'crowded.xlsx'), [
        { name: 'Plan', sheetData: rowXml(1, PLAN_HEADER) + rowXml(2, PLAN_ROW) + `<row r="3">${'<c r="A3" t="inlineStr"><is><t>x</t></is></c>'.repeat(20_000)}</row>` },
      ]),
    expect: { refused: /^crowded\.xlsx: sheet "Plan", row 3, holds more than 16,384 cells \(a row has 16,384 columns\); no spreadsheet writes that/ },
  },
  {
    name: 'an .xlsx cell at column AAAAAAA (past XFD) is refused at once, naming the sheet, the row and the cell',
    start: 'empty',
    entry: 'import',
    make: ({ folder }) => writeWorkbook(join(folder, 'far-column.xlsx'), [{ name: 'Plan', sheetData: rowXml(1, PLAN_HEADER) + rowXml(2, PLAN_ROW) + '<row r="3"><c r="AAAAAAA3" t="inlineStr"><is><t>far</t></is></c></row>' }]),
    expect: { refused: /^far-column\.xlsx: sheet "Plan", row 3, has a cell at AAAAAAA3, past the last column a sheet has \(XFD\)/ },
  },
  {
    name: 'an .xlsx row numbered 50,000,000 (past the last row) is refused at once, naming the sheet and the row',
    start: 'empty',
    entry: 'import',
    make: ({ folder }) => writeWorkbook(join(folder, 'far-row.xlsx'), [{ name: 'Plan', sheetData: rowXml(1, PLAN_HEADER) + rowXml(2, PLAN_ROW) + '<row r="50000000"><c r="A50000000" t="inlineStr"><is><t>far</t></is></c></row>' }]),
    expect: { refused: /^far-row\.xlsx: sheet "Plan", row 50,000,000, is past the last row a sheet has \(1,048,576\)/ },
  },
  {
    name: 'an .xlsx with one cell in the last row (1,048,576) is imported: its rows are not spread onto the stack',
    start: 'empty',
    entry: 'import',
    make: ({ folder }) => writeWorkbook(join(folder, 'last-row.xlsx'), [{ name: 'Plan', sheetData: rowXml(1, PLAN_HEADER) + rowXml(2, PLAN_ROW) + '<row r="1048576"><c r="B1048576" t="inlineStr"><is><t>far</t></is></c></row>' }]),
    expect: {
      writes: true,
      outcome: (value) => expect((value as ImportResult).counts).toMatchObject({ actions: 1 }),
    },
  },
];
