// The plan's Deleted list and Restore: chapters, statements, actions and indicators deleted (softly: deleted_at) with
// who deleted them and when, read from the change history. A piece deleted with another (a chapter's statements and
// actions, deleted as one batch) is counted under it rather than listed, and comes back with it; restoring a piece whose
// parent is deleted brings the parent back too (only the parent, not its other children), so that it has a place.
import type { DeletedItem, DeletedKind, RestoreOutcome } from '../../../shared/domain';
import { AppError } from '../../../shared/result';
import type { Db, DbOrTx } from '../db/schema';
import { live } from '../db/live';
import { deletionsOf } from '../history/store';
import type { ChangeContext } from '../host/context';
import { updateRow, type EditableTable } from '../history/tracked-update';

const TABLE_OF: Readonly<Record<DeletedKind, EditableTable>> = {
  chapter: 'chapters',
  statement: 'policy_statements',
  action: 'actions',
  indicator: 'indicators',
};

const named = (code: string, text: string) => [code, text].filter((part) => part.trim() !== '').join(' ');

/** The deleted pieces of the plan, newest deletion first. */
export async function listDeleted(db: DbOrTx, planId: string): Promise<DeletedItem[]> {
  const chapters = await db.selectFrom('chapters').select(['id', 'code', 'title', 'deleted_at']).where('plan_id', '=', planId).where('deleted_at', 'is not', null).execute();
  const statements = await db
    .selectFrom('policy_statements as s')
    .innerJoin('chapters as c', 'c.id', 's.chapter_id')
    .select(['s.id', 's.code', 's.text', 's.deleted_at', 's.chapter_id', 'c.code as chapter_code', 'c.title as chapter_title', 'c.deleted_at as chapter_deleted_at'])
    .where('c.plan_id', '=', planId)
    .where('s.deleted_at', 'is not', null)
    .execute();
  const actions = await db
    .selectFrom('actions as a')
    .innerJoin('policy_statements as s', 's.id', 'a.statement_id')
    .innerJoin('chapters as c', 'c.id', 's.chapter_id')
    .select(['a.id', 'a.code', 'a.title', 'a.deleted_at', 'a.statement_id', 's.code as statement_code', 's.text as statement_text', 's.deleted_at as statement_deleted_at', 's.chapter_id'])
    .where('c.plan_id', '=', planId)
    .where('a.deleted_at', 'is not', null)
    .execute();
  const indicators = await db
    .selectFrom('indicators as i')
    .innerJoin('actions as a', 'a.id', 'i.action_id')
    .innerJoin('policy_statements as s', 's.id', 'a.statement_id')
    .innerJoin('chapters as c', 'c.id', 's.chapter_id')
    .select(['i.id', 'i.name', 'i.deleted_at', 'a.code as action_code', 'a.title as action_title'])
    .where('c.plan_id', '=', planId)
    .where('i.deleted_at', 'is not', null)
    .execute();
  // The indicators that come back with each deleted action: its live ones (deleting an action leaves them be).
  const actionIds = actions.map((a) => a.id);
  const indicatorCounts = new Map<string, number>();
  for (let i = 0; i < actionIds.length; i += 500) {
    const counted = await db
      .selectFrom('indicators')
      .select(['action_id', (eb) => eb.fn.countAll<number>().as('count')])
      .where('action_id', 'in', actionIds.slice(i, i + 500))
      .where(live())
      .groupBy('action_id')
      .execute();
    for (const row of counted) indicatorCounts.set(row.action_id, Number(row.count));
  }
  const deletions = await deletionsOf(db, [...chapters, ...statements, ...actions, ...indicators].map((row) => row.id));
  // Two pieces were deleted together when the same batch deleted them (the same moment, for a history that does not say).
  const deletionOf = (id: string, deletedAt: string) => deletions.get(id)?.batchId ?? deletedAt;
  const withParent = (id: string, deletedAt: string, parentId: string, parentDeletedAt: string | null) =>
    parentDeletedAt !== null && deletionOf(id, deletedAt) === deletionOf(parentId, parentDeletedAt);

  const statementsWithChapter = statements.filter((s) => withParent(s.id, s.deleted_at!, s.chapter_id, s.chapter_deleted_at));
  const actionsWithStatement = actions.filter((a) => withParent(a.id, a.deleted_at!, a.statement_id, a.statement_deleted_at));
  const hidden = new Set([...statementsWithChapter, ...actionsWithStatement].map((row) => row.id));
  const countUnder = (rows: readonly { id: string }[]) => ({
    actions: rows.length,
    indicators: rows.reduce((sum, row) => sum + (indicatorCounts.get(row.id) ?? 0), 0),
  });
  const item = (
    kind: DeletedKind,
    row: { id: string; deleted_at: string | null },
    label: string,
    place: string,
    comesWith: DeletedItem['comesWith'],
    includes: readonly string[] = [],
  ): DeletedItem => ({
    kind,
    id: row.id,
    label,
    place,
    deletedAt: deletions.get(row.id)?.at ?? row.deleted_at!,
    deletedBy: deletions.get(row.id)?.user ?? '',
    comesWith,
    includes,
  });
  const items: DeletedItem[] = [
    ...chapters.map((c) => {
      const its = statementsWithChapter.filter((s) => s.chapter_id === c.id);
      const ids = new Set(its.map((s) => s.id));
      const theirActions = actionsWithStatement.filter((a) => ids.has(a.statement_id));
      return item('chapter', c, named(c.code, c.title), '', { statements: its.length, ...countUnder(theirActions) }, [...ids, ...theirActions.map((a) => a.id)]);
    }),
    ...statements
      .filter((s) => !hidden.has(s.id))
      .map((s) => {
        const its = actionsWithStatement.filter((a) => a.statement_id === s.id);
        return item('statement', s, named(s.code, s.text), named(s.chapter_code, s.chapter_title), { statements: 0, ...countUnder(its) }, its.map((a) => a.id));
      }),
    ...actions
      .filter((a) => !hidden.has(a.id))
      .map((a) => item('action', a, named(a.code, a.title), named(a.statement_code, a.statement_text), { statements: 0, actions: 0, indicators: indicatorCounts.get(a.id) ?? 0 })),
    ...indicators.map((i) => item('indicator', i, i.name, named(i.action_code, i.action_title), { statements: 0, actions: 0, indicators: 0 })),
  ];
  return items.sort((x, y) => y.deletedAt.localeCompare(x.deletedAt) || x.label.localeCompare(y.label, 'en', { numeric: true }));
}

