// Delivery ratings in the pack: each action's rating as at the pack's month (the analyst's override for the period
// over the computed one, with the rules' reasons), and where it stood at the compared meeting's snapshot, for the
// trend (↑ ↓ →). Rated by core/ratings on the plan as recorded: an as-of date in the past changes the month, not the
// plan the rules read.
import type { DeliveryRating, ReportModel } from '../../../../shared/domain';
import type { Month } from '../../../../shared/months';
import type { DbOrTx } from '../../db/schema';
import { ratePlan, ratingsByMeeting } from '../../ratings/plan-ratings';

export async function ratingsSection(
  db: DbOrTx,
  input: { planId: string; month: Month; actionIds: ReadonlySet<string>; snapshotId: string | null; now: Date },
): Promise<ReportModel['ratings']> {
  const rated = await ratePlan(db, input.planId, input.month);
  const meeting = input.snapshotId ? (await ratingsByMeeting(db, input.planId, input.now)).find((m) => m.snapshotId === input.snapshotId) : undefined;
  const byAction: Record<string, ReportModel['ratings']['byAction'][string]> = {};
  for (const action of rated.actions) {
    if (!input.actionIds.has(action.actionId)) continue;
    const before: DeliveryRating | null = meeting?.ratings[action.actionId] ?? null;
    byAction[action.actionId] = {
      rating: action.rating,
      computed: action.computed,
      // "Past its end" is left to the status's own "Overdue N months" mark: said twice, it filled pages of large packs.
      reasons: action.findings.filter((f) => f.rule !== 'past_end').map((f) => f.reason),
      override: action.override ? { reason: action.override.reason, setBy: action.override.setBy } : null,
      before,
    };
  }
  return { period: rated.period?.label ?? null, comparedWith: meeting?.label ?? null, byAction };
}
