// Dates and timelines as the PMU writes them: "Jan 2019", "2019" for a year-only date, "Continue" when open-ended.
import { formatMonth, yearOfMonth, type Month } from '../../../shared/months';
import type { Precision } from '../../../shared/domain';

export function formatTimelineDate(month: Month | null, precision: Precision = 'month'): string {
  if (!month) return '—';
  return precision === 'year' ? String(yearOfMonth(month)) : formatMonth(month);
}

export function formatEnd(month: Month | null, open: boolean, precision: Precision = 'month'): string {
  return open ? 'Continue' : formatTimelineDate(month, precision);
}

const dateTime = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
const dateOnly = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
}

export function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateOnly.format(date);
}

export function percent(part: number, whole: number): string {
  return whole === 0 ? '0%' : `${Math.round((part / whole) * 100)}%`;
}
