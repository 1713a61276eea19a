// How the builder writes to the import report: entries with their place, and texts cut at the plan format's limits.
import type { ImportField } from '../headers';
import { clip, type ReportEntry, type ReportLog } from '../report';
import { where, type RowRecord } from './row-record';

/** The longest text each kind of cell keeps (the plan format's limits). */
export const LIMITS = { code: 100, chapter: 2000, statement: 5000, title: 5000, indicator: 2000, value: 2000, status: 5000, fund: 5000, remarks: 100_000, timeline: 500, agency: 2000 };

/** A report entry; without a sheet or row it speaks of the whole file. */
export type Note = Omit<ReportEntry, 'sheet' | 'row'> & { sheet?: string | null; row?: number | null };

export function note(log: ReportLog, entry: Note): void {
  log.add({ sheet: entry.sheet ?? null, row: entry.row ?? null, ...entry });
}

/**
 * The text cut at `max` characters, with a doubt in the report when it was longer; `overflow` (an action's unmapped
 * field) then keeps the full text.
 */
export function limited(log: ReportLog, text: string, max: number, what: string, record: RowRecord, field: ImportField, overflow?: Record<string, string>): string {
  if (text.length <= max) return text;
  note(log, { ...where(record, field), severity: 'doubt', topic: 'text', message: `${what} is ${text.length} characters long (more than ${max}); stored cut short${overflow ? ', the full text kept in the unmapped field' : ''}`, read: clip(text, 100) });
  if (overflow) overflow[`${what} (full text)`] = text.slice(0, 100_000);
  return text.slice(0, max);
}
