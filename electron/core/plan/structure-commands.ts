// Changing the plan's structure: add, duplicate, delete, restore and move actions; add, edit, reorder and
// delete chapters and statements. Deletes are soft (deleted_at) and traced, so they can be undone.
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/result';
import type { Db, DbOrTx } from '../db/schema';
import { recordChanges } from '../history/store';
import type { ChangeContext } from '../host/context';
import { positionAfterLast, positionBetween, updateRow } from '../history/tracked-update';
import { planIdOf, requireAction } from './plan-queries';
import { isLive, live } from '../db/live';
import { nextActionCode, renumberedCodes } from './codes';

type Sibling = { id: string; position: number };

/** The position that puts an item before `beforeId` among `siblings` (or last when beforeId is null). */
function positionBefore(siblings: readonly Sibling[], beforeId: string | null, movingId: string | null): number {
  const others = siblings.filter((s) => s.id !== movingId).sort((a, b) => a.position - b.position);
  if (beforeId === null) return positionBetween(others.at(-1)?.position ?? null, null);
  const index = others.findIndex((s) => s.id === beforeId);
  if (index === -1) throw new AppError('not_found', `The item to place it before (${beforeId}) is not there`);
  return positionBetween(others[index - 1]?.position ?? null, others[index]!.position);
}

async function liveActionsOf(tx: DbOrTx, statementId: string): Promise<Sibling[]> {
  return tx.selectFrom('actions').select(['id', 'position']).where('statement_id', '=', statementId).where(live()).execute();
}

async function requireLive(tx: DbOrTx, table: 'chapters' | 'policy_statements', id: string, what: string) {
  const row = await tx.selectFrom(table).select(['id', 'deleted_at']).where('id', '=', id).executeTakeFirst();
  if (!row || !isLive(row)) throw new AppError('not_found', `No ${what} with id ${id} in this workspace`);
}

export async function createAction(
  db: Db,
  context: ChangeContext,
  input: { statementId: string; afterActionId: string | null; code: string; title: string },
): Promise<string> {
  return db.transaction().execute(async (tx) => {
    await requireLive(tx, 'policy_statements', input.statementId, 'policy statement');
    const siblings = (await liveActionsOf(tx, input.statementId)).sort((a, b) => a.position - b.position);
    // No code given: the next free one of the statement ("5.1.1.4" after 5.1.1.3).
    const statement = await tx.selectFrom('policy_statements').select('code').where('id', '=', input.statementId).executeTakeFirstOrThrow();
    const siblingCodes = await tx.selectFrom('actions').select('code').where('statement_id', '=', input.statementId).where(live()).execute();
    const code = input.code.trim() || nextActionCode(statement.code, siblingCodes.map((s) => s.code));
    let position: number;
    if (input.afterActionId === null) {
      position = positionBetween(siblings.at(-1)?.position ?? null, null);
    } else {
      const index = siblings.findIndex((s) => s.id === input.afterActionId);
      if (index === -1) throw new AppError('not_found', 'The action to add after is not in that statement');
      position = positionBetween(siblings[index]!.position, siblings[index + 1]?.position ?? null);
    }
    const id = randomUUID();
    await tx
      .insertInto('actions')
      .values({ id, statement_id: input.statementId, code, title: input.title, position, created_at: context.at, updated_at: context.at })
      .execute();
    await recordChanges(tx, context, [
      { planId: await planIdOf(tx, 'statement', input.statementId), entity: 'action', entityId: id, field: 'created', oldValue: null, newValue: `${code} ${input.title}`.trim() },
    ]);
    return id;
  });
}

export async function duplicateAction(db: Db, context: ChangeContext, actionId: string): Promise<string> {
  return db.transaction().execute(async (tx) => {
    const source = await requireAction(tx, actionId);
    const siblings = (await liveActionsOf(tx, source.statement_id)).sort((a, b) => a.position - b.position);
    const index = siblings.findIndex((s) => s.id === actionId);
    const id = randomUUID();
    const title = `${source.title} (copy)`;
    await tx
      .insertInto('actions')
      .values({
        ...source,
        id,
        title,
        position: positionBetween(source.position, siblings[index + 1]?.position ?? null),
        created_at: context.at,
        updated_at: context.at,
        deleted_at: null,
      })
      .execute();
    const links = await tx.selectFrom('action_agencies').selectAll().where('action_id', '=', actionId).execute();
    if (links.length > 0) await tx.insertInto('action_agencies').values(links.map((l) => ({ ...l, action_id: id }))).execute();
    const indicators = await tx.selectFrom('indicators').selectAll().where('action_id', '=', actionId).where(live()).execute();
    if (indicators.length > 0) {
      await tx
        .insertInto('indicators')
        .values(indicators.map((i) => ({ ...i, id: randomUUID(), action_id: id, created_at: context.at, updated_at: context.at })))
        .execute();
    }
    await recordChanges(tx, context, [
      { planId: await planIdOf(tx, 'action', actionId), entity: 'action', entityId: id, field: 'created', oldValue: null, newValue: `${source.code} ${title}`.trim() },
    ]);
    return id;
  });
}

