// The pack's date: the day it is read as of (the day asked, the end of the chosen period, or today), its month, its
// fiscal year, and the quarter after it.
import type { ReportRequest } from '../../../../shared/contract';
import type { ReportingPeriod } from '../../../../shared/domain';
import { addMonths, fiscalYearOf, monthOfDate, type Month } from '../../../../shared/months';
import { periodsCovering } from '../../../../shared/periods';
import { AppError } from '../../../../shared/result';

export function isoDay(date: Date): string {
  return `${monthOfDate(date)}-${String(date.getDate()).padStart(2, '0')}`;
}

function lastDayOf(month: Month): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(year, monthNumber, 0).getDate()).padStart(2, '0')}`;
}

export interface PackDates {
  readonly period: ReportingPeriod | null;
  /** YYYY-MM-DD. */
  readonly asOf: string;
  readonly asOfMonth: Month;
  /** "FY 2020-21": the pack's period when none was chosen. */
  readonly fiscalYear: string;
  readonly nextQuarter: { readonly label: string; readonly start: Month; readonly end: Month };
}

export function packDates(request: Pick<ReportRequest, 'periodId' | 'asOf'>, periods: readonly ReportingPeriod[], fiscalYearStartMonth: number, now: Date): PackDates {
  const period = request.periodId ? (periods.find((p) => p.id === request.periodId) ?? null) : null;
  if (request.periodId && !period) throw new AppError('not_found', `No reporting period with id ${request.periodId} in this plan`);
  const asOf = request.asOf ?? (period ? lastDayOf(period.end) : isoDay(now));
  const asOfMonth = asOf.slice(0, 7);
  const [quarterNow, nextQuarter] = periodsCovering(asOfMonth, addMonths(asOfMonth, 3), 'quarter', fiscalYearStartMonth);
  const next = nextQuarter ?? quarterNow!;
  const fiscalYear = fiscalYearOf(asOfMonth, fiscalYearStartMonth).label;
  return { period, asOf, asOfMonth, fiscalYear, nextQuarter: { label: next.label, start: next.start, end: next.end } };
}
