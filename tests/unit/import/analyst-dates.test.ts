// Dates as analysts write them reach the plan the same way from every door: the grid, the import and the
// returned update workbooks take fiscal years and their quarters ("FY 2026-27", "Q2 FY2026-27"), full dates
// ("31/03/2027", "2027-03-31") and "March, 2027"; a date that could be read two ways is refused with its readings.
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { receiveReturns } from '../../../electron/core/exchange/receive-returns';
import { sendForUpdate } from '../../../electron/core/exchange/send-updates';
import { readSpreadsheet } from '../../../electron/core/import';
import { readTimeline } from '../../../electron/core/import/timeline';
import { actionRowOf } from '../../../electron/core/plan/action-rows';
import { updateActionField } from '../../../electron/core/plan/plan-commands';
import { getPlanTree } from '../../../electron/core/plan/plan-queries';
import { ensurePeriods } from '../../../electron/core/reporting/periods';
import { fillIn, loadWorkbook } from '../exchange/support';
import { importTwoChapterPlan, openTempWorkspace, tempFolder, testContext } from '../support/workspace';

const folder = tempFolder();

describe('the import', () => {
  it.each([
    [{ timeline: 'FY 2026-27' }, { start: '2026-07', end: '2027-06' }],
    [{ timeline: 'Q2 FY2026-27' }, { start: '2026-10', end: '2026-12' }],
    [{ timeline: 'FY 2025-26 – FY 2026-27' }, { start: '2025-07', end: '2027-06' }],
    [{ start: 'Q1 FY 2026-27', end: 'FY 2027-28' }, { start: '2026-07', end: '2028-06' }],
    [{ start: '15/07/2026', end: '31/03/2027' }, { start: '2026-07', end: '2027-03' }],
    [{ start: '05/05/2026', end: '12/31/2027' }, { start: '2026-05', end: '2027-12' }],
    [{ start: '2026-07-01', end: 'March, 2027' }, { start: '2026-07', end: '2027-03' }],
  ])('reads %j as %j', (cells, expected) => {
    expect(readTimeline(cells)).toMatchObject({ ...expected, doubts: [] });
  });

  it('keeps an ambiguous date as text, with a doubt naming both readings', () => {
    expect(readTimeline({ start: '03/04/2027', end: 'FY 2027-28' }).doubts).toEqual([
      'the start "03/04/2027" could be 3 April 2027 (day first) or March 4, 2027 (month first); write the month in words, as in "3 Apr 2027"; kept as text only',
    ]);
  });

  it('imports a sheet whose timeline column holds fiscal years and quarters', async () => {
    const path = join(folder, 'fiscal.tsv');
    const rows = [
      ['Chapter', 'Policy statement', 'Action', 'Timeline', 'Lead Agency', 'Status'],
      ['1 Digital', '1.1 Go digital.', '1.1.1 Connect every gewog', 'FY 2026-27', 'MoIC', 'Ongoing'],
      ['', '', '1.1.2 Train staff', 'Q2 FY2026-27', 'RCSC', 'Not started'],
    ];
    writeFileSync(path, rows.map((r) => r.join('\t')).join('\n'));
    const { file } = await readSpreadsheet(path);
    expect(file.plans[0]!.chapters[0]!.statements[0]!.actions.map((a) => [a.start, a.end, a.timelineText])).toEqual([
      ['2026-07', '2027-06', 'FY 2026-27 – FY 2026-27'],
      ['2026-10', '2026-12', 'Q2 FY2026-27 – Q2 FY2026-27'],
    ]);
  });
});

