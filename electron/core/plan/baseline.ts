// The plan's baseline. Once a plan is approved (a dated command, in the history), its planned starts and ends are
// the baseline the committee holds ministries to: a later end is recorded as a revised end with its reason, never
// over the planned one, and "Rebaseline" (a command with a reason of its own) is the only way the revised ends
// become the plan. Undo takes back an approval, a revision or a rebaseline like any edit.
import { dayWords, isCalendarDate } from '../../../shared/dates';
import type { Baseline } from '../../../shared/domain';
import { formatMonth, type Month } from '../../../shared/months';
import { AppError } from '../../../shared/result';
import type { Db, DbOrTx, PlanRow } from '../db/schema';
import { live } from '../db/live';
import type { ChangeContext } from '../host/context';
import { updateRow } from '../history/tracked-update';
import { actionsOfPlan } from './actions-of-plan';

/** A reason as long as a remark's first paragraph; one line in the pack and the history. */
export const MAX_REASON_LENGTH = 1_000;

export function baselineOfRow(plan: Pick<PlanRow, 'approved_on' | 'approved_by' | 'rebaselined_on' | 'rebaseline_reason'>): Baseline {
  return { approvedOn: plan.approved_on, approvedBy: plan.approved_by, rebaselinedOn: plan.rebaselined_on, rebaselineReason: plan.rebaseline_reason };
}

export async function baselineOf(tx: DbOrTx, planId: string): Promise<Baseline> {
  const plan = await tx
    .selectFrom('plans')
    .select(['approved_on', 'approved_by', 'rebaselined_on', 'rebaseline_reason'])
    .where('id', '=', planId)
    .where(live())
    .executeTakeFirst();
  if (!plan) throw new AppError('not_found', `No plan with id ${planId}`);
  return baselineOfRow(plan);
}

/** The reason given, trimmed; refused when missing (the details tell the window to ask for one) or too long. */
function checkedReason(reason: string | undefined, what: string): string {
  const text = (reason ?? '').trim();
  if (text === '') throw new AppError('invalid_input', `${what} needs a reason`, { needs: 'reason' });
  if (text.length > MAX_REASON_LENGTH) throw new AppError('invalid_input', `The reason is ${text.length.toLocaleString('en')} characters; at most ${MAX_REASON_LENGTH.toLocaleString('en')}`);
  return text;
}

/** A real calendar day written YYYY-MM-DD, not after `today`. */
function checkedDay(day: string, today: string): string {
  if (!isCalendarDate(day)) throw new AppError('invalid_input', `"${day}" is not a date written YYYY-MM-DD`);
  if (day > today) throw new AppError('invalid_input', `The approval date ${dayWords(day)} is in the future`);
  return day;
}

/** Marks the plan approved on `on` (default: today): from then on its planned dates are the baseline. */
export async function approvePlan(db: Db, context: ChangeContext, input: { planId: string; on?: string | undefined }): Promise<Baseline> {
  const today = context.at.slice(0, 10);
  const on = checkedDay(input.on ?? today, today);
  return db.transaction().execute(async (tx) => {
    const before = await baselineOf(tx, input.planId);
    if (before.approvedOn !== null) {
      throw new AppError('invalid_input', `The plan was already approved on ${dayWords(before.approvedOn)}; to move its baseline, rebaseline it`);
    }
    await updateRow(tx, context, { table: 'plans', id: input.planId, planId: input.planId }, { approved_on: on, approved_by: context.user });
    return baselineOf(tx, input.planId);
  });
}

/**
 * Makes every revised end the planned end, with a reason (one undo step). Refused on a plan that is not approved
 * (its dates are edited directly) and when no action has a revised end (nothing would change).
 */
export async function rebaselinePlan(db: Db, context: ChangeContext, input: { planId: string; reason: string }): Promise<{ readonly actions: number }> {
  const reason = checkedReason(input.reason, 'Rebaselining the plan');
  return db.transaction().execute(async (tx) => {
    const baseline = await baselineOf(tx, input.planId);
    if (baseline.approvedOn === null) throw new AppError('invalid_input', 'The plan is not approved yet: its planned dates are edited directly, no rebaseline is needed');
    const revised = (await actionsOfPlan(tx, input.planId, 'live')
      .select(['actions.id', 'actions.revised_end_month'])
      .where('actions.revised_end_month', 'is not', null)
      .execute()) as { id: string; revised_end_month: string }[];
    if (revised.length === 0) throw new AppError('invalid_input', 'No action has a revised end: the baseline already is the plan');
    for (const action of revised) {
      await updateRow(tx, context, { table: 'actions', id: action.id, planId: input.planId }, {
        end_month: action.revised_end_month,
        end_precision: 'month',
        end_open: 0,
        revised_end_month: null,
        revised_end_reason: '',
      });
    }
    await updateRow(tx, context, { table: 'plans', id: input.planId, planId: input.planId }, { rebaselined_on: context.at.slice(0, 10), rebaseline_reason: reason });
    return { actions: revised.length };
  });
}

/**
 * What an edit of an approved plan's end writes: the planned end stays; a different end is the revised end, with
 * its reason; the planned end itself clears the revision. Null when the plan is a draft (the end is edited as typed).
 */
export function revisedEndColumns(
  baseline: Baseline,
  current: { readonly end: Month | null },
  next: { readonly end: Month | null; readonly open: boolean },
  reason: string | undefined,
): { revised_end_month: Month | null; revised_end_reason: string } | null {
  // A draft plan, or an action that had no planned end yet: the end typed is the plan.
  if (baseline.approvedOn === null || current.end === null) return null;
  const approved = dayWords(baseline.approvedOn);
  if (next.open || next.end === null) {
    throw new AppError('invalid_input', `The plan was approved on ${approved}: an end can be revised to a month or a year, not cleared or made open-ended`);
  }
  if (next.end === current.end) return { revised_end_month: null, revised_end_reason: '' };
  const text = checkedReason(reason, `The plan was approved on ${approved}: the new end (${formatMonth(next.end)}) is recorded as a revised end and`);
  return { revised_end_month: next.end, revised_end_reason: text };
}

/** Refuses a change of an approved plan's planned start (a missing start may still be filled in). */
export function checkStartEditable(baseline: Baseline, current: { readonly start: Month | null }): void {
  if (baseline.approvedOn === null || current.start === null) return;
  throw new AppError(
    'invalid_input',
    `The plan was approved on ${dayWords(baseline.approvedOn)}: its planned start is the baseline. Record the delay in the status and remarks; a later end is recorded as a revised end`,
  );
}
