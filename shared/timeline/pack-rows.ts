// The review pack's timeline rows: every action one by one, or, for a very large scope, one row per policy
// statement (and for the undated list), folded as the Timeline view folds a group: its span, count and overdue.
import { timelineRows, UNDATED_KEY, type TimelineAction, type TimelineRow } from './layout';

/**
 * A scope of more actions than this is drawn one bar per policy statement: 10,000 actions one by one would be some
 * 380 landscape pages that no committee reads, and would take longer to print than the rest of the pack together.
 * The Timeline view prints every action.
 */
export const PACK_ACTIONS_ONE_BY_ONE = 1000;

export function packTimelineRows(actions: readonly TimelineAction[]): { rows: TimelineRow[]; perStatement: boolean } {
  const rows = timelineRows(actions, { grouping: 'plan', collapsed: new Set() });
  if (actions.length <= PACK_ACTIONS_ONE_BY_ONE) return { rows, perStatement: false };
  const folded = new Set(rows.filter((row) => row.kind === 'group' && (row.level === 2 || row.key === UNDATED_KEY)).map((row) => row.key));
  return { rows: timelineRows(actions, { grouping: 'plan', collapsed: folded }), perStatement: true };
}
