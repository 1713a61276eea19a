// A plan's delivery ratings as the command line's summary shows them: the counts, the plan's roll-up, and each
// action by its code with its reasons and the analyst's override.
import type { Month } from '../../../shared/months';
import type { DbOrTx } from '../db/schema';
import { actionsOfPlan } from '../plan/actions-of-plan';
import { ratePlan } from './plan-ratings';

export async function planRatingsSummary(db: DbOrTx, planId: string, month: Month) {
  const rated = await ratePlan(db, planId, month);
  const codes = new Map((await actionsOfPlan(db, planId, 'all').select(['actions.id', 'actions.code']).execute()).map((a) => [a.id, a.code]));
  return {
    month: rated.month,
    period: rated.period?.label ?? null,
    counts: rated.plan.counts,
    summary: rated.plan.summary,
    actions: rated.actions.map((a) => ({
      id: a.actionId,
      code: codes.get(a.actionId) ?? '',
      rating: a.rating,
      computed: a.computed,
      reasons: a.findings.map((f) => f.reason),
      override: a.override ? { rating: a.override.rating, reason: a.override.reason, setBy: a.override.setBy, setAt: a.override.setAt } : null,
    })),
  };
}
