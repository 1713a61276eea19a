// Exports: the grid view to CSV and XLSX (formulas neutralised), the whole plan in its own layout, read back by
// PlanDesk's spreadsheet importer.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../electron/core/exports/csv';
import { neutraliseFormula, removeFormulaGuard } from '../../../shared/formula-guard';
import { gridViewBytes } from '../../../electron/core/exports/grid-view';
import { planCsv, planLayoutRows, planWorkbookBytes } from '../../../electron/core/exports/plan-workbook';
import { readSpreadsheet } from '../../../electron/core/import';
import { exportPlanFile } from '../../../electron/core/planfile/export-plan-file';
import { importTwoChapterPlan, openTempWorkspace, tempFolder } from '../support/workspace';

const folder = tempFolder();
const connection = await openTempWorkspace(folder);
const planId = await importTwoChapterPlan(connection);

describe('CSV cells a spreadsheet would run as formulas', () => {
  it.each([
    ['=HYPERLINK("http://evil","click")', `'=HYPERLINK("http://evil","click")`],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['- As part of Digital Literacy...', "'- As part of Digital Literacy..."],
    ['5.1.1.1 Ensure connectivity', '5.1.1.1 Ensure connectivity'],
    ['95%', '95%'],
    ['', ''],
    [' =1+1', "' =1+1"],
    ['\u00a0 -2', "'\u00a0 -2"],
    ['＝HYPERLINK("http://evil")', `'＝HYPERLINK("http://evil")`],
    ['＋1', "'＋1"],
    ["'=typed with an apostrophe", "''=typed with an apostrophe"],
    ["''- two apostrophes", "'''- two apostrophes"],
    ["'quoted word", "'quoted word"],
    ["it's", "it's"],
    ['a - b', 'a - b'],
  ])('%j is written as %j, and read back as it was', (text, written) => {
    expect(neutraliseFormula(text)).toBe(written);
    expect(removeFormulaGuard(written)).toBe(text);
  });

  it.each([["'hello", "'hello"], ["'", "'"], ["''", "''"], ["'-", '-'], ["' @x", ' @x']])('a cell %j from elsewhere reads as %j', (cell, text) => {
    expect(removeFormulaGuard(cell)).toBe(text);
  });

  it('writes numbers as numbers, quotes what needs it, with a BOM and CRLF', () => {
    expect(toCsv(['Code', 'Value'], [['=1+2', -5], ['a, "b"', null]])).toBe('\uFEFFCode,Value\r\n\'=1+2,-5\r\n"a, ""b""",\r\n');
  });
});

describe('the grid view', () => {
  const view = {
    title: 'Overdue actions: MoIC',
    columns: [{ header: 'Code', width: 10 }, { header: 'Action', width: 40 }, { header: 'Months late' }],
    rows: [
      ['5.1.1.3', '=cmd|/C calc!A0', 23],
      ['5.1.1.10', 'Institutionalize a procedure', null],
    ],
  };

  it('exports the visible columns and rows to CSV', async () => {
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await gridViewBytes(view, 'csv'));
    expect(text).toBe("\uFEFFCode,Action,Months late\r\n5.1.1.3,'=cmd|/C calc!A0,23\r\n5.1.1.10,Institutionalize a procedure,\r\n");
  });

  it('exports to XLSX with a header row, formulas kept as text, A4 landscape', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await gridViewBytes(view, 'xlsx')) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Overdue actions MoIC');
    expect(sheet.getRow(1).values).toEqual([undefined, 'Code', 'Action', 'Months late']);
    expect(sheet.getCell('B2').value).toBe('=cmd|/C calc!A0');
    expect(sheet.getCell('B2').formula).toBeUndefined();
    expect(sheet.getCell('C2').value).toBe(23);
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1 });
  });

  it('refuses rows that do not fit the columns, saying which', async () => {
    await expect(gridViewBytes({ ...view, rows: [['5.1.1.3', 'x']] }, 'csv')).rejects.toThrow('Row 1 has 2 cells but the grid shows 3 columns');
  });
});

describe('the whole plan in its own layout', () => {
  it('lays the plan out as the sample sheet does', async () => {
    const plan = (await exportPlanFile(connection.db, [planId])).plans[0]!;
    // The title, then the plan's description on a row of its own (the importer reads it back), then the header.
    const [title, description, ...rows] = planLayoutRows(plan);
    expect([title, description]).toEqual([[plan.title], [plan.description]]);
    rows.unshift(title!);
    expect(rows[1]).toEqual(['Policy Reforms/Chapters', 'Policy statement', 'Action', 'Indicator', 'Baseline', 'Target', 'Timeline', '', 'Lead Agency', 'Collaborating Agencies', 'Fund(committed/uncommitted)', 'Implementation status', 'Remarks']);
    expect(rows[2]!.slice(6, 8)).toEqual(['Start date', 'End date']);
    expect(rows[3]).toEqual([
      '5.1 Digital by Default',
      '5.1.1 RGoB shall go digital by default while reforming or introducing new government services.',
      '5.1.1.1 Ensure reliable connectivity at all times',
      '% of uptime',
      '95%',
      '98%',
      'January 2018',
      'December 2020',
      'BICMA/MoIC',
      'ISPs, BPC',
      'O&M funds committed. Fiber Monitoring System (FMS) funds not committed',
      'O&M ongoing',
      'FMS implemented as of Dec 2019 to tackle fiber disruptions and timely rectification.',
    ]);
    // The chapter and statement are written once; open ends read "Continue"; year-only ends keep the year.
    expect(rows[4]!.slice(0, 3)).toEqual(['', '', '5.1.1.3 Issue executive order for going digital by default']);
    expect(rows.find((r) => r[2]?.startsWith('5.1.1.10'))!.slice(6, 8)).toEqual(['January 2018', '2022']);
    expect(rows.find((r) => r[2]?.startsWith('5.1.2.3'))![7]).toBe('Continue');
  });

  it('is read back by the spreadsheet importer as the same plan', async () => {
    const path = join(folder, 'plan.xlsx');
    writeFileSync(path, await planWorkbookBytes(connection.db, [planId]));
    const original = (await exportPlanFile(connection.db, [planId])).plans[0]!;
    const { file } = await readSpreadsheet(path);
    const summary = (plan: typeof original) =>
      plan.chapters.map((c) => [c.code, c.title, c.statements.map((s) => [s.code, s.actions.map((a) => [a.code, a.title, a.start, a.end, a.endOpen, a.status, a.lead.text, a.indicators.map((i) => [i.name, i.baseline.text, i.target.text])])])]);
    expect(summary(file.plans[0]!)).toEqual(summary(original));
  });

  it('writes the plan as CSV in the same layout, formulas neutralised', async () => {
    const text = await planCsv(connection.db, planId);
    expect(text.split('\r\n')[1]).toBe('"Chapters 5.1 and 5.3 of the e-Gov policy plan, typed by hand for tests."');
    expect(text.split('\r\n')[2]).toBe('Policy Reforms/Chapters,Policy statement,Action,Indicator,Baseline,Target,Timeline,,Lead Agency,Collaborating Agencies,Fund(committed/uncommitted),Implementation status,Remarks');
    const path = join(folder, 'plan.csv');
    writeFileSync(path, text);
    expect(readFileSync(path, 'utf8').startsWith('\uFEFFe-Governance policy Implementation and Monitoring plan (extract)')).toBe(true);
  });
});
