// A plan moved A → B → A, then on to B again, with edits on both sides: each merge adds only the other side's new
// entries. No entry comes twice, and no second "created" entry appears for anything (the sample's 126 did).
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../../electron/core/db/schema';
import { createPack } from '../../../electron/core/packages/create-pack';
import { localHistoryEntry } from '../../../electron/core/packages/compare/history-sides';
import { mergePack } from '../../../electron/core/packages/merge-pack';
import { reviewPack } from '../../../electron/core/packages/open-pack';
import { updateActionField } from '../../../electron/core/plan/plan-commands';
import { importTwoChapterPlan, openTempWorkspace, tempFolder, testContext } from '../support/workspace';

const folder = tempFolder();
const laptopA = await openTempWorkspace(folder, 'a.sqlite');
const laptopB = await openTempWorkspace(folder, 'b.sqlite');
const planId = await importTwoChapterPlan(laptopA);
let clock = Date.parse('2026-12-01T08:00:00.000Z');
const by = (user: string) => testContext({ user, batchId: randomUUID(), at: new Date((clock += 1000)).toISOString() });
const actionId = async (db: Db, code: string) => (await db.selectFrom('actions').select('id').where('code', '=', code).where('deleted_at', 'is', null).executeTakeFirstOrThrow()).id;

interface Counts {
  readonly entries: number;
  readonly created: number;
  /** The workspace's own records of the merges it made. */
  readonly merges: number;
  /** Lasting ids held more than once. */
  readonly duplicates: number;
}

async function counts(db: Db): Promise<Counts> {
  const rows = await db.selectFrom('change_history').selectAll().where('plan_id', '=', planId).execute();
  const ids = rows.map((r) => localHistoryEntry(r).id);
  return {
    entries: rows.length,
    // The plan's records; a workspace's own record of a merge (plan_package) stays on it and never travels.
    created: rows.filter((r) => r.field === 'created' && r.entity !== 'plan_package').length,
    duplicates: ids.length - new Set(ids).size,
    merges: rows.filter((r) => r.entity === 'plan_package').length,
  };
}

let n = 0;
async function move(from: Db, to: Db, user: string): Promise<{ accepted: number }> {
  const path = join(folder, `move-${(n += 1)}.pmupack`);
  await createPack(from, by(user), planId, path);
  const review = await reviewPack(to, path);
  const merged = await mergePack(to, by(user), { path, expectedSha256: review.file.sha256, decisions: [{ target: { kind: 'file', fileId: review.file.fileId! }, accept: true }] });
  return { accepted: merged.accepted };
}

describe('whole-plan packages back and forth', () => {
  it('A → B → A adds nothing on A', async () => {
    const onA = await counts(laptopA.db);
    expect(onA).toEqual({ entries: 16, created: 16, duplicates: 0, merges: 0 });
    await move(laptopA.db, laptopB.db, 'Tshering');
    // B holds A's 16 entries and its own record of the merge (created, brought): nothing created a second time.
    expect(await counts(laptopB.db)).toEqual({ entries: 18, created: 16, duplicates: 0, merges: 2 });
    await move(laptopB.db, laptopA.db, 'Karma');
    // Back on A: nothing to merge; only A's own record that it merged the package (B's records stay on B).
    expect(await counts(laptopA.db)).toEqual({ entries: 17, created: 16, duplicates: 0, merges: 1 });
  });

  it('A → B → A → B with edits on both sides adds each side\'s new entries once', async () => {
    const before = await counts(laptopA.db);
    await updateActionField(laptopA.db, by('Tshering'), { actionId: await actionId(laptopA.db, '5.1.1.10'), field: 'status', value: 'completed' });
    await move(laptopA.db, laptopB.db, 'Tshering');
    await updateActionField(laptopB.db, by('Karma'), { actionId: await actionId(laptopB.db, '5.1.2.3'), field: 'title', value: 'Awareness on e-services every quarter' });
    await move(laptopB.db, laptopA.db, 'Karma');
    await updateActionField(laptopA.db, by('Tshering'), { actionId: await actionId(laptopA.db, '5.3.2.1'), field: 'remarks', value: 'Twelve data owners share data.' });
    await move(laptopA.db, laptopB.db, 'Tshering');
    const onA = await counts(laptopA.db);
    const onB = await counts(laptopB.db);
    const onBIds = (await laptopB.db.selectFrom('change_history').selectAll().where('plan_id', '=', planId).execute()).map((r) => localHistoryEntry(r).id);
    expect(before).toEqual({ entries: 17, created: 16, duplicates: 0, merges: 1 });
    // A: its own edits (status with its text, remarks: 3), B's title edit brought (1), A's merge of it (the title
    // applied: 1, its record: created and brought, 2). Not B's copies of A's own edits: they stay on B.
    expect(onA).toEqual({ entries: 17 + 3 + 1 + 1 + 2, created: 16, duplicates: 0, merges: 3 });
    // B: its title edit (1), A's three edits brought (3), its two merges of them (applied: 3; records: 2 × 2), and its
    // first merge's records (2).
    expect(onB).toEqual({ entries: 16 + 1 + 3 + 3 + 4 + 2, created: 16, duplicates: 0, merges: 6 });
    // Every entry of A is on B, except A's own record of applying B's title (B has its original).
    const entries = async (db: Db) => (await db.selectFrom('change_history').selectAll().where('plan_id', '=', planId).where('entity', '!=', 'plan_package').execute()).map((r) => ({ id: localHistoryEntry(r).id, what: `${r.field} ${r.source}` }));
    const onlyOnA = (await entries(laptopA.db)).filter((e) => !onBIds.includes(e.id)).map((e) => e.what);
    expect(onlyOnA).toEqual(['title package']);
  });
});
