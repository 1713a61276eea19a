// What the plan's Overview needs to say where the plan stands, read when the Overview opens and after every change:
// the actions (the list the other views share), the agencies, the indicators with their periods, and the comparison
// with the latest snapshot. The figures come from standing-model.ts.
import { useMemo } from 'react';
import type { PlanRatings, Snapshot } from '../../../shared/domain';
import { DEFAULT_RATING_SETTINGS } from '../../../shared/vocab/ratings';
import { listActions } from '../data/action-list';
import { api, request } from '../data/api';
import { usePlanQuery } from '../data/usePlanQuery';
import { barsByChapter, barsByLeadAgency, changeLines, indicatorStandings, type ChangeLine, type IndicatorStanding, type StandingBar } from './standing-model';

/** How long the Overview stays open before its standing is asked for (ms). */
const STANDING_WAIT_MS = 250;

export interface PlanStanding {
  readonly chapters: readonly StandingBar[];
  readonly agencies: readonly StandingBar[];
  readonly indicators: readonly IndicatorStanding[];
  /** What changed since the latest snapshot; null when the plan has none. */
  readonly changes: { readonly snapshot: Snapshot; readonly lines: readonly ChangeLine[] } | null;
  /** Whether the bars counted the delivery ratings (they are worked out apart, and may come later). */
  readonly rated: boolean;
}

/** The standing, or undefined while it is read; `problem` says why it could not be. */
export function usePlanStanding(planId: string, revision: number, ratings: PlanRatings | undefined): { readonly standing: PlanStanding | undefined; readonly problem: string | null } {
  const loaded = usePlanQuery(async () => {
    const [actions, agencies, indicators, periods, snapshots] = await Promise.all([
      listActions(planId),
      request(api().agencies.list({})),
      request(api().indicators.list({ planId })),
      request(api().plans.periods({ planId })),
      request(api().snapshots.list({ planId })),
    ]);
    const latest = [...snapshots].sort((a, b) => b.takenAt.localeCompare(a.takenAt))[0];
    const comparison = latest ? await request(api().snapshots.compare({ snapshotId: latest.id })) : null;
    return { actions, agencies, indicators, periods, comparison };
    // Asked once the Overview has stayed open a moment: at 10,000 actions these are 10 MB for the worker to send and
    // the window to read, and someone passing through the Overview to another view would wait behind them there.
  }, [planId, revision], { waitMs: STANDING_WAIT_MS });

  const standing = useMemo((): PlanStanding | undefined => {
    const data = loaded.data;
    if (!data) return undefined;
    const ratingOf = new Map((ratings?.actions ?? []).map((a) => [a.actionId, a.rating]));
    const rating = (id: string) => ratingOf.get(id);
    return {
      chapters: barsByChapter(data.actions, rating),
      agencies: barsByLeadAgency(data.actions, data.agencies, rating),
      indicators: indicatorStandings(data.indicators, data.actions, data.periods, ratings?.settings ?? DEFAULT_RATING_SETTINGS),
      changes: data.comparison ? { snapshot: data.comparison.snapshot, lines: changeLines(data.comparison) } : null,
      rated: ratings !== undefined,
    };
  }, [loaded.data, ratings]);
  return { standing, problem: loaded.problem };
}
