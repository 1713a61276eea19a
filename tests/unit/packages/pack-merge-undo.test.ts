// Undoing a package merge takes it back completely, in one transaction: the plan's values, the package's record (it
// can be opened and merged again, proposing the same changes) and the other laptop's history entries and snapshots
// the merge brought; redo puts all of it back. Entries about the other laptop's own update workbooks never come.
// The History lists entries by when they happened, so the other laptop's older entries take their place in time.
import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ProposedChange, Review } from '../../../shared/domain';
import { mergeReturns, receiveReturns } from '../../../electron/core/exchange/receive-returns';
import { sendForUpdate } from '../../../electron/core/exchange/send-updates';
import { listHistory } from '../../../electron/core/history/store';
import { setActual } from '../../../electron/core/indicators/indicator-commands';
import { createPack } from '../../../electron/core/packages/create-pack';
import { mergePack } from '../../../electron/core/packages/merge-pack';
import { localHistoryEntry } from '../../../electron/core/packages/compare/history-sides';
import { reviewPack } from '../../../electron/core/packages/open-pack';
import { updateActionField } from '../../../electron/core/plan/plan-commands';
import { createAction } from '../../../electron/core/plan/structure-commands';
import { exportPlanFile } from '../../../electron/core/planfile/export-plan-file';
import { ensurePeriods } from '../../../electron/core/reporting/periods';
import { takeSnapshot } from '../../../electron/core/snapshots/snapshots';
import type { Db } from '../../../electron/core/db/schema';
import { fieldLabel, valueWords } from '../../../renderer/src/history/change-words';
import { fillIn, loadWorkbook } from '../exchange/support';
import { handlersFor, type TestDialogs } from '../support/workspace';
import { idOf, statementOf, twoLaptops } from './two-laptops';

