// An update workbook a ministry can answer well: beside each row what it reported last period (from the merged return
// of the period before), months overdue, the planned and revised end and the delivery rating; an evidence column and a
// "Reported by" block it fills in, that the review shows and the merge keeps in the history. Workbooks sent before
// (without those columns and block) are still received.
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { mergeReturns, receiveReturns } from '../../../electron/core/exchange/receive-returns';
import { sendForUpdate } from '../../../electron/core/exchange/send-updates';
import { listHistory } from '../../../electron/core/history/store';
import { ensurePeriods } from '../../../electron/core/reporting/periods';
import { importTwoChapterPlan, openTempWorkspace, tempFolder, testContext } from '../support/workspace';
import { columnByHeader, fillIn, loadWorkbook, rowsOfCode, signOff, toOlderLayout } from './support';

const folder = tempFolder();
const connection = await openTempWorkspace(folder);
const db = connection.db;
const planId = await importTwoChapterPlan(connection);
const periods = await ensurePeriods(db, planId, '2026-11');
const lastYear = periods.find((p) => p.label === 'FY 2024-25')!;
const thisYear = periods.find((p) => p.label === 'FY 2025-26')!;
const moic = (await db.selectFrom('agencies').select('id').where('acronym', '=', 'MoIC').executeTakeFirstOrThrow()).id;
const actionOf = async (code: string) => db.selectFrom('actions').selectAll().where('code', '=', code).executeTakeFirstOrThrow();
mkdirSync(join(folder, 'returned'));

async function send(periodId: string, at: string): Promise<string> {
  const sent = await sendForUpdate(db, testContext({ at, batchId: randomUUID() }), { planId, periodId, agencyIds: [moic], dueDate: null, contact: '', folder: join(folder, `sent-${periodId}`) });
  return sent.files[0]!;
}

/** Everything the database holds that a merge could write. */
async function everything() {
  return {
    history: await db.selectFrom('change_history').selectAll().orderBy('id').execute(),
    progress: await db.selectFrom('progress_updates').selectAll().orderBy('id').execute(),
    actions: await db.selectFrom('actions').selectAll().orderBy('id').execute(),
    packages: await db.selectFrom('exchange_packages').selectAll().orderBy('id').execute(),
    decisions: await db.selectFrom('review_decisions').selectAll().orderBy('id').execute(),
  };
}

// The period before: MoIC returned its workbook with an actual and a narrative for 5.1.2.3, merged.
const lastYearPath = await send(lastYear.id, '2025-07-10T09:00:00.000Z');
{
  const workbook = await loadWorkbook(lastYearPath);
  fillIn(workbook, [{ code: '5.1.2.3', cells: { '/^Actual value': '40%', 'Progress in the period': 'Awareness sessions held in 8 dzongkhags.' } }]);
  const path = join(folder, 'returned', 'MoIC FY 2024-25.xlsx');
  await workbook.xlsx.writeFile(path);
  const received = await receiveReturns(db, planId, [path]);
  await mergeReturns(db, testContext({ at: '2025-07-20T09:00:00.000Z', batchId: randomUUID() }), { planId, paths: [path], decisions: [{ target: { kind: 'file', fileId: received.files[0]!.fileId! }, accept: true }] });
}
const workbookPath = await send(thisYear.id, '2026-11-27T10:00:00.000Z');

