// What an update workbook shows beside each row so that a ministry can answer well: what was reported for an
// earlier period (the indicator's latest actual, the action's latest progress narrative, each with its period),
// how many months the action is overdue, its planned and revised end, and its delivery rating. Shown only: none of
// it is read back, and none of it is part of a row's fingerprint.
import type { DeliveryRating } from '../../../shared/domain';
import { formatMonth, monthsBetween, type Month } from '../../../shared/months';
import { isOverdue } from '../../../shared/overdue';
import type { ImplementationStatus } from '../../../shared/vocab/status';
import type { ActionRow, DbOrTx } from '../db/schema';
import { ratePlan } from '../ratings/plan-ratings';
import type { PeriodRef, PlanNow } from './plan-now';
import type { EarlierReport, RowContext } from './update-workbook';

/** The context rows of one workbook need, read in a few queries for all of its actions. */
export interface PlanContext {
  of(action: ActionRow, indicatorId: string | null): RowContext;
}

function endWords(action: ActionRow): string {
  if (action.end_open === 1) return 'Continue';
  if (!action.end_month) return '';
  return action.end_precision === 'year' ? action.end_month.slice(0, 4) : formatMonth(action.end_month);
}

/** Every live action's delivery rating at `month`, rated once for all the workbooks of a send. */
export async function ratingsAt(db: DbOrTx, planId: string, month: Month): Promise<ReadonlyMap<string, DeliveryRating>> {
  return new Map((await ratePlan(db, planId, month)).actions.map((a) => [a.actionId, a.rating]));
}

/** `month`: the month the workbook is sent in, at which overdue months are counted (and `ratings` were rated). */
export async function loadPlanContext(db: DbOrTx, planId: string, period: PeriodRef, plan: PlanNow, month: Month, ratings: ReadonlyMap<string, DeliveryRating>): Promise<PlanContext> {
  const actionIds = [...plan.actions.keys()];
  // Newest period first: the first text met for an action (or indicator) is its latest one.
  const earlier = await db
    .selectFrom('progress_updates')
    .innerJoin('reporting_periods', 'reporting_periods.id', 'progress_updates.period_id')
    .select(['progress_updates.action_id', 'progress_updates.indicator_id', 'progress_updates.actual_text', 'progress_updates.narrative', 'reporting_periods.label'])
    .where('progress_updates.action_id', 'in', actionIds.length > 0 ? actionIds : [''])
    .where('reporting_periods.plan_id', '=', planId)
    .where('reporting_periods.end_month', '<', period.start)
    .orderBy('reporting_periods.end_month', 'desc')
    .orderBy('reporting_periods.start_month', 'desc')
    .execute();
  const lastActual = new Map<string, EarlierReport>();
  const lastNarrative = new Map<string, EarlierReport>();
  for (const row of earlier) {
    if (row.indicator_id !== null && row.actual_text.trim() !== '' && !lastActual.has(row.indicator_id)) {
      lastActual.set(row.indicator_id, { text: row.actual_text.trim(), period: row.label });
    }
    if (row.indicator_id === null && row.narrative.trim() !== '' && !lastNarrative.has(row.action_id)) {
      lastNarrative.set(row.action_id, { text: row.narrative.trim(), period: row.label });
    }
  }
  return {
    of(action, indicatorId) {
      const overdue = isOverdue(
        { end: action.end_month, revisedEnd: action.revised_end_month, endOpen: action.end_open === 1, status: action.status as ImplementationStatus | null },
        month,
      );
      const rating = ratings.get(action.id) ?? null;
      return {
        lastActual: indicatorId ? (lastActual.get(indicatorId) ?? null) : null,
        lastNarrative: lastNarrative.get(action.id) ?? null,
        plannedEnd: endWords(action),
        revisedEnd: action.revised_end_month ? formatMonth(action.revised_end_month) : '',
        monthsOverdue: overdue ? monthsBetween((action.revised_end_month ?? action.end_month)!, month) : null,
        rating: rating === 'not_rated' ? null : rating,
      };
    },
  };
}
