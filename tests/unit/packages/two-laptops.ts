// The set-up the package tests share: two workspaces ("laptops") in one folder, the two-chapter plan imported on the
// first, and edits made by name a second apart, as a person types them.
import { randomUUID } from 'node:crypto';
import type { Db } from '../../../electron/core/db/schema';
import { importTwoChapterPlan, openTempWorkspace, tempFolder, testContext } from '../support/workspace';

export async function twoLaptops() {
  const folder = tempFolder();
  const laptopA = await openTempWorkspace(folder, 'laptop-a.sqlite');
  const laptopB = await openTempWorkspace(folder, 'laptop-b.sqlite');
  const planId = await importTwoChapterPlan(laptopA);
  let clock = Date.parse('2026-11-27T08:00:00.000Z');
  /** An edit's context: by `user`, a second after the one before. */
  const by = (user: string) => testContext({ user, batchId: randomUUID(), at: new Date((clock += 1000)).toISOString() });
  return { folder, laptopA, laptopB, planId, by };
}

/** The live action with `code` in a workspace. */
export async function idOf(db: Db, code: string): Promise<string> {
  return (await db.selectFrom('actions').select('id').where('code', '=', code).where('deleted_at', 'is', null).executeTakeFirstOrThrow()).id;
}

/** The policy statement with `code` in a workspace. */
export async function statementOf(db: Db, code: string): Promise<string> {
  return (await db.selectFrom('policy_statements').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
}