const { folder, laptopA, laptopB, planId, by } = await twoLaptops();
const planOf = async (db: Db) => (await exportPlanFile(db, [planId])).plans;
const changesOf = (review: Review) => review.files[0]!.groups.flatMap((g) => g.changes);
const proposed = (changes: readonly ProposedChange[]) => changes.map((c) => [c.id, c.label, c.oldValue, c.newValue, c.conflict]);
/** B's history of the plan by lasting id: the same entry twice would show as a count of 2. */
async function historyCounts(db: Db) {
  const counts = new Map<string, number>();
  for (const row of await db.selectFrom('change_history').selectAll().where('plan_id', '=', planId).execute()) {
    const id = localHistoryEntry(row).id;
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}
const snapshotsOf = async (db: Db) => (await db.selectFrom('snapshots').select(['id', 'name']).where('plan_id', '=', planId).orderBy('name').execute()).map((s) => `${s.id} ${s.name}`);

// B starts from A's plan, whole (a plan new to B comes whole and is not undoable).
const first = join(folder, 'first.pmupack');
await createPack(laptopA.db, by('Tshering'), planId, first);
const whole = await reviewPack(laptopB.db, first);
await mergePack(laptopB.db, by('Karma'), { path: first, decisions: [{ target: { kind: 'file', fileId: whole.file.fileId! }, accept: true }] });

// A goes on: a status, an actual, a narrative from a returned workbook merged on A, a new action, a snapshot.
const db = laptopA.db;
const periodA = (await ensurePeriods(db, planId, '2026-11')).find((p) => p.label === 'FY 2025-26')!;
await updateActionField(db, by('Tshering'), { actionId: await idOf(db, '5.1.1.10'), field: 'status', value: 'completed' });
const uptime = (await db.selectFrom('indicators').select('id').where('name', '=', '% of uptime').executeTakeFirstOrThrow()).id;
await setActual(db, by('Tshering'), { indicatorId: uptime, periodId: periodA.id, value: '97%' });
const moic = (await db.selectFrom('agencies').select('id').where('acronym', '=', 'MoIC').executeTakeFirstOrThrow()).id;
const sent = await sendForUpdate(db, by('Tshering'), { planId, periodId: periodA.id, agencyIds: [moic], dueDate: null, contact: '', folder: join(folder, 'sent') });
const workbook = await loadWorkbook(sent.files[0]!);
fillIn(workbook, [{ code: '5.1.1.3', cells: { 'Progress in the period': 'Draft order with the Cabinet Secretariat.' } }]);
mkdirSync(join(folder, 'returned'));
const returned = join(folder, 'returned', 'MoIC.xlsx');
await workbook.xlsx.writeFile(returned);
const received = await receiveReturns(db, planId, [returned]);
await mergeReturns(db, by('Tshering'), { planId, paths: [returned], decisions: [{ target: { kind: 'file', fileId: received.files[0]!.fileId! }, accept: true }] });
await createAction(db, by('Tshering'), { statementId: await statementOf(db, '5.1.1'), afterActionId: await idOf(db, '5.1.1.3'), code: '5.1.1.4', title: 'Publish a digital-by-default checklist' });
await takeSnapshot(db, by('Tshering'), { planId, name: 'Steering committee, 26 November 2026' });
const second = join(folder, 'second.pmupack');
await createPack(db, by('Tshering'), planId, second);

// B works through the contract, as the app does: its undo list is the window's.
const dialogs: TestDialogs = { files: [second] };
let clockB = Date.parse('2026-11-27T10:00:00.000Z');
const call = handlersFor(laptopB, { user: 'Karma', dialogs, now: () => new Date((clockB += 1000)) });
const open = async () => (await call('packages:open', {}))!;
const mergeAll = async (review: Review) => call('packages:merge', { reviewId: review.reviewId, decisions: [{ target: { kind: 'file', fileId: review.files[0]!.fileId! }, accept: true }] });

describe('undoing a package merge', () => {
  const before = { plan: [] as unknown[], history: new Map<string, number>(), snapshots: [] as string[] };
  let firstOffer: ReturnType<typeof proposed>;
  let merged: { plan: unknown[]; history: Map<string, number>; snapshots: string[] };

  it('merges the package with the other laptop’s history and snapshot, but not the entries of its own update workbook', async () => {
    before.plan = await planOf(laptopB.db);
    before.history = await historyCounts(laptopB.db);
    before.snapshots = await snapshotsOf(laptopB.db);
    const review = await open();
    expect(review.files[0]!.refused).toBeNull();
    firstOffer = proposed(changesOf(review));
    expect(firstOffer.map(([, label]) => label)).toEqual(['Actual for FY 2025-26 (% of uptime)', 'Progress in FY 2025-26', 'New action', 'Status']);
    expect(firstOffer.every(([, , , , conflict]) => conflict === null)).toBe(true);
    // A's history holds the MoIC workbook's status (returned → merged): a record of A's only, it does not come.
    expect((await laptopA.db.selectFrom('change_history').select('id').where('entity', '=', 'exchange_package').execute()).length).toBe(1);
    const aEntries = (await laptopA.db.selectFrom('change_history').selectAll().where('plan_id', '=', planId).execute()).map(localHistoryEntry);
    const newToB = aEntries.filter((e) => !before.history.has(e.id));
    expect(review.files[0]!.source).toMatchObject({ snapshots: 1, historyEntries: newToB.filter((e) => e.entity !== 'exchange_package').length });

    const outcome = await mergeAll(review);
    expect(outcome).toMatchObject({ accepted: 4, rejected: 0, undoable: true });
    expect(await planOf(laptopB.db)).toEqual(await planOf(laptopA.db));
    merged = { plan: await planOf(laptopB.db), history: await historyCounts(laptopB.db), snapshots: await snapshotsOf(laptopB.db) };
    expect(merged.snapshots).toHaveLength(before.snapshots.length + 1);
    expect(await laptopB.db.selectFrom('change_history').select('id').where('entity', '=', 'exchange_package').execute()).toEqual([]);
    expect([...merged.history.values()].every((n) => n === 1)).toBe(true);
    for (const e of newToB.filter((e) => e.entity !== 'exchange_package')) expect(merged.history.get(e.id), `${e.entity} ${e.field}`).toBe(1);
    // The History says the package was merged and what it brought.
    const own = (await call('history:list', { planId, limit: 5000, source: 'package' })).filter((e) => e.entity === 'plan_package' && e.sourceFile === basename(second));
    expect(own.map((e) => [e.field, e.newValue, e.subject])).toEqual([
      ['brought', `${newToB.length - 1} history entries, 1 snapshot`, expect.stringMatching(/^second\.pmupack, made by Tshering on 27 Nov 2026$/)],
      ['created', expect.any(String), expect.stringMatching(/^second\.pmupack, made by Tshering on 27 Nov 2026$/)],
    ]);
  });

  it('undone, B’s plan, history and snapshots are as before, and the package proposes the same changes again', async () => {
    expect(await call('history:undo', {})).toMatchObject({ canUndo: false, canRedo: true });
    expect(await planOf(laptopB.db)).toEqual(before.plan);
    expect(await snapshotsOf(laptopB.db)).toEqual(before.snapshots);
    // Beside what B held before, only B's own entries remain: the merge's and its undo's.
    const after = await historyCounts(laptopB.db);
    for (const [id, n] of before.history) expect(after.get(id)).toBe(n);
    const added = (await laptopB.db.selectFrom('change_history').selectAll().where('plan_id', '=', planId).execute()).filter((h) => !before.history.has(localHistoryEntry(h).id));
    expect(added.length).toBeGreaterThan(0);
    expect(new Set(added.map((h) => `${h.user_name} ${h.source}`))).toEqual(new Set(['Karma package', 'Karma undo']));
    expect(await laptopB.db.selectFrom('plan_packages_merged').select(['deleted_at']).where('file', '=', second).execute()).toEqual([{ deleted_at: expect.stringMatching(/^2026-11-27T10:/) }]);

    const again = await open();
    expect(again.files[0]!.refused).toBeNull();
    expect(proposed(changesOf(again))).toEqual(firstOffer);
    expect(again.files[0]!.source).toMatchObject({ snapshots: 1 });
    // The History words the package's steps: merged, what it brought, and the undo taking both back.
    const steps = (await call('history:list', { planId, limit: 5000 })).filter((e) => e.entity === 'plan_package' && e.subject?.startsWith('second.pmupack'));
    expect(steps.map((e) => [e.source, fieldLabel(e), valueWords(e, e.oldValue), valueWords(e, e.newValue), e.subject])).toEqual([
      ['undo', 'Merge undone', null, null, 'second.pmupack, made by Tshering on 27 Nov 2026'],
      ['undo', 'Taken back by the undo', expect.stringMatching(/^\d+ history entries, 1 snapshot$/), null, 'second.pmupack, made by Tshering on 27 Nov 2026'],
      ['package', 'Brought from the other laptop', null, expect.stringMatching(/^\d+ history entries, 1 snapshot$/), 'second.pmupack, made by Tshering on 27 Nov 2026'],
      ['package', 'Merged', null, null, 'second.pmupack, made by Tshering on 27 Nov 2026'],
    ]);
  });

  it('redone, the merge stands again: values, record, history entries and snapshot, each once', async () => {
    expect(await call('history:redo', {})).toMatchObject({ canUndo: true, canRedo: false });
    expect(await planOf(laptopB.db)).toEqual(merged.plan);
    expect(await snapshotsOf(laptopB.db)).toEqual(merged.snapshots);
    const history = await historyCounts(laptopB.db);
    for (const [id, n] of merged.history) expect(history.get(id), id).toBe(n);
    expect([...history.values()].every((n) => n === 1)).toBe(true);
    expect((await open()).files[0]!.refused).toMatch(/^second\.pmupack: this package was already merged on 2026-11-27 by Karma$/);
  });

  it('undone again and merged anew, B holds A’s plan, with every entry and the snapshot once', async () => {
    await call('history:undo', {});
    expect(await planOf(laptopB.db)).toEqual(before.plan);
    const review = await open();
    expect(proposed(changesOf(review))).toEqual(firstOffer);
    expect(await mergeAll(review)).toMatchObject({ accepted: 4, undoable: true });
    expect(await planOf(laptopB.db)).toEqual(await planOf(laptopA.db));
    expect(await snapshotsOf(laptopB.db)).toEqual(merged.snapshots);
    const history = await historyCounts(laptopB.db);
    expect([...history.values()].every((n) => n === 1)).toBe(true);
    // A package of A made now offers nothing more.
    const third = join(folder, 'third.pmupack');
    await createPack(laptopA.db, by('Tshering'), planId, third);
    dialogs.files = [third];
    const next = await open();
    expect(changesOf(next)).toEqual([]);
    expect(next.files[0]!.source).toMatchObject({ snapshots: 0, historyEntries: 0 });
  });
});

describe('the History, by when each change happened', () => {
  it('lists the other laptop’s older entries at their time, not by their newer ids here; pages and filters keep that order', async () => {
    const all = await listHistory(laptopB.db, { planId, limit: 5000 });
    const order = (entries: readonly { at: string; id: number }[]) => entries.every((e, i) => i === 0 || entries[i - 1]!.at > e.at || (entries[i - 1]!.at === e.at && entries[i - 1]!.id > e.id));
    expect(order(all)).toBe(true);
    // Tshering's status change on A (08:00) was brought by Karma's merge (10:00): listed below the merge, though its id is higher.
    const status = all.find((e) => e.user === 'Tshering' && e.field === 'status' && e.newValue === 'completed' && e.source === 'edit')!;
    const mergeEntry = all.find((e) => e.user === 'Karma' && e.source === 'package' && e.entityId === status.entityId && e.field === 'status')!;
    expect(status.id).toBeGreaterThan(mergeEntry.id);
    expect(all.indexOf(status)).toBeGreaterThan(all.indexOf(mergeEntry));
    // A page is the start of the next, larger page.
    const page = await listHistory(laptopB.db, { planId, limit: 7 });
    expect(page.map((e) => e.id)).toEqual(all.slice(0, 7).map((e) => e.id));
    const byTshering = await listHistory(laptopB.db, { planId, limit: 5000, user: 'Tshering' });
    expect(byTshering.map((e) => e.id)).toEqual(all.filter((e) => e.user === 'Tshering').map((e) => e.id));
    const dated = await listHistory(laptopB.db, { planId, limit: 5000, from: '2026-11-27T08:00:00.000Z', to: '2026-11-27T09:00:00.000Z' });
    expect(dated.length).toBeGreaterThan(0);
    expect(dated.map((e) => e.id)).toEqual(all.filter((e) => e.at >= '2026-11-27T08:00:00.000Z' && e.at <= '2026-11-27T09:00:00.000Z').map((e) => e.id));
  });

  it('the action’s detail panel orders its history the same way', async () => {
    const actionId = await idOf(laptopB.db, '5.1.1.10');
    const detail = await call('actions:get', { actionId });
    const all = await listHistory(laptopB.db, { planId, limit: 5000 });
    const ids = new Set(detail.history.map((e) => e.id));
    expect(detail.history.length).toBeGreaterThan(2);
    expect(detail.history.map((e) => e.id)).toEqual(all.filter((e) => ids.has(e.id)).map((e) => e.id));
    expect(detail.history.findIndex((e) => e.source === 'package')).toBeLessThan(detail.history.findIndex((e) => e.source === 'edit' && e.user === 'Tshering'));
  });
});
