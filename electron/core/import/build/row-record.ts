// A row of a plan sheet once realigned: its cells by meaning, each with the column it stood in.
import type { ImportField } from '../headers';
import { columnLetter } from '../report';

/** A meaning a cell can take: the header's fields, and the revised end (a third date in a two-date timeline). */
export type RecordField = ImportField | 'revisedEnd';

export interface RowCell {
  readonly text: string;
  /** 0-based column the cell stood in. */
  readonly column: number;
}

export interface RowRecord {
  readonly sheet: string | null;
  /** 0-based. */
  readonly row: number;
  readonly fields: Partial<Record<RecordField, RowCell>>;
  readonly codes: RowCell[];
  readonly unmapped: { header: string; text: string; column: number }[];
}

/** Where a report entry about the row (or one of its cells) points. */
export function where(record: RowRecord, field?: RecordField): { sheet: string | null; row: number; column: string | null } {
  const cell = field ? record.fields[field] : undefined;
  return { sheet: record.sheet, row: record.row + 1, column: cell ? columnLetter(cell.column) : null };
}
