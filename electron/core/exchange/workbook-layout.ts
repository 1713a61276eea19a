// The layout of an update workbook, shared by the writer and the reader: sheet names, columns, the sign-off block,
// the hidden identity sheet. The reader finds columns by their header text, never by position, so a workbook written
// by an older layout (without the evidence column or the sign-off) is still read by the headers it has.
import { IMPLEMENTATION_STATUSES, STATUS_LABELS, type ImplementationStatus } from '../../../shared/vocab/status';

export const UPDATE_WORKBOOK_FORMAT = 'plandesk.update-workbook/1';

export const SHEETS = {
  instructions: 'Instructions',
  update: 'Update',
  /** Very hidden: Excel and LibreOffice users cannot unhide it from the menu. */
  identity: 'PlanDesk',
} as const;

/** Rows above the data on the update sheet: a title line, then the header. */
export const TITLE_ROW = 1;
export const HEADER_ROW = 2;
export const FIRST_DATA_ROW = 3;

export type UpdateColumnKey =
  | 'actionId'
  | 'indicatorId'
  | 'code'
  | 'action'
  | 'indicator'
  | 'baselineTarget'
  | 'plannedEnd'
  | 'revisedEnd'
  | 'monthsOverdue'
  | 'rating'
  | 'currentStatus'
  | 'lastReported'
  | 'status'
  | 'actual'
  | 'narrative'
  | 'evidence'
  | 'newEnd'
  | 'newEndReason'
  | 'support';

/** Columns of workbooks sent before the last period, the ratings and the evidence were added; still read back. */
export type OlderColumnKey = 'baseline' | 'target' | 'timeline';

export interface UpdateColumn<K extends string = UpdateColumnKey> {
  readonly key: K;
  readonly header: string;
  /** Characters, as Excel measures widths. */
  readonly width: number;
  /** Open for the agency to fill in; every other cell is locked. */
  readonly open: boolean;
  /** Internal ids: kept on the row so that sorting or moving rows cannot lose the match. */
  readonly hidden?: boolean;
  /** Filled once per action (on its first row), not per indicator. */
  readonly perAction?: boolean;
}

/**
 * Columns of the update sheet, in order (A, B, ...). The visible widths add up to 222 characters, as the
 * workbooks before them did (218), so that fit-to-width on A4 landscape keeps the text legible; long texts wrap in tall
 * rows rather than widen the page.
 */
export function updateColumns(periodLabel: string): readonly UpdateColumn[] {
  return [
    { key: 'actionId', header: 'PlanDesk action id', width: 8, open: false, hidden: true },
    { key: 'indicatorId', header: 'PlanDesk indicator id', width: 8, open: false, hidden: true },
    { key: 'code', header: 'Code', width: 8, open: false },
    { key: 'action', header: 'Action', width: 24, open: false },
    { key: 'indicator', header: 'Indicator', width: 17, open: false },
    { key: 'baselineTarget', header: 'Baseline → target', width: 10, open: false },
    { key: 'plannedEnd', header: 'Planned end', width: 8, open: false },
    { key: 'revisedEnd', header: 'Revised end', width: 8, open: false },
    { key: 'monthsOverdue', header: 'Months overdue', width: 8, open: false },
    { key: 'rating', header: 'Delivery rating', width: 10, open: false },
    { key: 'currentStatus', header: 'Current status', width: 11, open: false },
    { key: 'lastReported', header: 'Reported last period', width: 24, open: false },
    { key: 'status', header: 'Status now', width: 10, open: true, perAction: true },
    { key: 'actual', header: `Actual value for ${periodLabel}`, width: 10, open: true },
    { key: 'narrative', header: 'Progress in the period', width: 26, open: true, perAction: true },
    { key: 'evidence', header: 'Evidence (reference or link)', width: 15, open: true },
    { key: 'newEnd', header: 'Proposed new end date', width: 9, open: true, perAction: true },
    { key: 'newEndReason', header: 'Reason for the new end date', width: 12, open: true, perAction: true },
    { key: 'support', header: 'Support needed', width: 12, open: true, perAction: true },
  ];
}

/** Headers only workbooks of the older layout have: read so that their locked cells are still checked. */
export const OLDER_COLUMNS: readonly Pick<UpdateColumn<OlderColumnKey>, 'key' | 'header'>[] = [
  { key: 'baseline', header: 'Baseline' },
  { key: 'target', header: 'Target' },
  { key: 'timeline', header: 'Timeline' },
];

/** What a returned workbook must have to be read: the ids and every column an answer is read from. */
export const COLUMNS_READ: readonly UpdateColumnKey[] = ['actionId', 'indicatorId', 'status', 'actual', 'narrative', 'newEnd', 'newEndReason', 'support'];

/** The longest text taken from a cell: the sheet's own checks say the same, and the reader refuses longer ones. */
export const MAX_TEXT = { narrative: 5000, newEndReason: 1000, support: 1000, actual: 200, evidence: 2000 } as const;

/** The sign-off block of the instructions sheet: a heading in column A, then its three lines (label in A, answer in B). */
export const REPORTED_BY = { heading: 'Reported by', name: 'Name', position: 'Position', date: 'Date' } as const;

export const STATUS_CHOICES: readonly string[] = IMPLEMENTATION_STATUSES.map((s) => STATUS_LABELS[s]);

/** The controlled status a dropdown label (or its key) names, case and spaces aside; null when none. */
export function statusFromChoice(text: string): ImplementationStatus | null {
  const wanted = text.trim().toLowerCase().replace(/[\s_]+/g, ' ');
  return IMPLEMENTATION_STATUSES.find((s) => STATUS_LABELS[s].toLowerCase() === wanted || s.replace('_', ' ') === wanted) ?? null;
}

/** Field names of the identity sheet's key-value block (column A), in order. */
export const IDENTITY_FIELDS = ['format', 'package id', 'plan id', 'plan title', 'agency id', 'agency', 'period id', 'period', 'issued at', 'issued by', 'due date'] as const;
export type IdentityField = (typeof IDENTITY_FIELDS)[number];

/** Header of the identity sheet's row list, below the key-value block and one blank row. */
export const IDENTITY_ROW_HEADER = ['row', 'action id', 'indicator id', 'fingerprint'] as const;

/** Excel column letters of a 1-based column number. */
export function columnLetterOf(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
