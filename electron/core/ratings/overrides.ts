// The analyst's word on an action's rating: an override for one reporting period, with a required reason and the
// name of who set it. It holds for its period only: ratings of a later period look up that period's override, so
// an override not renewed lapses by itself. Every change is in the change history (entity "rating_override").
import { randomUUID } from 'node:crypto';
import type { RatingColour, RatingOverride } from '../../../shared/domain';
import { AppError } from '../../../shared/result';
import { RATING_COLOURS } from '../../../shared/vocab/ratings';
import type { Db, DbOrTx } from '../db/schema';
import type { ChangeContext } from '../host/context';
import { recordChanges } from '../history/store';
import { updateRow } from '../history/tracked-update';
import { live } from '../db/live';

export interface OverrideInput {
  readonly actionId: string;
  readonly periodId: string;
  readonly rating: RatingColour;
  readonly reason: string;
}

const MAX_REASON = 2000;

function checkedReason(reason: string): string {
  const text = reason.trim();
  if (text === '') throw new AppError('invalid_input', 'An override needs a reason: say why the rating differs from the computed one', { field: 'reason' });
  if (text.length > MAX_REASON) throw new AppError('invalid_input', `The reason is ${text.length} characters long; keep it under ${MAX_REASON}`, { field: 'reason' });
  return text;
}

/** The action's plan, or a refusal when the action is not a live one of this workspace. */
async function planOfAction(db: DbOrTx, actionId: string): Promise<string> {
  const row = await db
    .selectFrom('actions')
    .innerJoin('policy_statements', 'policy_statements.id', 'actions.statement_id')
    .innerJoin('chapters', 'chapters.id', 'policy_statements.chapter_id')
    .select('chapters.plan_id')
    .where('actions.id', '=', actionId)
    .where(live('actions'))
    .executeTakeFirst();
  if (!row) throw new AppError('not_found', `No action with id ${actionId} in this workspace`, { field: 'actionId' });
  return row.plan_id;
}

async function periodOfPlan(db: DbOrTx, planId: string, periodId: string): Promise<{ id: string; label: string }> {
  const period = await db.selectFrom('reporting_periods').select(['id', 'label', 'plan_id']).where('id', '=', periodId).executeTakeFirst();
  if (!period || period.plan_id !== planId) throw new AppError('not_found', `No reporting period with id ${periodId} in this action's plan`, { field: 'periodId' });
  return period;
}

/** Sets (or changes) the override of an action for a period; all checks come before anything is written. */
export async function setOverride(db: Db, context: ChangeContext, input: OverrideInput): Promise<RatingOverride> {
  if (!RATING_COLOURS.includes(input.rating)) {
    throw new AppError('invalid_input', `"${String(input.rating)}" is not a rating: use red, amber or green`, { field: 'rating' });
  }
  const reason = checkedReason(input.reason);
  const id = await db.transaction().execute(async (tx) => {
    const planId = await planOfAction(tx, input.actionId);
    await periodOfPlan(tx, planId, input.periodId);
    const existing = await tx
      .selectFrom('rating_overrides')
      .select('id')
      .where('action_id', '=', input.actionId)
      .where('period_id', '=', input.periodId)
      .where(live())
      .executeTakeFirst();
    if (existing) {
      await updateRow(tx, context, { table: 'rating_overrides', id: existing.id, planId }, { rating: input.rating, reason, set_by: context.user });
      return existing.id;
    }
    const row = {
      id: randomUUID(),
      plan_id: planId,
      action_id: input.actionId,
      period_id: input.periodId,
      rating: input.rating,
      reason,
      set_by: context.user,
      created_at: context.at,
      updated_at: context.at,
      deleted_at: null,
    };
    await tx.insertInto('rating_overrides').values(row).execute();
    await recordChanges(tx, context, [
      { planId, entity: 'rating_override', entityId: row.id, field: 'created', oldValue: null, newValue: { actionId: row.action_id, periodId: row.period_id, rating: row.rating, reason } },
    ]);
    return row.id;
  });
  const [override] = await listOverrides(db, { id });
  return override!;
}

/** Removes the action's override for the period (softly, in the history); the computed rating shows again. */
export async function clearOverride(db: Db, context: ChangeContext, input: { readonly actionId: string; readonly periodId: string }): Promise<void> {
  await db.transaction().execute(async (tx) => {
    const planId = await planOfAction(tx, input.actionId);
    const period = await periodOfPlan(tx, planId, input.periodId);
    const existing = await tx.selectFrom('rating_overrides').select('id').where('action_id', '=', input.actionId).where('period_id', '=', input.periodId).where(live()).executeTakeFirst();
    if (!existing) throw new AppError('not_found', `This action has no override for ${period.label}`);
    await updateRow(tx, context, { table: 'rating_overrides', id: existing.id, planId }, { deleted_at: context.at });
  });
}

/** Live overrides, by one id or of a plan's period. */
export async function listOverrides(db: DbOrTx, by: { readonly id: string } | { readonly planId: string; readonly periodId: string }): Promise<RatingOverride[]> {
  let query = db
    .selectFrom('rating_overrides')
    .innerJoin('reporting_periods', 'reporting_periods.id', 'rating_overrides.period_id')
    .select(['rating_overrides.id', 'action_id', 'period_id', 'reporting_periods.label', 'rating', 'reason', 'set_by', 'rating_overrides.updated_at'])
    .where(live('rating_overrides'));
  query = 'id' in by ? query.where('rating_overrides.id', '=', by.id) : query.where('rating_overrides.plan_id', '=', by.planId).where('period_id', '=', by.periodId);
  const rows = await query.execute();
  return rows.map((row) => ({
    id: row.id,
    actionId: row.action_id,
    periodId: row.period_id,
    periodLabel: row.label,
    rating: row.rating as RatingColour,
    reason: row.reason,
    setBy: row.set_by,
    setAt: row.updated_at,
  }));
}
