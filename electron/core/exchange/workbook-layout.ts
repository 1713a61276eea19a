// The layout of an update workbook, shared by the writer and the reader: sheet names, columns, the hidden
// identity sheet. The reader finds columns by the header text of the identity sheet's column list, never by
// position alone, so a workbook written by an older layout is still read by the layout it declares.
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
  | 'baseline'
  | 'target'
  | 'timeline'
  | 'currentStatus'
  | 'status'
  | 'actual'
  | 'narrative'
  | 'newEnd'
  | 'newEndReason'
  | 'support';

export interface UpdateColumn {
  readonly key: UpdateColumnKey;
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

/** Columns of the update sheet, in order (A, B, ...). Widths add up to an A4 landscape page at fit-to-width. */
export function updateColumns(periodLabel: string): readonly UpdateColumn[] {
  return [
    { key: 'actionId', header: 'PlanDesk action id', width: 8, open: false, hidden: true },
    { key: 'indicatorId', header: 'PlanDesk indicator id', width: 8, open: false, hidden: true },
    { key: 'code', header: 'Code', width: 9, open: false },
    { key: 'action', header: 'Action', width: 34, open: false },
    { key: 'indicator', header: 'Indicator', width: 22, open: false },
    { key: 'baseline', header: 'Baseline', width: 10, open: false },
    { key: 'target', header: 'Target', width: 10, open: false },
    { key: 'timeline', header: 'Timeline', width: 13, open: false },
    { key: 'currentStatus', header: 'Current status', width: 11, open: false },
    { key: 'status', header: 'Status now', width: 12, open: true, perAction: true },
    { key: 'actual', header: `Actual value for ${periodLabel}`, width: 12, open: true },
    { key: 'narrative', header: 'Progress in the period', width: 34, open: true, perAction: true },
    { key: 'newEnd', header: 'Proposed new end date', width: 11, open: true, perAction: true },
    { key: 'newEndReason', header: 'Reason for the new end date', width: 20, open: true, perAction: true },
    { key: 'support', header: 'Support needed', width: 20, open: true, perAction: true },
  ];
}

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