interface Piece {
  readonly kind: DeletedKind;
  readonly id: string;
  readonly deletedAt: string | null;
  readonly parent: { readonly kind: DeletedKind; readonly id: string } | null;
  readonly planId: string;
}

async function pieceOf(tx: DbOrTx, kind: DeletedKind, id: string): Promise<Piece> {
  const row =
    kind === 'chapter'
      ? await tx.selectFrom('chapters').select(['id', 'deleted_at', 'plan_id', 'id as parent_id']).where('id', '=', id).executeTakeFirst()
      : kind === 'statement'
        ? await tx
            .selectFrom('policy_statements as s')
            .innerJoin('chapters as c', 'c.id', 's.chapter_id')
            .select(['s.id', 's.deleted_at', 'c.plan_id', 's.chapter_id as parent_id'])
            .where('s.id', '=', id)
            .executeTakeFirst()
        : kind === 'action'
          ? await tx
              .selectFrom('actions as a')
              .innerJoin('policy_statements as s', 's.id', 'a.statement_id')
              .innerJoin('chapters as c', 'c.id', 's.chapter_id')
              .select(['a.id', 'a.deleted_at', 'c.plan_id', 'a.statement_id as parent_id'])
              .where('a.id', '=', id)
              .executeTakeFirst()
          : await tx
              .selectFrom('indicators as i')
              .innerJoin('actions as a', 'a.id', 'i.action_id')
              .innerJoin('policy_statements as s', 's.id', 'a.statement_id')
              .innerJoin('chapters as c', 'c.id', 's.chapter_id')
              .select(['i.id', 'i.deleted_at', 'c.plan_id', 'i.action_id as parent_id'])
              .where('i.id', '=', id)
              .executeTakeFirst();
  if (!row) throw new AppError('not_found', `No ${kind} with id ${id} in this workspace`);
  const parentKind: DeletedKind | null = kind === 'indicator' ? 'action' : kind === 'action' ? 'statement' : kind === 'statement' ? 'chapter' : null;
  return { kind, id: row.id, deletedAt: row.deleted_at, planId: row.plan_id, parent: parentKind ? { kind: parentKind, id: row.parent_id } : null };
}

