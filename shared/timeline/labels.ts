// How the timeline words dates: the label beside a bar, a timeline in full for the tooltip, slips in months.
import { formatMonth, yearOfMonth, type Month } from '../months';
import type { ActionDates, GroupRow } from './layout';

function monthText(month: Month, yearOnly: boolean): string {
  return yearOnly ? String(yearOfMonth(month)) : formatMonth(month);
}

/** "Jan 2018 – Dec 2020", "2020 – 2021", "Jan 2020 – Continue", "from Jan 2020 (no end)", "No dates". */
export function timelineText(dates: ActionDates): string {
  const start = dates.start === null ? null : monthText(dates.start, dates.startPrecision === 'year');
  const end = dates.endOpen ? 'Continue' : dates.end === null ? null : monthText(dates.end, dates.endPrecision === 'year');
  if (start !== null && end !== null) return `${start} – ${end}`;
  if (start !== null) return `from ${start} (no end)`;
  if (end !== null && !dates.endOpen) return `until ${end} (no start)`;
  return dates.endOpen ? 'Continue (no start)' : 'No dates';
}

/** The timeline in a printed label column: "Jan 2018–Dec 2020", "2020–2021", "Jan 2020–Continue", "from May 2020", "Jan 2019–Jun 2020 (rev. Jan 2023)". */
export function shortTimelineText(dates: ActionDates): string {
  const text = timelineText(dates);
  if (text === 'No dates') return '';
  const short = text.replace(' – ', '–').replace(' (no end)', '').replace(' (no start)', '');
  const revised = !dates.endOpen && dates.revisedEnd !== null && dates.revisedEnd !== dates.end;
  return revised ? `${short} (rev. ${formatMonth(dates.revisedEnd!)})` : short;
}

/** What a bar's label says: where it ends ("Dec 2020", "2021", "Continue"), the revised end where there is one. */
export function endLabel(dates: ActionDates): string {
  if (dates.endOpen) return 'Continue';
  if (dates.revisedEnd !== null && dates.revisedEnd !== dates.end) return `${formatMonth(dates.revisedEnd)} (revised)`;
  if (dates.end === null) return 'no end';
  return monthText(dates.end, dates.endPrecision === 'year');
}

/** "+18 mo", "−3 mo"; '' when unchanged or not comparable. */
export function slipLabel(months: number | null): string {
  if (months === null || months === 0) return '';
  return months > 0 ? `+${months} mo` : `−${-months} mo`;
}

/** "18 months later", "3 months earlier", "unchanged"; for the tooltip. */
export function slipWords(months: number | null): string {
  if (months === null) return 'not comparable (no end then or now)';
  if (months === 0) return 'unchanged';
  const n = Math.abs(months);
  return `${n} month${n === 1 ? '' : 's'} ${months > 0 ? 'later' : 'earlier'}`;
}

/** What a printed group label adds after its title: "(12)", or "(12, 3 overdue)" when folded (its actions unseen). */
export function groupCountText(group: Pick<GroupRow, 'count' | 'overdue' | 'collapsed'>): string {
  const overdue = group.collapsed && group.overdue > 0 ? `, ${group.overdue} overdue` : '';
  return `(${group.count}${overdue})`;
}
