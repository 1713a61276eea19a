// A proposed change that must be named to be merged, and the command line's words for a conflict between lead
// agencies: what `--accept all` leaves out (core/app/services.ts) and what `exchange receive` prints (cli/).
import type { ProposedChange } from '../domain';

/** A conflict with the plan (changed since sent) or between lead agencies: merged only when named. */
export function inConflict(change: ProposedChange): boolean {
  return change.conflict !== null || (change.rivals?.length ?? 0) > 0;
}

/** "MoIC (MoIC back.xlsx) answered "Completed"": a conflict between lead agencies, in words. */
export function rivalWords(change: ProposedChange): string {
  return `${(change.rivals ?? []).map((r) => `${r.agency} (${r.fileName}) answered "${r.value ?? ''}"`).join('; ')}: both lead this action; name one change id in --accept to keep its value`;
}