/**
 * Brings a deleted piece back, with what was deleted with it and its deleted parents, in one transaction and one batch
 * of the history (one undo takes it all back again).
 */
export async function restoreDeleted(db: Db, context: ChangeContext, input: { kind: DeletedKind; id: string }): Promise<RestoreOutcome> {
  return db.transaction().execute(async (tx) => {
    const piece = await pieceOf(tx, input.kind, input.id);
    if (piece.deletedAt === null) throw new AppError('conflict', `This ${input.kind} is not deleted: there is nothing to restore`);
    let restored = 0;
    const bringBack = async (kind: DeletedKind, id: string) => {
      restored += (await updateRow(tx, context, { table: TABLE_OF[kind], id, planId: piece.planId }, { deleted_at: null })).length;
    };
    // Its parents first, so that it has a place: the statement and chapter of an action, the action of an indicator.
    for (let parent = piece.parent; parent; ) {
      const above = await pieceOf(tx, parent.kind, parent.id);
      if (above.deletedAt !== null) await bringBack(above.kind, above.id);
      parent = above.parent;
    }
    await bringBack(piece.kind, piece.id);
    // What was deleted with it: the same batch deleted a chapter's statements and their actions.
    const deletions = await deletionsOf(tx, [piece.id]);
    const batch = deletions.get(piece.id)?.batchId ?? null;
    let firstAction: string | null = piece.kind === 'action' ? piece.id : piece.kind === 'indicator' ? piece.parent!.id : null;
    if (piece.kind === 'chapter' || piece.kind === 'statement') {
      const statementIds =
        piece.kind === 'statement' ? [piece.id] : (await tx.selectFrom('policy_statements').select('id').where('chapter_id', '=', piece.id).execute()).map((s) => s.id);
      const deletedWith = async (ids: readonly { id: string; deleted_at: string | null }[]) => {
        const candidates = ids.filter((row) => row.deleted_at !== null);
        const theirs = await deletionsOf(tx, candidates.map((row) => row.id));
        // With the same batch, or at the same moment when the history does not say.
        return candidates.filter((row) => (batch !== null ? theirs.get(row.id)?.batchId === batch : row.deleted_at === piece.deletedAt)).map((row) => row.id);
      };
      if (piece.kind === 'chapter') {
        const statementRows = await tx.selectFrom('policy_statements').select(['id', 'deleted_at']).where('chapter_id', '=', piece.id).execute();
        for (const id of await deletedWith(statementRows)) await bringBack('statement', id);
      }
      const actionRows = await tx
        .selectFrom('actions')
        .select(['id', 'deleted_at', 'position'])
        .where('statement_id', 'in', statementIds.length > 0 ? statementIds : [''])
        .orderBy('position')
        .execute();
      const actionIds = await deletedWith(actionRows);
      for (const id of actionIds) await bringBack('action', id);
      firstAction = actionIds[0] ?? null;
    }
    return { restored, actionId: firstAction };
  });
}
