// Dates and timelines as the PMU writes them: "Jan 2019", "2019" for a year-only date, "Continue" when open-ended.
import { formatMonth, yearOfMonth, type Month } from '../../../shared/months';
import type { Precision } from '../../../shared/domain';
import { formatMoment, text } from '../language/language';

export function formatTimelineDate(month: Month | null, precision: Precision = 'month'): string {
  if (!month) return '—';
  return precision === 'year' ? String(yearOfMonth(month)) : formatMonth(month);
}

export function formatEnd(month: Month | null, open: boolean, precision: Precision = 'month'): string {
  return open ? text()['common.continue'] : formatTimelineDate(month, precision);
}

/** "14 Mar 2027, 09:30" in the language shown (language/language.ts formats through Intl). */
export function formatDateTime(iso: string): string {
  return formatMoment(iso, 'dayTime');
}

export function formatDate(iso: string): string {
  return formatMoment(iso, 'day');
}

/** A calendar day ("2026-12-07") as "7 December 2026" in the language shown: that day wherever the clock is. */
export function formatDay(day: string): string {
  return formatMoment(`${day}T00:00:00`, 'longDay');
}

export function percent(part: number, whole: number): string {
  return whole === 0 ? '0%' : `${Math.round((part / whole) * 100)}%`;
}
