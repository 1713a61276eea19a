// An action's timeline as a snapshot froze it, and how far its end has slipped since: what the timeline's
// ghost bars draw when the PMU compares the plan with a snapshot (typically the last steering committee).
import type { Id, Precision } from '../domain';
import { monthsBetween, type Month } from '../months';

export interface SnapshotActionDates {
  readonly actionId: Id;
  readonly start: Month | null;
  readonly startPrecision: Precision;
  readonly end: Month | null;
  readonly endPrecision: Precision;
  readonly endOpen: boolean;
  readonly revisedEnd: Month | null;
}

export interface TimelineDates {
  readonly start: Month | null;
  readonly end: Month | null;
  readonly endOpen: boolean;
  readonly revisedEnd: Month | null;
}

/** The end that counts: a revised end, where one was recorded, replaces the original. */
export function effectiveEnd(dates: Pick<TimelineDates, 'end' | 'revisedEnd' | 'endOpen'>): Month | null {
  return dates.endOpen ? null : (dates.revisedEnd ?? dates.end);
}

/**
 * Months the end moved since the snapshot: positive when later, negative when earlier, 0 when unchanged.
 * Null when either side has no end to compare (no end, or open-ended), as in the snapshot comparison.
 */
export function slipInMonths(now: TimelineDates, then: TimelineDates): number | null {
  const before = effectiveEnd(then);
  const after = effectiveEnd(now);
  if (before === null || after === null) return null;
  return monthsBetween(before, after);
}