describe('the grid', async () => {
  const connection = await openTempWorkspace(folder);
  const planId = await importTwoChapterPlan(connection);
  const action = (await getPlanTree(connection.db, planId, '2026-11')).chapters[0]!.statements[0]!.actions[0]!;
  const edit = async (field: 'start' | 'end', value: string) => {
    await updateActionField(connection.db, testContext(), { actionId: action.id, field, value });
    return actionRowOf(connection.db, action.id, '2026-11');
  };

  it('takes a fiscal year as an end (its last month) and a quarter as a start (its first), with the plan\'s fiscal year', async () => {
    expect(await edit('end', 'FY 2026-27')).toMatchObject({ end: '2027-06', endPrecision: 'month' });
    expect(await edit('start', 'Q2 FY2019-20')).toMatchObject({ start: '2019-10', startPrecision: 'month' });
    await connection.db.updateTable('plans').set({ fiscal_year_start_month: 1 }).where('id', '=', planId).execute();
    expect(await edit('end', 'FY 2027')).toMatchObject({ end: '2027-12' });
    await connection.db.updateTable('plans').set({ fiscal_year_start_month: 7 }).where('id', '=', planId).execute();
  });

  it('refuses an ambiguous date at the cell, with the readings it could have, and stores nothing', async () => {
    await expect(edit('end', '04/05/2027')).rejects.toThrow('End: "04/05/2027" could be 4 May 2027 (day first) or April 5, 2027 (month first)');
    await expect(edit('end', 'FY 2027')).rejects.toThrow('End: "FY 2027" could be FY 2026-27 (July 2026–June 2027) or FY 2027-28 (July 2027–June 2028)');
    await expect(edit('end', 'Dec 20250')).rejects.toThrow(/not a month/);
    expect(await actionRowOf(connection.db, action.id, '2026-11')).toMatchObject({ end: '2027-12' });
  });
});

describe('the returned update workbooks', async () => {
  const connection = await openTempWorkspace(folder, 'returns.sqlite');
  const planId = await importTwoChapterPlan(connection);
  const period = (await ensurePeriods(connection.db, planId, '2026-11')).find((p) => p.label === 'FY 2025-26')!;
  const moic = (await connection.db.selectFrom('agencies').select('id').where('acronym', '=', 'MoIC').executeTakeFirstOrThrow()).id;
  const sent = await sendForUpdate(connection.db, testContext({ batchId: randomUUID() }), {
    planId, periodId: period.id, agencyIds: [moic], dueDate: '2027-01-31', contact: 'Karma, e-Gov PMU', folder: join(folder, 'sent'),
  });

  /** MoIC's workbook with these proposed new end dates, received: the new ends proposed, by code, and the problems. */
  async function receiveNewEnds(name: string, ends: Readonly<Record<string, string>>) {
    const workbook = await loadWorkbook(sent.files[0]!);
    fillIn(workbook, Object.entries(ends).map(([code, end]) => ({ code, cells: { 'Proposed new end date': end, 'Reason for the new end date': 'Budget released late' } })));
    const path = join(folder, name);
    await workbook.xlsx.writeFile(path);
    const file = (await receiveReturns(connection.db, planId, [path])).files[0]!;
    expect(file.refused).toBeNull();
    const proposed = Object.fromEntries(file.groups.flatMap((g) => g.changes.filter((c) => c.field === 'revisedEnd').map((c) => [g.code, c.newValue])));
    return { proposed, problems: file.problems.map((p) => p.message) };
  }

  it('takes fiscal years, quarters, full dates and "March, 2027" as new end dates, and refuses an ambiguous one', async () => {
    const { proposed, problems } = await receiveNewEnds('MoIC dates.xlsx', {
      '5.1.1.1': 'FY 2026-27',
      '5.1.1.3': 'Q2 FY2026-27',
      '5.1.1.10': '31/03/2027',
      '5.1.2.3': 'March, 2027',
      '5.3.2.1': '03/04/2027',
    });
    expect(proposed).toEqual({ '5.1.1.1': 'Jun 2027', '5.1.1.3': 'Dec 2026', '5.1.1.10': 'Mar 2027', '5.1.2.3': 'Mar 2027' });
    expect(problems).toEqual(['"03/04/2027" could be 3 April 2027 (day first) or March 4, 2027 (month first); write the month in words, as in "3 Apr 2027"']);
  });

  it('reads a fiscal year with the plan\'s own: "FY 2027" is refused where the year runs July to June, December 2027 where it is the calendar year', async () => {
    const july = await receiveNewEnds('MoIC FY 2027.xlsx', { '5.1.1.1': 'FY 2027' });
    expect(july.proposed).toEqual({});
    expect(july.problems).toEqual(['"FY 2027" could be FY 2026-27 (July 2026–June 2027) or FY 2027-28 (July 2027–June 2028); write which, as in "FY 2027-28"']);
    await connection.db.updateTable('plans').set({ fiscal_year_start_month: 1 }).where('id', '=', planId).execute();
    const calendar = await receiveNewEnds('MoIC FY 2027 calendar.xlsx', { '5.1.1.1': 'FY 2027' });
    expect(calendar).toEqual({ proposed: { '5.1.1.1': 'Dec 2027' }, problems: [] });
  });
});
