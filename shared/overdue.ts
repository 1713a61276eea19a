// When an action is overdue: its end month has passed and it is not completed (nor dropped).
// A revised end date, where one was recorded, replaces the original end.
import type { Month } from './months';
import type { ImplementationStatus } from './vocab/status';

export interface OverdueInput {
  readonly end: Month | null;
  readonly revisedEnd: Month | null;
  readonly endOpen: boolean;
  readonly status: ImplementationStatus | null;
}

export function isOverdue(action: OverdueInput, currentMonth: Month): boolean {
  if (action.endOpen) return false;
  if (action.status === 'completed' || action.status === 'dropped') return false;
  const end = action.revisedEnd ?? action.end;
  return end !== null && end < currentMonth;
}

/** How long overdue actions have been overdue, as a steering committee reads them: the oldest need a decision. */
export const OVERDUE_AGES = [
  { id: 'under_6', label: 'Overdue by less than 6 months', fromMonths: 0, toMonths: 5 },
  { id: '6_to_12', label: 'Overdue by 6 to 12 months', fromMonths: 6, toMonths: 12 },
  { id: 'over_12', label: 'Overdue by more than 12 months', fromMonths: 13, toMonths: Number.POSITIVE_INFINITY },
] as const;

export type OverdueAge = (typeof OVERDUE_AGES)[number];

/** Overdue actions by age (whole months past their end), each group in the given order; empty groups kept. */
export function overdueByAge<T extends { readonly monthsOverdue: number }>(actions: readonly T[]): { age: OverdueAge; actions: T[] }[] {
  return OVERDUE_AGES.map((age) => ({ age, actions: actions.filter((a) => a.monthsOverdue >= age.fromMonths && a.monthsOverdue <= age.toMonths) }));
}
