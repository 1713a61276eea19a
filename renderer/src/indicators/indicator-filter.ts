// The Actions view's filters (filters/plan-filter.ts) applied to indicators: an indicator is shown when its action
// passes the chapter, lead agency, status, rating, fund, overdue and period filters, and the quick search's words
// all appear in the indicator's own words (its name, values and action's code and title), not the action's remarks.
import type { ActionGridRow, IndicatorGridRow } from '../../../shared/domain';
import { rowMatcher, searchWords, type PlanFilter, type RatingOf } from '../filters/plan-filter';

function wordsOf(row: IndicatorGridRow): string {
  return [row.actionCode, row.actionTitle, row.name, row.baseline.text, row.target.text, row.latestActual?.text ?? '', ...Object.values(row.actuals).map((a) => a.text)]
    .join('\n')
    .toLowerCase();
}

export function indicatorMatcher(filter: PlanFilter, actions: ReadonlyMap<string, ActionGridRow>, ratingOf?: RatingOf): (row: IndicatorGridRow) => boolean {
  const actionMatches = rowMatcher({ ...filter, text: '' }, ratingOf);
  const words = searchWords(filter.text);
  const passed = new Map<string, boolean>();
  return (row) => {
    let actionPassed = passed.get(row.actionId);
    if (actionPassed === undefined) {
      const action = actions.get(row.actionId);
      actionPassed = action !== undefined && actionMatches(action);
      passed.set(row.actionId, actionPassed);
    }
    if (!actionPassed) return false;
    if (words.length === 0) return true;
    const text = wordsOf(row);
    return words.every((w) => text.includes(w));
  };
}
