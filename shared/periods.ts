// Reporting periods: fiscal years (July–June by default), their halves and quarters.
import type { ReportingFrequency } from './domain';
import { addMonths, fiscalYearOf, monthOf, type Month } from './months';

export interface PeriodSpan {
  readonly kind: ReportingFrequency;
  readonly label: string;
  readonly start: Month;
  readonly end: Month;
}

const MONTHS_PER_PERIOD: Readonly<Record<ReportingFrequency, number>> = { fiscal_year: 12, half: 6, quarter: 3 };

export const FREQUENCY_LABELS: Readonly<Record<ReportingFrequency, string>> = {
  fiscal_year: 'Fiscal years',
  half: 'Half years',
  quarter: 'Quarters',
};

/** Every period of the given kind that overlaps the months from `first` to `last`. */
export function periodsCovering(first: Month, last: Month, kind: ReportingFrequency, fiscalYearStartMonth = 7): PeriodSpan[] {
  const step = MONTHS_PER_PERIOD[kind];
  const periods: PeriodSpan[] = [];
  let start = monthOf(fiscalYearOf(first, fiscalYearStartMonth).startYear, fiscalYearStartMonth);
  while (start <= last) {
    const year = fiscalYearOf(start, fiscalYearStartMonth);
    const yearStart = monthOf(year.startYear, fiscalYearStartMonth);
    for (let i = 0; i < 12 / step; i += 1) {
      const periodStart = addMonths(yearStart, i * step);
      const periodEnd = addMonths(periodStart, step - 1);
      if (periodEnd < first || periodStart > last) continue;
      const suffix = kind === 'fiscal_year' ? '' : kind === 'half' ? ` H${i + 1}` : ` Q${i + 1}`;
      periods.push({ kind, label: `${year.label}${suffix}`, start: periodStart, end: periodEnd });
    }
    start = addMonths(yearStart, 12);
  }
  return periods;
}
