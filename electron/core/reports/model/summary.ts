// The executive summary: actions by status, overdue, by chapter and by fund; what starts and ends next quarter,
// and what is not (fully) funded.
import type { ActionGridRow, ReportActionBrief, ReportChapter, ReportModel } from '../../../../shared/domain';
import type { FundStatus } from '../../../../shared/vocab/status';
import { countStatuses, effectiveEnd, isClosed } from './action-briefs';
import type { PackDates } from './pack-dates';

export function summarySection(rows: readonly ActionGridRow[], briefs: readonly ReportActionBrief[], chapters: readonly ReportChapter[], next: PackDates['nextQuarter']): ReportModel['summary'] {
  const inQuarter = (month: string | null) => month !== null && month >= next.start && month <= next.end;
  const byFund: Record<FundStatus | 'unknown', number> = { committed: 0, partially_committed: 0, not_committed: 0, no_budget_required: 0, unknown: 0 };
  for (const row of rows) byFund[row.fundStatus ?? 'unknown'] += 1;
  return {
    total: rows.length,
    byStatus: countStatuses(rows),
    overdue: rows.filter((r) => r.overdue).length,
    byChapter: chapters.map(({ id, code, title, total, byStatus, overdue }) => ({ id, code, title, total, byStatus, overdue })),
    startingNextQuarter: briefs.filter((a) => inQuarter(a.start) && !isClosed(a)),
    endingNextQuarter: briefs.filter((a) => !a.endOpen && inQuarter(effectiveEnd(a)) && !isClosed(a)),
    byFund,
    fundingNotCommitted: briefs.filter((a) => (a.fundStatus === 'not_committed' || a.fundStatus === 'partially_committed') && !isClosed(a)),
  };
}
