// The decisions of a review not merged yet, kept in the workspace as the reviewer takes them: receiving the same
// returned workbooks again (after closing the review, or the app) puts them back. They are put back only on the
// very file they were taken on (same SHA-256): a workbook sent again with other answers starts undecided.
import { sql } from 'kysely';
import type { ReviewDecision, ReviewFile, ReviewResumed } from '../../../shared/domain';
import { AppError } from '../../../shared/result';
import type { Db, DbOrTx } from '../db/schema';
import { resolveDecisions } from '../review/decisions';

function readable(files: readonly ReviewFile[]): (ReviewFile & { fileId: string })[] {
  return files.filter((f): f is ReviewFile & { fileId: string } => f.refused === null && f.fileId !== null);
}

function fileIdOf(decision: ReviewDecision, fileOfChange: ReadonlyMap<string, string>): string {
  const target = decision.target;
  switch (target.kind) {
    case 'file':
    case 'group':
      return target.fileId;
    case 'change': {
      const fileId = fileOfChange.get(target.changeId);
      if (!fileId) throw new AppError('invalid_input', `No proposed change has the id ${target.changeId}`);
      return fileId;
    }
  }
}

function keyOf(decision: ReviewDecision): string {
  const target = decision.target;
  switch (target.kind) {
    case 'file':
      return target.fileId;
    case 'group':
      return target.groupKey;
    case 'change':
      return target.changeId;
  }
}

/** Replaces the saved decisions of the review's files with these, in one transaction. */
export async function saveReviewDrafts(
  db: Db,
  who: { readonly user: string; readonly at: string },
  planId: string,
  files: readonly ReviewFile[],
  decisions: readonly ReviewDecision[],
): Promise<void> {
  // Checks every target the way the merge will (an unknown file, action or change is refused).
  resolveDecisions(files, decisions);
  const open = readable(files);
  const fileOfChange = new Map(open.flatMap((f) => f.groups.flatMap((g) => g.changes.map((c) => [c.id, f.fileId] as const))));
  const sha256Of = new Map(open.map((f) => [f.fileId, f.sha256]));
  await db.transaction().execute(async (tx) => {
    if (open.length > 0) await tx.deleteFrom('review_drafts').where('file_id', 'in', [...sha256Of.keys()]).execute();
    for (const decision of decisions) {
      const fileId = fileIdOf(decision, fileOfChange);
      await tx
        .insertInto('review_drafts')
        .values({
          file_id: fileId,
          plan_id: planId,
          target_kind: decision.target.kind,
          target_key: keyOf(decision),
          accepted: decision.accept ? 1 : 0,
          note: decision.note?.trim() ?? '',
          file_sha256: sha256Of.get(fileId)!,
          saved_by: who.user,
          saved_at: who.at,
        })
        .onConflict((oc) => oc.columns(['file_id', 'target_kind', 'target_key']).doUpdateSet((eb) => ({ accepted: eb.ref('excluded.accepted'), note: eb.ref('excluded.note') })))
        .execute();
    }
  });
}

/** The decisions saved on these files before, where the files are the ones decided on; null when there are none. */
export async function loadReviewDrafts(db: DbOrTx, files: readonly ReviewFile[]): Promise<ReviewResumed | null> {
  const open = readable(files);
  if (open.length === 0) return null;
  const rows = await db.selectFrom('review_drafts').selectAll().where('file_id', 'in', open.map((f) => f.fileId)).orderBy('saved_at').orderBy(sql`rowid`).execute();
  if (rows.length === 0) return null;
  const decisions: ReviewDecision[] = [];
  const changedFiles = new Set<string>();
  let latest: (typeof rows)[number] | null = null;
  for (const row of rows) {
    const file = open.find((f) => f.fileId === row.file_id)!;
    if (row.file_sha256 !== file.sha256) {
      changedFiles.add(file.fileName);
      continue;
    }
    const note = row.note === '' ? undefined : row.note;
    const accept = row.accepted === 1;
    // A change or an action that is no longer proposed (the plan took the value meanwhile) is left behind.
    if (row.target_kind === 'file') decisions.push({ target: { kind: 'file', fileId: file.fileId }, accept, note });
    else if (row.target_kind === 'group' && file.groups.some((g) => g.key === row.target_key)) {
      decisions.push({ target: { kind: 'group', fileId: file.fileId, groupKey: row.target_key }, accept, note });
    } else if (row.target_kind === 'change' && file.groups.some((g) => g.changes.some((c) => c.id === row.target_key))) {
      decisions.push({ target: { kind: 'change', changeId: row.target_key }, accept, note });
    } else continue;
    latest = row;
  }
  if (decisions.length === 0 && changedFiles.size === 0) return null;
  return { decisions, savedAt: latest?.saved_at ?? rows.at(-1)!.saved_at, savedBy: latest?.saved_by ?? rows.at(-1)!.saved_by, changedFiles: [...changedFiles] };
}

/** Once merged, a file's decisions live in review_decisions: its drafts go, in the merge's transaction. */
export async function dropReviewDrafts(tx: DbOrTx, fileIds: readonly string[]): Promise<void> {
  if (fileIds.length > 0) await tx.deleteFrom('review_drafts').where('file_id', 'in', fileIds).execute();
}
