// How a pack shows an action wherever it lists one: its brief (code, title, dates, status, months overdue),
// counts by status, and the end it is held to.
import type { ActionGridRow, ReportActionBrief } from '../../../../shared/domain';
import { monthsBetween, type Month } from '../../../../shared/months';
import { emptyStatusCounts, type StatusCounts } from '../../../../shared/vocab/status';

export function countStatuses(actions: readonly { status: ActionGridRow['status'] }[]): StatusCounts {
  const counts = emptyStatusCounts();
  for (const action of actions) counts[action.status ?? 'unknown'] += 1;
  return counts;
}

/** The revised end where there is one. */
export function effectiveEnd(action: { end: string | null; revisedEnd: string | null }): string | null {
  return action.revisedEnd ?? action.end;
}

export function isClosed(action: { status: ActionGridRow['status'] }): boolean {
  return action.status === 'completed' || action.status === 'dropped';
}

export function briefOf(row: ActionGridRow, asOfMonth: Month): ReportActionBrief {
  const end = effectiveEnd(row);
  return {
    id: row.id,
    code: row.code,
    title: row.title,
    chapterCode: row.chapterCode,
    leadText: row.leadText,
    status: row.status,
    statusText: row.statusText,
    start: row.start,
    startPrecision: row.startPrecision,
    end: row.end,
    endPrecision: row.endPrecision,
    endOpen: row.endOpen,
    revisedEnd: row.revisedEnd,
    overdue: row.overdue,
    monthsOverdue: row.overdue && end ? monthsBetween(end, asOfMonth) : 0,
    fundStatus: row.fundStatus,
    fundNote: row.fundNote,
  };
}
