// Two package merges that carry the same history entries: the first brings them, the second (merged from the command
// line, so not on the window's undo list) finds them here and carries them too. Undoing the first merge in the window
// must not take out entries the standing second merge also brought; they stay, once, as the second merge's. Redo
// brings the first merge's own entries back, still each once.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Review } from '../../../shared/domain';
import { createPack } from '../../../electron/core/packages/create-pack';
import { mergePack } from '../../../electron/core/packages/merge-pack';
import { localHistoryEntry } from '../../../electron/core/packages/compare/history-sides';
import { reviewPack } from '../../../electron/core/packages/open-pack';
import { updateActionField } from '../../../electron/core/plan/plan-commands';
import { handlersFor, type TestDialogs } from '../support/workspace';
import { idOf, twoLaptops } from './two-laptops';

const { folder, laptopA, laptopB, planId, by } = await twoLaptops();
const acceptAll = (review: Review) => [{ target: { kind: 'file' as const, fileId: review.files[0]!.fileId! }, accept: true }];
/** The core's review of a package, as the command line merges it: every change accepted. */
const acceptPack = async (path: string) => [{ target: { kind: 'file' as const, fileId: (await reviewPack(laptopB.db, path)).file.fileId! }, accept: true }];
/** How many times each of A's entries (by lasting id) is in B's history. */
async function countsOnB(): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const row of await laptopB.db.selectFrom('change_history').selectAll().where('plan_id', '=', planId).execute()) {
    const id = localHistoryEntry(row).id;
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}
/** The carrying of A's status and remarks entries on B: which merge brought each entry, which merge carried it too. */
const carriedEdits = async () =>
  (
    await laptopB.db
      .selectFrom('change_history_carried as c')
      .innerJoin('change_history as h', 'h.id', 'c.entry_id')
      .innerJoin('plan_packages_merged as owner', 'owner.id', 'h.package_merge_id')
      .innerJoin('plan_packages_merged as carrier', 'carrier.id', 'c.package_merge_id')
      .select(['h.field', 'owner.file as broughtBy', 'carrier.file as carriedBy'])
      .where('h.user_name', '=', 'Tshering')
      .where('h.field', 'in', ['status', 'remarks'])
      .execute()
  ).map((r) => [r.field, r.broughtBy, r.carriedBy]);
const entriesOfA = async () => (await laptopA.db.selectFrom('change_history').selectAll().where('plan_id', '=', planId).where('user_name', '=', 'Tshering').execute()).map(localHistoryEntry);

// B starts from A's plan, whole.
const whole = join(folder, 'whole.pmupack');
await createPack(laptopA.db, by('Tshering'), planId, whole);
await mergePack(laptopB.db, by('Karma'), { path: whole, decisions: await acceptPack(whole) });

// A changes a status and packs (second); then changes remarks and packs again (third: it carries both changes).
await updateActionField(laptopA.db, by('Tshering'), { actionId: await idOf(laptopA.db, '5.1.1.10'), field: 'status', value: 'completed' });
const second = join(folder, 'second.pmupack');
await createPack(laptopA.db, by('Tshering'), planId, second);
const statusEntries = await entriesOfA();
await updateActionField(laptopA.db, by('Tshering'), { actionId: await idOf(laptopA.db, '5.1.1.10'), field: 'remarks', value: 'Handed over to the agency.' });
const third = join(folder, 'third.pmupack');
await createPack(laptopA.db, by('Tshering'), planId, third);
const remarksEntries = (await entriesOfA()).filter((e) => !statusEntries.some((s) => s.id === e.id));

const dialogs: TestDialogs = { files: [second] };
let clockB = Date.parse('2026-11-27T10:00:00.000Z');
const call = handlersFor(laptopB, { user: 'Karma', dialogs, now: () => new Date((clockB += 1000)) });

describe('a history entry two merges brought', () => {
  it('is brought once: by the window’s merge of the second package, carried again by the command line’s of the third', async () => {
    const review = (await call('packages:open', {}))!;
    expect(await call('packages:merge', { reviewId: review.reviewId, decisions: acceptAll(review) })).toMatchObject({ undoable: true });
    await mergePack(laptopB.db, by('Sonam'), { path: third, decisions: await acceptPack(third) });
    const counts = await countsOnB();
    expect(statusEntries.length).toBeGreaterThan(0);
    expect(remarksEntries.length).toBeGreaterThan(0);
    for (const e of [...statusEntries, ...remarksEntries]) expect(counts.get(e.id), `${e.entity} ${e.field}`).toBe(1);
    expect(await carriedEdits()).toEqual([['status', second, third]]);
  });

  it('stays when the first merge is undone, as the standing merge’s; the first merge’s undo takes back nothing it brought alone', async () => {
    expect(await call('history:undo', {})).toMatchObject({ canRedo: true });
    const counts = await countsOnB();
    for (const e of [...statusEntries, ...remarksEntries]) expect(counts.get(e.id), `${e.entity} ${e.field}`).toBe(1);
    const owners = await laptopB.db
      .selectFrom('change_history as h')
      .innerJoin('plan_packages_merged as m', 'm.id', 'h.package_merge_id')
      .select(['m.file'])
      .where('h.user_name', '=', 'Tshering')
      .where('h.plan_id', '=', planId)
      .where('h.field', 'in', ['status', 'remarks'])
      .execute();
    expect(new Set(owners.map((o) => o.file))).toEqual(new Set([third]));
    expect(await carriedEdits()).toEqual([]);
  });

  it('redone, every entry is still there once', async () => {
    expect(await call('history:redo', {})).toMatchObject({ canUndo: true });
    const counts = await countsOnB();
    for (const e of [...statusEntries, ...remarksEntries]) expect(counts.get(e.id), `${e.entity} ${e.field}`).toBe(1);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
  });
});
