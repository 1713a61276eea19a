// Overdue actions, and those at risk: due by the end of next quarter but not moving, or slipped since the last
// meeting.
import type { ReportActionBrief, ReportModel } from '../../../../shared/domain';
import { formatMonth } from '../../../../shared/months';
import { effectiveEnd, isClosed } from './action-briefs';
import type { PackDates } from './pack-dates';

export function overdueSection(briefs: readonly ReportActionBrief[]): ReportModel['overdue'] {
  return briefs.filter((a) => a.overdue);
}

export function atRiskSection(briefs: readonly ReportActionBrief[], changes: ReportModel['changes'], next: PackDates['nextQuarter']): ReportModel['atRisk'] {
  const slippedBy = new Map((changes?.slipped ?? []).map((s) => [s.actionId, s.slipMonths]));
  const atRisk: (ReportActionBrief & { reason: string })[] = [];
  for (const action of briefs) {
    if (action.overdue || isClosed(action)) continue;
    const reasons: string[] = [];
    const end = effectiveEnd(action);
    if (!action.endOpen && end !== null && end <= next.end) {
      const due = `Due ${formatMonth(end)}`;
      if (action.status === 'not_started') reasons.push(`${due}, not started`);
      else if (action.status === 'on_hold') reasons.push(`${due}, on hold`);
      else if (action.status === null) reasons.push(`${due}, no status recorded`);
    }
    const slip = slippedBy.get(action.id);
    if (slip !== undefined && slip !== null && slip > 0) reasons.push(`End slipped ${slip} month${slip === 1 ? '' : 's'} since the snapshot`);
    if (reasons.length > 0) atRisk.push({ ...action, reason: reasons.join('; ') });
  }
  return atRisk;
}
