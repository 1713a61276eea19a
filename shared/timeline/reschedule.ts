// Rescheduling by dragging a bar: the new start and end for a drag of the whole bar or of one end, and the
// edits (actions:update / actions:paste cells) that save them. An end known only to the year moves by whole
// years and stays year-only; an end cannot cross the other.
import { addMonths, monthsBetween, yearOfMonth, type Month } from '../months';
import type { ActionDates } from './layout';
import { snapToYearEnd, snapToYearStart } from './scale';

/** What is dragged: the whole bar, its start, or its end. */
export type DragHandle = 'move' | 'start' | 'end';

export interface DateEdit {
  readonly field: 'start' | 'end';
  /** As actions:update reads it: "2021-06", or "2021" for a year-only date. */
  readonly value: string;
}

export interface Rescheduled {
  /** The dates as they will be once saved (for drawing the bar while it is dragged). */
  readonly dates: ActionDates;
  /** What to save; empty when nothing changes. */
  readonly edits: readonly DateEdit[];
}

/** Whole months a drag of `dx` pixels moves by. */
export function monthsDragged(dx: number, pxPerMonth: number): number {
  return Math.round(dx / pxPerMonth);
}

/** Which handles a bar offers: no end to drag on an open-ended ("Continue") bar, only the end on an approved plan. */
export function handlesOf(dates: Pick<ActionDates, 'start' | 'end' | 'endOpen' | 'startLocked'>): readonly DragHandle[] {
  if (dates.start === null && (dates.end === null || dates.endOpen)) return [];
  // An approved plan's planned start is its baseline: only the end moves (and becomes a revised end).
  if (dates.startLocked) return dates.endOpen || dates.end === null ? [] : ['end'];
  return dates.endOpen ? ['move', 'start'] : ['move', 'start', 'end'];
}

function valueOf(month: Month, yearOnly: boolean): string {
  return yearOnly ? String(yearOfMonth(month)) : month;
}

/**
 * The dates after dragging `handle` by `months`. A year-only date moves by whole years (rounded). The start stays
 * at or before the end: dragging one end past the other stops at it. A missing end (a stub bar) is set by dragging it.
 */
export function reschedule(dates: ActionDates, handle: DragHandle, months: number): Rescheduled {
  if (!handlesOf(dates).includes(handle)) return { dates, edits: [] };
  const startYearOnly = dates.startPrecision === 'year';
  const endYearOnly = dates.endPrecision === 'year';
  // The bar as drawn: a stub stands on the month it has.
  const shownStart = dates.start ?? (endYearOnly ? snapToYearStart(dates.end!) : dates.end!);
  const shownEnd = dates.endOpen ? null : (dates.end ?? (startYearOnly ? snapToYearEnd(shownStart) : shownStart));
  const byYears = (n: number) => Math.round(n / 12) * 12;

  let start = dates.start;
  let end = dates.end;
  switch (handle) {
    case 'move': {
      const step = (dates.start !== null && startYearOnly) || (dates.end !== null && endYearOnly) ? byYears(months) : months;
      if (dates.start !== null) start = addMonths(dates.start, step);
      if (dates.end !== null && !dates.endOpen) end = addMonths(dates.end, step);
      break;
    }
    case 'start': {
      const yearOnly = dates.start !== null ? startYearOnly : endYearOnly;
      let next = addMonths(shownStart, yearOnly ? byYears(months) : months);
      const limit = shownEnd === null ? null : yearOnly ? snapToYearStart(shownEnd) : shownEnd;
      if (limit !== null && next > limit) next = limit;
      start = next;
      break;
    }
    case 'end': {
      const yearOnly = dates.end !== null ? endYearOnly : startYearOnly;
      let next = addMonths(shownEnd!, yearOnly ? byYears(months) : months);
      const limit = yearOnly ? snapToYearEnd(shownStart) : shownStart;
      if (next < limit) next = limit;
      end = next;
      break;
    }
  }
  const edits: DateEdit[] = [];
  const next: ActionDates = {
    ...dates,
    start,
    end,
    // A stub's new end (or start) takes the precision of the date it grew from.
    startPrecision: dates.start === null && start !== null ? dates.endPrecision : dates.startPrecision,
    endPrecision: dates.end === null && end !== null ? dates.startPrecision : dates.endPrecision,
  };
  if (start !== dates.start && start !== null) edits.push({ field: 'start', value: valueOf(start, next.startPrecision === 'year') });
  if (end !== dates.end && end !== null) edits.push({ field: 'end', value: valueOf(end, next.endPrecision === 'year') });
  return { dates: next, edits };
}

/** "moved 3 months later", "start 1 year earlier": what a drag does, for the tooltip while dragging. */
export function describeDrag(before: ActionDates, after: ActionDates, handle: DragHandle): string {
  const moved = (a: Month | null, b: Month | null) => (a !== null && b !== null ? monthsBetween(a, b) : 0);
  const n = handle === 'end' ? moved(before.end, after.end) : moved(before.start ?? before.end, after.start ?? after.end);
  if (n === 0) return 'unchanged';
  const amount = Math.abs(n) % 12 === 0 ? `${Math.abs(n) / 12} year${Math.abs(n) === 12 ? '' : 's'}` : `${Math.abs(n)} month${Math.abs(n) === 1 ? '' : 's'}`;
  const what = handle === 'move' ? 'moved' : handle === 'start' ? 'start' : 'end';
  return `${what} ${amount} ${n > 0 ? 'later' : 'earlier'}`;
}

/**
 * An action of an approved plan as the timeline draws it: the bar runs to the end that now counts (a revised end
 * replaces the planned one, which the planned bar under it shows), and only its end can be dragged.
 */
export function asApproved<T extends ActionDates>(action: T): T {
  const revised = !action.endOpen && action.revisedEnd !== null;
  return {
    ...action,
    end: revised ? action.revisedEnd : action.end,
    endPrecision: revised ? 'month' : action.endPrecision,
    revisedEnd: null,
    startLocked: action.start !== null,
  };
}

/** The planned dates of actions (start to planned end, no revision): the thin bars under the bars. */
export function plannedDates(action: ActionDates & { readonly id: string }) {
  return {
    actionId: action.id,
    start: action.start,
    startPrecision: action.startPrecision,
    end: action.end,
    endPrecision: action.endPrecision,
    endOpen: action.endOpen,
    revisedEnd: null,
  };
}
