// A review in progress survives closing it (or the app): each decision is kept in the workspace, and receiving the
// same files again puts them back. A refused file among several can be left out, and the others merged.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { handlersFor, importTwoChapterPlan, openTempWorkspace, tempFolder, type TestDialogs } from '../support/workspace';
import { fillIn, loadWorkbook } from './support';

const folder = tempFolder();
const connection = await openTempWorkspace(folder);
const db = connection.db;
const planId = await importTwoChapterPlan(connection);
const dialogs: TestDialogs = {};
let now = new Date('2026-11-27T10:00:00Z');
const call = handlersFor(connection, { user: 'Pema', dialogs, now: () => now });
const period = (await call('plans:periods', { planId })).find((p) => p.label === 'FY 2025-26')!;
const moic = (await call('agencies:list', {})).find((a) => a.acronym === 'MoIC')!;
dialogs.folder = join(folder, 'out');
const sent = (await call('exchange:send', { planId, periodId: period.id, agencyIds: [moic.id], dueDate: null }))!;

mkdirSync(join(folder, 'back'));
const returned = join(folder, 'back', 'MoIC.xlsx');
const broken = join(folder, 'back', 'MoIC (no identity).xlsx');
const answer = async (status: string) => {
  const workbook = await loadWorkbook(sent.files[0]!);
  fillIn(workbook, [
    { code: '5.1.1.3', cells: { 'Status now': status, 'Progress in the period': 'Order drafted.' } },
    { code: '5.1.2.3', cells: { 'Support needed': 'Two trainers' } },
  ]);
  await workbook.xlsx.writeFile(returned);
  workbook.removeWorksheet(workbook.getWorksheet('PlanDesk')!.id);
  await workbook.xlsx.writeFile(broken);
};
await answer('Completed');
const historyCount = async () => Number((await db.selectFrom('change_history').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

describe('review decisions kept in the workspace', () => {
  it('puts back the decisions and notes taken before, when the same files are received again', async () => {
    dialogs.files = [returned, broken];
    const first = (await call('exchange:receive', { planId }))!;
    expect(first.resumed).toBeNull();
    const file = first.files[0]!;
    const order = file.groups.find((g) => g.code === '5.1.1.3')!;
    const support = file.groups.find((g) => g.code === '5.1.2.3')!.changes[0]!;
    const decisions = [
      { target: { kind: 'group' as const, fileId: file.fileId!, groupKey: order.key }, accept: true, note: 'Confirmed by phone' },
      { target: { kind: 'change' as const, changeId: support.id }, accept: false, note: 'Trainers come from DITT' },
    ];
    now = new Date('2026-11-27T11:30:00Z');
    expect(await call('exchange:saveDecisions', { reviewId: first.reviewId, decisions })).toEqual({ savedAt: '2026-11-27T11:30:00.000Z' });
    // A decision on something not in the review is refused, and what was saved stays.
    await expect(call('exchange:saveDecisions', { reviewId: first.reviewId, decisions: [{ target: { kind: 'change', changeId: 'nope' }, accept: true }] })).rejects.toThrow(
      'No proposed change has the id nope',
    );

    // The app is closed and opened again: a new set of handlers, the same workspace file.
    const reopened = handlersFor(connection, { user: 'Pema', dialogs });
    const again = (await reopened('exchange:receive', { planId }))!;
    expect(again.reviewId).not.toBe(first.reviewId);
    expect(again.resumed).toEqual({
      decisions: [
        { target: { kind: 'group', fileId: file.fileId, groupKey: order.key }, accept: true, note: 'Confirmed by phone' },
        { target: { kind: 'change', changeId: support.id }, accept: false, note: 'Trainers come from DITT' },
      ],
      savedAt: '2026-11-27T11:30:00.000Z',
      savedBy: 'Pema',
      changedFiles: [],
    });
  });

  it('does not put them back on a file that changed since: it starts undecided and says so', async () => {
    const kept = join(folder, 'back', 'kept.xlsx');
    copyFileSync(returned, kept);
    await answer('Ongoing');
    dialogs.files = [returned];
    const review = (await call('exchange:receive', { planId }))!;
    expect(review.resumed).toEqual({ decisions: [], savedAt: expect.any(String), savedBy: 'Pema', changedFiles: ['MoIC.xlsx'] });
    copyFileSync(kept, returned);
  });
});

describe('leaving a refused file out', () => {
  it('merges nothing while a refused file is in the merge, and names it', async () => {
    dialogs.files = [returned, broken];
    const review = (await call('exchange:receive', { planId }))!;
    expect(review.files.map((f) => f.refused === null)).toEqual([true, false]);
    const before = await historyCount();
    await expect(call('exchange:merge', { reviewId: review.reviewId, decisions: review.resumed!.decisions as never })).rejects.toThrow(
      /^Nothing was merged: MoIC \(no identity\)\.xlsx: the hidden "PlanDesk" sheet .*\. Leave the refused file out to merge the others$/,
    );
    await expect(call('exchange:merge', { reviewId: review.reviewId, decisions: [], leaveOut: [join(folder, 'elsewhere.xlsx')] })).rejects.toThrow(
      `${join(folder, 'elsewhere.xlsx')} is not a file of this review`,
    );
    await expect(call('exchange:merge', { reviewId: review.reviewId, decisions: [], leaveOut: [returned, broken] })).rejects.toThrow(
      'Every file of this review was left out: there is nothing to merge',
    );
    expect(await historyCount()).toBe(before);
    expect((await call('exchange:packages', { planId }))[0]!.status).toBe('returned');
  });

  it('merges the others once it is left out, and the saved decisions give way to the merged ones', async () => {
    dialogs.files = [returned, broken];
    const review = (await call('exchange:receive', { planId }))!;
    const outcome = await call('exchange:merge', { reviewId: review.reviewId, decisions: [...review.resumed!.decisions], leaveOut: [broken] });
    expect(outcome).toMatchObject({ accepted: 2, rejected: 1 });
    const order = (await call('actions:list', { planId })).find((a) => a.code === '5.1.1.3')!;
    expect(order.status).toBe('completed');
    expect(await db.selectFrom('review_drafts').selectAll().execute()).toEqual([]);
    const notes = await db.selectFrom('review_decisions').select(['field', 'accepted', 'note']).orderBy('field').execute();
    expect(notes).toEqual([
      { field: 'narrative', accepted: 1, note: 'Confirmed by phone' },
      { field: 'status', accepted: 1, note: 'Confirmed by phone' },
      { field: 'supportNeeded', accepted: 0, note: 'Trainers come from DITT' },
    ]);
  });
});