export async function setActionDeleted(db: Db, context: ChangeContext, actionId: string, deleted: boolean): Promise<void> {
  await db.transaction().execute(async (tx) => {
    const row = await tx.selectFrom('actions').select(['id', 'deleted_at']).where('id', '=', actionId).executeTakeFirst();
    if (!row) throw new AppError('not_found', `No action with id ${actionId} in this workspace`);
    if (!isLive(row) === deleted) return;
    await updateRow(tx, context, { table: 'actions', id: actionId, planId: await planIdOf(tx, 'action', actionId) }, { deleted_at: deleted ? context.at : null });
  });
}

export async function moveAction(
  db: Db,
  context: ChangeContext,
  input: { actionId: string; statementId: string; beforeActionId: string | null },
): Promise<void> {
  await db.transaction().execute(async (tx) => {
    await requireAction(tx, input.actionId);
    await requireLive(tx, 'policy_statements', input.statementId, 'policy statement');
    const from = await planIdOf(tx, 'action', input.actionId);
    if ((await planIdOf(tx, 'statement', input.statementId)) !== from) {
      throw new AppError('invalid_input', 'An action can only move within its own plan');
    }
    const position = positionBefore(await liveActionsOf(tx, input.statementId), input.beforeActionId, input.actionId);
    await updateRow(tx, context, { table: 'actions', id: input.actionId, planId: from }, { statement_id: input.statementId, position });
  });
}

/**
 * Numbers the actions of each statement 1, 2, 3… in plan order ("5.1.1.1", "5.1.1.2"…), as one change: after a move,
 * the statement it left and the one it joined. Returns the ids of the actions whose code changed.
 */
export async function renumberStatements(db: Db, context: ChangeContext, statementIds: readonly string[]): Promise<string[]> {
  return db.transaction().execute(async (tx) => {
    const changed: string[] = [];
    const plans = new Set(await Promise.all(statementIds.map((id) => planIdOf(tx, 'statement', id))));
    if (plans.size > 1) throw new AppError('invalid_input', 'Statements are renumbered within one plan at a time');
    for (const statementId of new Set(statementIds)) {
      await requireLive(tx, 'policy_statements', statementId, 'policy statement');
      const statement = await tx.selectFrom('policy_statements').select('code').where('id', '=', statementId).executeTakeFirstOrThrow();
      if (statement.code.trim() === '') throw new AppError('invalid_input', 'This policy statement has no code to number its actions from: give it one first');
      const planId = await planIdOf(tx, 'statement', statementId);
      const actions = await tx.selectFrom('actions').select(['id', 'code']).where('statement_id', '=', statementId).where(live()).orderBy('position').execute();
      for (const change of renumberedCodes(statement.code, actions)) {
        await updateRow(tx, context, { table: 'actions', id: change.id, planId }, { code: change.to });
        changed.push(change.id);
      }
    }
    return changed;
  });
}

export async function createChapter(db: Db, context: ChangeContext, input: { planId: string; code: string; title: string }): Promise<string> {
  return db.transaction().execute(async (tx) => {
    const last = await tx.selectFrom('chapters').select((eb) => eb.fn.max('position').as('p')).where('plan_id', '=', input.planId).executeTakeFirst();
    const plan = await tx.selectFrom('plans').select('id').where('id', '=', input.planId).where(live()).executeTakeFirst();
    if (!plan) throw new AppError('not_found', `No plan with id ${input.planId} in this workspace`);
    const id = randomUUID();
    await tx
      .insertInto('chapters')
      .values({ id, plan_id: input.planId, code: input.code, title: input.title, position: positionAfterLast(last?.p), created_at: context.at, updated_at: context.at })
      .execute();
    await recordChanges(tx, context, [{ planId: input.planId, entity: 'chapter', entityId: id, field: 'created', oldValue: null, newValue: `${input.code} ${input.title}`.trim() }]);
    return id;
  });
}

