// The delivery ratings in the actions grid: the plan's ratings (asked again after every edit, undo and redo; see
// ratings/useRatings.ts) handed to the grid's context, where the Rating column and the rating filter look each
// action up by id, then the rating cells in sight redrawn and, when the filter picks ratings, the rows filtered again.
import { useEffect } from 'react';
import type { PlanFilter } from '../filters/plan-filter';
import { useRatings, type Ratings } from '../ratings/useRatings';
import type { GridState } from './grid-state';
import type { GridRef, Rows } from './useRows';

export function useGridRatings(planId: string, revision: number, gridRef: GridRef, context: GridState, rows: Rows, filter: PlanFilter): Ratings {
  const ratings = useRatings(planId, revision);
  const { byAction } = ratings;
  const { refilter } = rows;
  const filtersRatings = filter.ratings.length > 0;
  useEffect(() => {
    context.setRatings(byAction);
    // Only the rows drawn are redrawn; forced, since an override's reason or author may change with the same words.
    gridRef.current?.refreshCells({ columns: ['rating'], force: true });
    if (filtersRatings) refilter();
  }, [byAction, context, gridRef, refilter, filtersRatings]);
  return ratings;
}