describe('the workbook a ministry receives', () => {
  it('shows, per row, last period, months overdue, planned and revised end and rating, locked; evidence open', async () => {
    const sheet = (await loadWorkbook(workbookPath)).getWorksheet('Update')!;
    const headers = (sheet.getRow(2).values as ExcelJS.CellValue[]).slice(1);
    expect(headers).toEqual([
      'PlanDesk action id', 'PlanDesk indicator id', 'Code', 'Action', 'Indicator', 'Baseline → target', 'Planned end', 'Revised end', 'Months overdue', 'Delivery rating',
      'Current status', 'Reported last period', 'Status now', 'Actual value for FY 2025-26', 'Progress in the period', 'Evidence (reference or link)', 'Proposed new end date',
      'Reason for the new end date', 'Support needed',
    ]);
    const shown = (code: string, line = 0) => {
      const row = rowsOfCode(sheet, code)[line]!;
      const at = (header: string) => row.getCell(columnByHeader(sheet, header));
      return {
        values: ['Baseline → target', 'Planned end', 'Revised end', 'Months overdue', 'Delivery rating', 'Current status', 'Reported last period'].map((h) => at(h).value),
        locked: ['Planned end', 'Months overdue', 'Delivery rating', 'Reported last period'].map((h) => at(h).protection?.locked !== false),
        evidenceOpen: at('Evidence (reference or link)').protection?.locked === false,
      };
    };
    // Sent in November 2026: 5.1.1.10 ends in 2022 (the plan gives the year only), not started: 47 months overdue
    // (from December 2022); 5.1.2.3 is open-ended.
    expect(shown('5.1.1.10')).toEqual({ values: ['NO → YES', '2022', '', '47', '■ Red', 'Not started', ''], locked: [true, true, true, true], evidenceOpen: true });
    expect(shown('5.1.2.3')).toEqual({
      values: ['0 → 100%', 'Continue', '', '', '● Green', 'Ongoing', 'Actual: 40% (FY 2024-25)\nFY 2024-25: Awareness sessions held in 8 dzongkhags.'],
      locked: [true, true, true, true],
      evidenceOpen: true,
    });
    expect(shown('5.3.2.1').values).toEqual(['0 → All data owners', 'Jul 2025', '', '', '✓ Completed', 'Completed', '']);
  });

  it('has a "Reported by" block of three open cells on the instructions sheet, still protected without a password', async () => {
    const instructions = (await loadWorkbook(workbookPath)).getWorksheet('Instructions')!;
    let heading = 0;
    instructions.eachRow((row, n) => {
      if (row.getCell(1).value === 'Reported by') heading = n;
    });
    expect(heading).toBeGreaterThan(0);
    const lines = [1, 2, 3].map((i) => instructions.getRow(heading + i));
    expect(lines.map((r) => r.getCell(1).value)).toEqual(['Name', 'Position', 'Date']);
    expect(lines.map((r) => r.getCell(2).protection?.locked)).toEqual([false, false, false]);
    expect(lines[2]!.getCell(2).dataValidation).toMatchObject({ type: 'date', errorStyle: 'stop' });
    const protection = (instructions as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection;
    expect(protection).toMatchObject({ sheet: true });
    expect(protection.password ?? protection.hashValue ?? null).toBeNull();
  });

  it('prints on A4 landscape with its title and header rows repeated on every page', async () => {
    const sheet = (await loadWorkbook(workbookPath)).getWorksheet('Update')!;
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:2' });
    const visible = sheet.columns.filter((c) => !c.hidden).reduce((n, c) => n + (c.width ?? 0), 0);
    // About as wide as the workbooks before, so that fit-to-width keeps the text legible.
    expect(visible).toBeLessThanOrEqual(222);
  });
});

describe('a return with evidence and a sign-off', () => {
  const returned = join(folder, 'returned', 'MoIC FY 2025-26.xlsx');

  it('is reviewed with who reported it and the evidence of each change', async () => {
    const workbook = await loadWorkbook(workbookPath);
    fillIn(workbook, [
      { code: '5.1.1.10', cells: { 'Status now': 'Ongoing', 'Progress in the period': 'Draft procedure with the Cabinet.', 'Evidence (reference or link)': 'Cabinet Secretariat letter CS/2026/114' } },
      { code: '5.1.2.3', cells: { '/^Actual value': '60%', 'Evidence (reference or link)': 'https://www.moic.gov.bt/awareness-2026' } },
    ]);
    signOff(workbook, { Name: 'Sonam Wangchuk', Position: 'Chief ICT Officer, MoIC', Date: new Date(Date.UTC(2027, 0, 20)) });
    await workbook.xlsx.writeFile(returned);

    const file = (await receiveReturns(db, planId, [returned])).files[0]!;
    expect(file.refused).toBeNull();
    expect(file.problems).toEqual([]);
    expect(file.reportedBy).toEqual({ name: 'Sonam Wangchuk', position: 'Chief ICT Officer, MoIC', date: '2027-01-20' });
    expect(file.groups.flatMap((g) => g.changes.map((c) => [g.code, c.field, c.newValue, c.evidence]))).toEqual([
      ['5.1.1.10', 'status', 'Ongoing', 'Cabinet Secretariat letter CS/2026/114'],
      ['5.1.1.10', 'narrative', 'Draft procedure with the Cabinet.', 'Cabinet Secretariat letter CS/2026/114'],
      ['5.1.2.3', 'actual', '60%', 'https://www.moic.gov.bt/awareness-2026'],
    ]);
  });

  it('is merged with the sign-off and the evidence in the history, beside the changes', async () => {
    const file = (await receiveReturns(db, planId, [returned])).files[0]!;
    const status = file.groups[0]!.changes[0]!;
    const batchId = randomUUID();
    const outcome = await mergeReturns(db, testContext({ user: 'Karma', at: '2027-01-22T09:00:00.000Z', batchId }), {
      planId,
      paths: [returned],
      decisions: [{ target: { kind: 'file', fileId: file.fileId! }, accept: true }],
    });
    expect(outcome).toMatchObject({ accepted: 3, undoable: true });
    const pkg = await db.selectFrom('exchange_packages').selectAll().where('id', '=', file.fileId!).executeTakeFirstOrThrow();
    expect([pkg.reported_by_name, pkg.reported_by_position, pkg.reported_on]).toEqual(['Sonam Wangchuk', 'Chief ICT Officer, MoIC', '2027-01-20']);
    const progress = await db.selectFrom('progress_updates').select(['action_id', 'indicator_id', 'evidence']).where('period_id', '=', thisYear.id).where('evidence', '!=', '').execute();
    const procedure = await actionOf('5.1.1.10');
    const awareness = await actionOf('5.1.2.3');
    expect(progress.map((p) => [p.action_id, p.indicator_id === null, p.evidence]).sort()).toEqual(
      [
        [procedure.id, true, 'Cabinet Secretariat letter CS/2026/114'],
        [awareness.id, false, 'https://www.moic.gov.bt/awareness-2026'],
      ].sort(),
    );
    const history = (await listHistory(db, { planId, source: 'exchange', limit: 100 })).filter((e) => e.at === '2027-01-22T09:00:00.000Z');
    expect(history.filter((e) => ['evidence', 'reported_by_name', 'reported_by_position', 'reported_on'].includes(e.field)).map((e) => [e.field, e.newValue, e.user]).sort()).toEqual(
      [
        ['evidence', 'Cabinet Secretariat letter CS/2026/114', 'Karma'],
        ['evidence', 'https://www.moic.gov.bt/awareness-2026', 'Karma'],
        ['reported_by_name', 'Sonam Wangchuk', 'Karma'],
        ['reported_by_position', 'Chief ICT Officer, MoIC', 'Karma'],
        ['reported_on', '2027-01-20', 'Karma'],
      ].sort(),
    );
    expect(history.some((e) => e.entityId === procedure.id && e.field === 'status' && e.newValue === status.newValue!.toLowerCase())).toBe(true);
  });

  it('refuses the same workbook returned again after its merge, and writes nothing', async () => {
    const before = await everything();
    const again = await receiveReturns(db, planId, [returned]);
    expect(again.files[0]!.refused).toBe('MoIC FY 2025-26.xlsx: this workbook (MoIC, FY 2025-26) was already merged on 2027-01-22 by Karma');
    expect(again.counts).toMatchObject({ changes: 0, refused: 1 });
    await expect(mergeReturns(db, testContext({ batchId: randomUUID() }), { planId, paths: [returned], decisions: [] })).rejects.toThrow(
      /^Nothing was merged: MoIC FY 2025-26\.xlsx: this workbook \(MoIC, FY 2025-26\) was already merged/,
    );
    expect(await everything()).toEqual(before);
  });
});

describe('a workbook sent before the evidence column and the sign-off', () => {
  it('is still received and merged, by the columns it has, without evidence or sign-off', async () => {
    // Sent for an earlier period, so that it is a package of its own.
    const period = periods.find((p) => p.label === 'FY 2023-24')!;
    const sentPath = await send(period.id, '2026-11-28T10:00:00.000Z');
    const workbook = await loadWorkbook(sentPath);
    toOlderLayout(workbook);
    const sheet = workbook.getWorksheet('Update')!;
    expect((sheet.getRow(2).values as ExcelJS.CellValue[]).slice(1)).toEqual([
      'PlanDesk action id', 'PlanDesk indicator id', 'Code', 'Action', 'Indicator', 'Baseline', 'Target', 'Timeline', 'Current status', 'Status now',
      `Actual value for ${period.label}`, 'Progress in the period', 'Proposed new end date', 'Reason for the new end date', 'Support needed',
    ]);
    fillIn(workbook, [
      { code: '5.1.1.3', cells: { 'Status now': 'Ongoing', 'Progress in the period': 'Order drafted.' } },
      { code: '5.1.2.3', cells: { Target: '90%' } },
    ]);
    const path = join(folder, 'returned', 'MoIC older layout.xlsx');
    await workbook.xlsx.writeFile(path);

    const file = (await receiveReturns(db, planId, [path])).files[0]!;
    expect(file.refused).toBeNull();
    expect(file.reportedBy).toBeNull();
    expect(file.groups.flatMap((g) => g.changes.map((c) => [g.code, c.field, c.newValue, c.evidence ?? null]))).toEqual([
      ['5.1.1.3', 'status', 'Ongoing', null],
      ['5.1.1.3', 'narrative', 'Order drafted.', null],
    ]);
    // Its locked cells are still checked by the older headers.
    expect(file.problems.map((p) => [p.severity, p.columnName, p.value, p.message])).toEqual([
      ['warning', 'Target', '90%', 'this locked cell was changed from "100%"; the plan keeps its own value (the row is matched by its hidden id)'],
    ]);
    const outcome = await mergeReturns(db, testContext({ batchId: randomUUID() }), { planId, paths: [path], decisions: [{ target: { kind: 'file', fileId: file.fileId! }, accept: true }] });
    expect(outcome).toMatchObject({ accepted: 2, rejected: 0, undoable: true });
    expect((await actionOf('5.1.1.3')).status).toBe('ongoing');
    const pkg = await db.selectFrom('exchange_packages').selectAll().where('id', '=', file.fileId!).executeTakeFirstOrThrow();
    expect([pkg.status, pkg.reported_by_name, pkg.reported_on]).toEqual(['merged', null, null]);
  });
});