export async function createStatement(db: Db, context: ChangeContext, input: { chapterId: string; code: string; text: string }): Promise<string> {
  return db.transaction().execute(async (tx) => {
    await requireLive(tx, 'chapters', input.chapterId, 'chapter');
    const last = await tx.selectFrom('policy_statements').select((eb) => eb.fn.max('position').as('p')).where('chapter_id', '=', input.chapterId).executeTakeFirst();
    const id = randomUUID();
    await tx
      .insertInto('policy_statements')
      .values({ id, chapter_id: input.chapterId, code: input.code, text: input.text, position: positionAfterLast(last?.p), created_at: context.at, updated_at: context.at })
      .execute();
    await recordChanges(tx, context, [
      { planId: await planIdOf(tx, 'chapter', input.chapterId), entity: 'statement', entityId: id, field: 'created', oldValue: null, newValue: `${input.code} ${input.text}`.trim() },
    ]);
    return id;
  });
}

export async function updateChapter(db: Db, context: ChangeContext, input: { chapterId: string; field: 'code' | 'title'; value: string }): Promise<void> {
  const value = input.value.trim();
  if (input.field === 'title' && value === '') throw new AppError('invalid_input', 'A chapter needs a title');
  await db.transaction().execute(async (tx) => {
    await requireLive(tx, 'chapters', input.chapterId, 'chapter');
    await updateRow(tx, context, { table: 'chapters', id: input.chapterId, planId: await planIdOf(tx, 'chapter', input.chapterId) }, { [input.field]: value });
  });
}

export async function updateStatement(db: Db, context: ChangeContext, input: { statementId: string; field: 'code' | 'text'; value: string }): Promise<void> {
  const value = input.value.trim();
  if (input.field === 'text' && value === '') throw new AppError('invalid_input', 'A policy statement needs its text');
  await db.transaction().execute(async (tx) => {
    await requireLive(tx, 'policy_statements', input.statementId, 'policy statement');
    await updateRow(tx, context, { table: 'policy_statements', id: input.statementId, planId: await planIdOf(tx, 'statement', input.statementId) }, { [input.field]: value });
  });
}

export async function moveChapter(db: Db, context: ChangeContext, input: { chapterId: string; beforeChapterId: string | null }): Promise<void> {
  await db.transaction().execute(async (tx) => {
    await requireLive(tx, 'chapters', input.chapterId, 'chapter');
    const planId = await planIdOf(tx, 'chapter', input.chapterId);
    const siblings = await tx.selectFrom('chapters').select(['id', 'position']).where('plan_id', '=', planId).where(live()).execute();
    await updateRow(tx, context, { table: 'chapters', id: input.chapterId, planId }, { position: positionBefore(siblings, input.beforeChapterId, input.chapterId) });
  });
}

export async function moveStatement(
  db: Db,
  context: ChangeContext,
  input: { statementId: string; chapterId: string; beforeStatementId: string | null },
): Promise<void> {
  await db.transaction().execute(async (tx) => {
    await requireLive(tx, 'policy_statements', input.statementId, 'policy statement');
    await requireLive(tx, 'chapters', input.chapterId, 'chapter');
    const planId = await planIdOf(tx, 'statement', input.statementId);
    if ((await planIdOf(tx, 'chapter', input.chapterId)) !== planId) throw new AppError('invalid_input', 'A statement can only move within its own plan');
    const siblings = await tx.selectFrom('policy_statements').select(['id', 'position']).where('chapter_id', '=', input.chapterId).where(live()).execute();
    await updateRow(tx, context, { table: 'policy_statements', id: input.statementId, planId }, {
      chapter_id: input.chapterId,
      position: positionBefore(siblings, input.beforeStatementId, input.statementId),
    });
  });
}

/** Deletes a chapter or statement with everything under it, each piece traced so one undo restores all. */
export async function deleteBranch(db: Db, context: ChangeContext, input: { kind: 'chapter' | 'statement'; id: string }): Promise<void> {
  await db.transaction().execute(async (tx) => {
    const planId = await planIdOf(tx, input.kind, input.id);
    const statementIds =
      input.kind === 'statement'
        ? [input.id]
        : (await tx.selectFrom('policy_statements').select('id').where('chapter_id', '=', input.id).where(live()).execute()).map((s) => s.id);
    const actionIds = (
      await tx.selectFrom('actions').select('id').where('statement_id', 'in', statementIds.length > 0 ? statementIds : ['']).where(live()).execute()
    ).map((a) => a.id);
    for (const id of actionIds) await updateRow(tx, context, { table: 'actions', id, planId }, { deleted_at: context.at });
    for (const id of statementIds) await updateRow(tx, context, { table: 'policy_statements', id, planId }, { deleted_at: context.at });
    if (input.kind === 'chapter') await updateRow(tx, context, { table: 'chapters', id: input.id, planId }, { deleted_at: context.at });
  });
}
