// A calendar day as PlanDesk keeps and exchanges it: the text "YYYY-MM-DD" (a due date, the day a review pack is
// "as of", the days the History is filtered by), which sorts and compares as text. Like a month (shared/months.ts),
// a day is checked by this one test wherever it comes in, and by the database where it is stored
// (migration 2026-12-06-4-periods-and-days-checked).
import { MAX_YEAR, MIN_YEAR } from './months';

export type CalendarDate = string;

/** What a day that fails isCalendarDate is told, after the field's name. */
export const CALENDAR_DATE_RULE = `must be a date written YYYY-MM-DD: a real day, in the years ${MIN_YEAR} to ${MAX_YEAR}`;

/** The one test of a day: "YYYY-MM-DD", a day its month has (no 30 February), in the years 1900 to 2200. */
export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return year >= MIN_YEAR && year <= MAX_YEAR && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "6 December 2026" from YYYY-MM-DD, as the core's messages and the window both write a day. */
export function dayWords(day: CalendarDate): string {
  return new Date(`${day}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** Whole days from one day to another (negative when `to` is earlier): how late a due date is. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / (24 * 3600 * 1000));
}
