// How the builder writes to the import report: entries with their place, and texts cut at the plan format's limits.
import { UNMAPPED_LIMITS } from '../../planfile/format';
import type { ImportField } from '../headers';
import { clip, columnLetter, type ReportEntry, type ReportLog } from '../report';
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
  if (overflow) putUnmapped(log, record, overflow, `${what} (full text)`, text, null, tallyOf(overflow));
  return text.slice(0, max);
}

/** How many cells an action's unmapped cells are, and how many characters they hold in all. */
export interface UnmappedTally {
  count: number;
  total: number;
}

export function tallyOf(cells: Readonly<Record<string, string>>): UnmappedTally {
  let total = 0;
  let count = 0;
  for (const cell of Object.values(cells)) {
    total += cell.length;
    count += 1;
  }
  return { count, total };
}

/**
 * Puts a cell into an action's unmapped cells within the plan file's caps (UNMAPPED_LIMITS: 1,000 cells, names of
 * 500 characters, 100,000 a cell, 1,000,000 in all), so that the plan's own export imports back; what is cut or left
 * out is said in the report, on the cell. `tally` is what the cells hold now (tallyOf), kept up to date here and
 * kept by the caller across a row's cells, so that the work stays linear in the row's cells.
 */
export function putUnmapped(log: ReportLog, record: RowRecord, cells: Record<string, string>, header: string, text: string, column: number | null, tally: UnmappedTally): void {
  const at = { sheet: record.sheet, row: record.row + 1, column: column === null ? null : columnLetter(column) };
  const name = header.slice(0, UNMAPPED_LIMITS.name);
  if (name.length < header.length) {
    note(log, { ...at, severity: 'doubt', topic: 'text', message: `the column name is ${header.length.toLocaleString('en')} characters long (more than ${UNMAPPED_LIMITS.name}); kept cut short`, read: clip(header, 100) });
  }
  const previous = cells[name];
  if (previous === undefined && tally.count >= UNMAPPED_LIMITS.cells) {
    note(log, { ...at, severity: 'doubt', topic: 'text', message: `the action already keeps ${UNMAPPED_LIMITS.cells.toLocaleString('en')} cells of columns without a meaning; this one not imported`, read: clip(text, 100) });
    return;
  }
  const others = tally.total - (previous?.length ?? 0);
  const room = Math.min(UNMAPPED_LIMITS.cell, UNMAPPED_LIMITS.total - others);
  const inAll = `an action's cells of columns without a meaning hold at most ${UNMAPPED_LIMITS.total.toLocaleString('en')} characters in all`;
  if (room <= 0 && previous === undefined) {
    note(log, { ...at, severity: 'doubt', topic: 'text', message: `${clip(name, 60)}: not imported: ${inAll}`, read: clip(text, 100) });
    return;
  }
  const kept = text.slice(0, Math.max(0, room));
  if (kept.length < text.length) {
    const why = room >= UNMAPPED_LIMITS.cell ? `a cell kept as it is holds at most ${UNMAPPED_LIMITS.cell.toLocaleString('en')} characters` : inAll;
    note(log, { ...at, severity: 'doubt', topic: 'text', message: `${clip(name, 60)}: ${text.length.toLocaleString('en')} characters, cut to ${kept.length.toLocaleString('en')}: ${why}`, read: clip(text, 100) });
  }
  cells[name] = kept;
  tally.total = others + kept.length;
  if (previous === undefined) tally.count += 1;
}
