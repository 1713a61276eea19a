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
