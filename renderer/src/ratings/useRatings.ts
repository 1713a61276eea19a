// A plan's delivery ratings for a view: asked when the view opens, after every edit made in this window (a status
// or a date changed in the grid, an override, an undo: data/plan-edits.ts) and whenever the app reloads (revision).
// Edits in quick succession ask once, after the last (the plan is rated whole, a few hundred ms at 10,000 actions).
import { useMemo } from 'react';
import type { ActionRating, PlanRatings } from '../../../shared/domain';
import { api, request } from '../data/api';
import { useEditCount } from '../data/plan-edits';
import { usePlanQuery } from '../data/usePlanQuery';
import { ratingsByAction } from './rating-view';

export interface Ratings {
  /** The plan's ratings and roll-ups; undefined until the first answer. */
  readonly plan: PlanRatings | undefined;
  /** Each action's rating by its id. */
  readonly byAction: ReadonlyMap<string, ActionRating>;
  /** Why the latest answer failed, for the view to say so in place. */
  readonly problem: string | null;
  readonly reload: () => Promise<void>;
}

export function useRatings(planId: string, revision: number): Ratings {
  const edits = useEditCount();
  const query = usePlanQuery(() => request(api().ratings.plan({ planId })), [planId, revision, edits], { waitMs: edits === 0 ? 0 : 250 });
  const byAction = useMemo(() => ratingsByAction(query.data), [query.data]);
  return { plan: query.data, byAction, problem: query.problem, reload: query.reload };
}
