// The timeline's span: the bulk of the actions, so that one stray date (a 2013 start, a 2099 end) does not
// squash every bar; actions beyond it are drawn running off the edge.
import type { ActionGridRow, ReportModel } from '../../../../shared/domain';
import type { Month } from '../../../../shared/months';
import { PACK_ACTIONS_ONE_BY_ONE } from '../../../../shared/timeline/pack-rows';
import type { DbOrTx } from '../../db/schema';
import { listSnapshotHeads, snapshotDates } from '../../snapshots/snapshots';
import { effectiveEnd } from './action-briefs';

/** The month at `share` of the sorted list (its last at 1). */
function at(list: readonly string[], share: number): string | null {
  return list[Math.min(list.length - 1, Math.floor(list.length * share))] ?? null;
}

/** The compared snapshot's dates of the actions in scope, for the ghost bars; none above PACK_ACTIONS_ONE_BY_ONE actions. */
export async function timelineGhosts(db: DbOrTx, planId: string, snapshotId: string | null, actionIds: ReadonlySet<string>): Promise<ReportModel['timeline']['snapshot']> {
  if (!snapshotId || actionIds.size > PACK_ACTIONS_ONE_BY_ONE) return null;
  const snapshot = (await listSnapshotHeads(db, planId)).find((s) => s.id === snapshotId);
  if (!snapshot) return null;
  return { name: snapshot.name, dates: (await snapshotDates(db, snapshotId)).filter((d) => actionIds.has(d.actionId)) };
}

export function timelineSection(rows: readonly ActionGridRow[], asOfMonth: Month): Omit<ReportModel['timeline'], 'snapshot'> {
  const starts = rows
    .map((r) => r.start)
    .filter((m): m is string => m !== null)
    .sort();
  // An open-ended action runs to the pack's month.
  const ends = rows
    .map((r) => (r.endOpen ? asOfMonth : effectiveEnd(r)))
    .filter((m): m is string => m !== null)
    .sort();
  return { first: at(starts, 0.03) ?? at(ends, 0), last: at(ends, 0.97) ?? at(starts, 1) };
}
