// How statuses read on screen: the order they are listed in and their names (in the language shown), "No status"
// for actions whose wording named none. Colours are tokens (styles/tokens.css), keyed by the same names.
import { FUND_STATUSES, IMPLEMENTATION_STATUSES, type FundStatus, type ImplementationStatus, type StatusCounts } from '../../../shared/vocab/status';
import { text } from '../language/language';

export type StatusKey = ImplementationStatus | 'unknown';

/** Progress order: what is done first, what has not moved last. */
export const STATUS_ORDER: readonly StatusKey[] = ['completed', 'ongoing', 'not_started', 'on_hold', 'dropped', 'unknown'];

/** The funding status's name in the language shown. */
export function fundLabel(fund: FundStatus): string {
  return text()[`fund.${fund}`];
}

/** The status's name in the language shown. */
export function statusLabel(status: StatusKey): string {
  return text()[`status.${status}`];
}

export function statusKeyOf(status: ImplementationStatus | null): StatusKey {
  return status ?? 'unknown';
}

export function totalOf(counts: StatusCounts): number {
  return IMPLEMENTATION_STATUSES.reduce((sum, s) => sum + counts[s], counts.unknown);
}

/** The statuses that have at least one action, in progress order. */
export function presentStatuses(counts: StatusCounts): { status: StatusKey; count: number }[] {
  return STATUS_ORDER.map((status) => ({ status, count: counts[status] })).filter((entry) => entry.count > 0);
}

/** The statuses to choose from in an editor, in progress order, then "No status" (''): the grid's cell and the panel. */
export function statusChoices(): { readonly value: string; readonly label: string }[] {
  return [...STATUS_ORDER.filter((s) => s !== 'unknown').map((s) => ({ value: s, label: statusLabel(s) })), { value: '', label: statusLabel('unknown') }];
}

/** The funding statuses to choose from, then "Not recorded" (''). */
export function fundChoices(): { readonly value: string; readonly label: string }[] {
  return [...FUND_STATUSES.map((f) => ({ value: f, label: fundLabel(f) })), { value: '', label: text()['fund.unknown'] }];
}
