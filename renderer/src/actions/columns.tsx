// The actions grid's columns: what each shows, how it sorts, which editor changes it and what that edit saves.
import type { ColDef, ICellRendererParams, ValueGetterParams } from 'ag-grid-community';
import type { ActionGridRow, ActionRating } from '../../../shared/domain';
import { firstMonthOf, lastMonthOf, parseTimelineDate, type Month } from '../../../shared/months';
import { DELIVERY_RATINGS, RATING_LABELS } from '../../../shared/vocab/ratings';
import { FUND_LABELS, FUND_STATUSES, STATUS_LABELS, type FundStatus } from '../../../shared/vocab/status';
import { ActionRatingTag } from '../ratings/RatingMark';
import { ratingExplanation, ratingText } from '../ratings/rating-view';
import { OverdueTag, StatusBadge } from '../ui/Status';
import { formatDateTime, formatEnd, formatTimelineDate } from '../ui/format';
import { fundChoices, fundLabel, STATUS_ORDER, statusChoices, statusKeyOf } from '../ui/status-view';
import { AgencyCellEditor, ChoiceCellEditor, LongTextCellEditor, TextCellEditor, type ChoiceOption, type EditorContext, type TextCheck } from './editors';
import type { GridRow } from './grid-rows';

// Status sits next to the action: the one thing read on every row, visible without scrolling on a laptop; the delivery
// rating beside it, as the judgement on that status.
export const COLUMN_IDS = ['code', 'title', 'status', 'rating', 'indicators', 'baseline', 'target', 'start', 'end', 'lead', 'collaborators', 'fund', 'remarks', 'updated'] as const;
export type ColumnId = (typeof COLUMN_IDS)[number];

export const COLUMN_NAMES: Readonly<Record<ColumnId, string>> = {
  code: 'Code',
  title: 'Action',
  indicators: 'Indicator(s)',
  baseline: 'Baseline',
  target: 'Target',
  start: 'Start',
  end: 'End',
  lead: 'Lead agency',
  collaborators: 'Collaborating',
  fund: 'Fund',
  status: 'Status',
  rating: 'Rating',
  remarks: 'Remarks',
  updated: 'Last changed',
};

/** What an edit of a column saves. */
export type EditTarget =
  | { readonly kind: 'field'; readonly field: 'code' | 'title' | 'start' | 'end' | 'fundStatus' | 'status' | 'remarks' }
  | { readonly kind: 'agencies'; readonly role: 'lead' | 'collaborator' }
  | { readonly kind: 'indicator'; readonly field: 'name' | 'baseline' | 'target' }
  | null;

export const EDIT_TARGETS: Readonly<Record<ColumnId, EditTarget>> = {
  code: { kind: 'field', field: 'code' },
  title: { kind: 'field', field: 'title' },
  indicators: { kind: 'indicator', field: 'name' },
  baseline: { kind: 'indicator', field: 'baseline' },
  target: { kind: 'indicator', field: 'target' },
  start: { kind: 'field', field: 'start' },
  end: { kind: 'field', field: 'end' },
  lead: { kind: 'agencies', role: 'lead' },
  collaborators: { kind: 'agencies', role: 'collaborator' },
  fund: { kind: 'field', field: 'fundStatus' },
  status: { kind: 'field', field: 'status' },
  rating: null,
  remarks: { kind: 'field', field: 'remarks' },
  updated: null,
};

/** The action field a pasted cell of the column goes to (agencies are pasted as text). */
export const PASTE_FIELDS: Readonly<Record<ColumnId, string | null>> = {
  code: 'code',
  title: 'title',
  indicators: null,
  baseline: null,
  target: null,
  start: 'start',
  end: 'end',
  lead: 'leadText',
  collaborators: 'collaboratorsText',
  fund: 'fundStatus',
  status: 'status',
  rating: null,
  remarks: 'remarks',
  updated: null,
};

const actionOf = (row: GridRow | undefined): ActionGridRow | null => (row?.kind === 'action' ? row.action : null);

/** The text a cell shows and an editor starts from: months as "Jan 2018", "2018" or "Continue". */
export function cellText(column: ColumnId, a: ActionGridRow): string {
  switch (column) {
    case 'code':
      return a.code;
    case 'title':
      return a.title;
    case 'indicators':
      return a.indicators.map((i) => i.name).join('; ');
    case 'baseline':
      return a.indicators.map((i) => i.baseline).join('; ');
    case 'target':
      return a.indicators.map((i) => i.target).join('; ');
    case 'start':
      return a.start ? formatTimelineDate(a.start, a.startPrecision) : '';
    case 'end':
      return a.endOpen || a.end ? formatEnd(a.end, a.endOpen, a.endPrecision) : '';
    case 'lead':
      return a.leadText;
    case 'collaborators':
      return a.collaboratorsText;
    case 'fund':
      return a.fundStatus ?? '';
    case 'status':
      return a.status ?? '';
    case 'rating':
      // Not the action's own: the grid's context holds the ratings (ratingColumn).
      return '';
    case 'remarks':
      return a.remarks;
    case 'updated':
      return a.updatedAt;
  }
}

/** The text a pasted or copied cell holds: labels rather than keys; the rating as the cell shows it. */
export function copyText(column: ColumnId, a: ActionGridRow, rating?: ActionRating): string {
  if (column === 'rating') return ratingText(rating);
  if (column === 'fund') return a.fundStatus ? FUND_LABELS[a.fundStatus] : '';
  if (column === 'status') return a.status ? STATUS_LABELS[a.status] : a.statusText;
  if (column === 'updated') return `${formatDateTime(a.updatedAt)}${a.updatedBy ? ` ${a.updatedBy}` : ''}`;
  return cellText(column, a);
}

/** Checks a typed month before it is sent, with the same reading the main process uses. */
function monthCheck(side: 'start' | 'end'): TextCheck {
  return (text, row) => {
    const a = actionOf(row);
    const date = parseTimelineDate(text);
    if (date.kind === 'invalid') return date.reason;
    if (date.kind === 'open' && side === 'start') return 'A start cannot be "Continue"; that is for the end';
    const month: Month | null = (side === 'start' ? firstMonthOf(date) : lastMonthOf(date))?.month ?? null;
    if (!a || !month) return null;
    if (side === 'start' && a.end && !a.endOpen && month > a.end) return `The start would be after the end (${formatTimelineDate(a.end, a.endPrecision)})`;
    if (side === 'end' && a.start && month < a.start) return `The end would be before the start (${formatTimelineDate(a.start, a.startPrecision)})`;
    return null;
  };
}

const notEmpty =
  (what: string): TextCheck =>
  (text) =>
    text.trim() === '' ? `${what} cannot be empty` : null;


function compareMonths(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

const byCode = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

type Params = ICellRendererParams<GridRow, string, EditorContext>;

function StatusCell({ data }: Params) {
  const a = actionOf(data);
  if (!a) return null;
  // The original wording stays one hover away; a mark says there is one worth reading.
  const wording = a.statusText && (!a.status || a.statusText.toLowerCase() !== STATUS_LABELS[a.status].toLowerCase()) ? a.statusText : '';
  return (
    <span className="cell-status" title={wording ? `Recorded as “${wording}”` : undefined}>
      <StatusBadge status={statusKeyOf(a.status)} />
      {wording && (
        <span className="cell-status__wording" aria-label={`recorded as ${wording}`}>
          “…”
        </span>
      )}
    </span>
  );
}

function EndCell({ data }: Params) {
  const a = actionOf(data);
  if (!a) return null;
  return (
    <span className="cell-end">
      <span className={a.endOpen ? 'cell-end__open' : undefined}>{cellText('end', a)}</span>
      {/* The planned end stays; the end that now counts follows it. */}
      {a.revisedEnd && !a.endOpen && a.revisedEnd !== a.end && <span className="cell-end__revised">→ {formatTimelineDate(a.revisedEnd)}</span>}
      {a.overdue && <OverdueTag compact />}
    </span>
  );
}

function FundCell({ data }: Params) {
  const a = actionOf(data);
  if (!a) return null;
  if (!a.fundStatus) return <span className="cell-muted">{a.fundNote || '—'}</span>;
  return (
    <span className={`cell-fund cell-fund--${a.fundStatus}`}>
      {fundLabel(a.fundStatus as FundStatus)}
      {a.fundNote && <span className="cell-fund__note"> · {a.fundNote}</span>}
    </span>
  );
}

function UpdatedCell({ data }: Params) {
  const a = actionOf(data);
  if (!a) return null;
  return (
    <span className="cell-updated">
      <time dateTime={a.updatedAt}>{formatDateTime(a.updatedAt)}</time>
      {a.updatedBy && <span className="cell-updated__who"> · {a.updatedBy}</span>}
    </span>
  );
}

/** What the rating column reads from the grid's context (GridState). */
interface RatingSource {
  rating(actionId: string): ActionRating | undefined;
}

function RatingCell({ data, context }: Params) {
  const a = actionOf(data);
  if (!a) return null;
  const rating = (context as unknown as RatingSource).rating(a.id);
  if (!rating) return <span className="cell-muted">…</span>;
  return <ActionRatingTag rating={rating} />;
}

/** Worst first, as a committee reads them: red, amber, green, completed, not rated. */
function ratingRank(text: string): number {
  const index = DELIVERY_RATINGS.findIndex((r) => text.startsWith(RATING_LABELS[r]));
  return index === -1 ? DELIVERY_RATINGS.length : index;
}

/** The delivery rating: read, not edited here (the override is set in the detail panel, with its reason). */
function ratingColumn(): ColDef<GridRow> {
  const ratingOf = (params: { data?: GridRow; context: unknown }) => {
    const a = actionOf(params.data);
    return a ? (params.context as RatingSource).rating(a.id) : undefined;
  };
  return {
    colId: 'rating',
    headerName: COLUMN_NAMES.rating,
    headerTooltip: 'Delivery rating: computed from the action’s evidence, or the analyst’s override for the period',
    width: 220,
    editable: false,
    valueGetter: (params) => ratingText(ratingOf(params)),
    cellRenderer: RatingCell,
    tooltipValueGetter: (params) => (actionOf(params.data) ? ratingExplanation(ratingOf(params)) : undefined),
    comparator: (a: string, b: string) => ratingRank(a) - ratingRank(b),
  };
}

function valueOf(column: ColumnId) {
  return (params: ValueGetterParams<GridRow>) => {
    const a = actionOf(params.data);
    return a ? cellText(column, a) : '';
  };
}

function tooltipOf(column: ColumnId) {
  return (params: { data?: GridRow }) => {
    const a = actionOf(params.data);
    if (!a) return undefined;
    if (column === 'indicators' || column === 'baseline' || column === 'target') {
      return a.indicators.length > 1 ? a.indicators.map((i) => `${i.name}: ${i.baseline || 'NA'} → ${i.target || 'NA'}`).join('\n') : cellText(column, a) || undefined;
    }
    if (column === 'end' && a.revisedEnd) return `Revised end: ${formatTimelineDate(a.revisedEnd)}`;
    if (column === 'fund') return a.fundNote || undefined;
    const text = cellText(column, a);
    return text.length > 24 ? text : undefined;
  };
}

/** The column definitions, in the default order. */
export function actionColumns(): ColDef<GridRow>[] {
  const text = (column: ColumnId, width: number, extra: Partial<ColDef<GridRow>> = {}): ColDef<GridRow> => ({
    colId: column,
    headerName: COLUMN_NAMES[column],
    width,
    valueGetter: valueOf(column),
    tooltipValueGetter: tooltipOf(column),
    editable: (params) => params.data?.kind === 'action',
    cellEditor: TextCellEditor,
    cellEditorPopup: true,
    cellEditorPopupPosition: 'over',
    cellEditorParams: { label: COLUMN_NAMES[column] },
    ...extra,
  });
  return [
    text('code', 104, {
      pinned: 'left',
      lockPinned: true,
      rowDrag: (params) => params.data?.kind === 'action' && !(params.context as { sorted?: boolean }).sorted,
      comparator: (a: string, b: string) => byCode.compare(a, b),
      cellClass: 'cell-code',
    }),
    text('title', 320, { pinned: 'left', lockPinned: true, cellEditorParams: { label: 'Action title', check: notEmpty('An action’s title') }, cellClass: 'cell-title' }),
    text('status', 150, {
      cellRenderer: StatusCell,
      cellEditor: ChoiceCellEditor,
      cellEditorParams: { label: 'Status', options: statusChoices() satisfies readonly ChoiceOption[] },
      cellEditorPopupPosition: 'under',
      comparator: (a: string, b: string) => STATUS_ORDER.indexOf(statusKeyOf((a || null) as never)) - STATUS_ORDER.indexOf(statusKeyOf((b || null) as never)),
    }),
    ratingColumn(),
    text('indicators', 220, {
      cellEditorParams: { label: 'Indicator name', hint: 'The action’s only indicator; actions with several are edited in the detail panel' },
    }),
    text('baseline', 100, { cellEditorParams: { label: 'Baseline', hint: '“95%”, “500”, “NO”, “57/125”, “NA”…' } }),
    text('target', 100, { cellEditorParams: { label: 'Target', hint: '“98%”, “765”, “YES”, “December 2018”…' } }),
    text('start', 100, {
      cellEditorParams: { label: 'Start', check: monthCheck('start'), hint: '“Jan 2018”, “31/03/2027”, “2018”, “FY 2026-27” or “Q2 FY2026-27”' },
      comparator: (_a, _b, na, nb) => compareMonths(actionOf(na.data)?.start ?? null, actionOf(nb.data)?.start ?? null),
    }),
    text('end', 168, {
      cellRenderer: EndCell,
      cellEditorParams: { label: 'End', check: monthCheck('end'), hint: '“Dec 2020”, “31/03/2027”, “2020”, “FY 2026-27” (June 2027) or “Continue”' },
      comparator: (_a, _b, na, nb) => {
        const a = actionOf(na.data);
        const b = actionOf(nb.data);
        return compareMonths(a?.endOpen ? '9999-12' : (a?.end ?? null), b?.endOpen ? '9999-12' : (b?.end ?? null));
      },
    }),
    text('lead', 150, { cellEditor: AgencyCellEditor, cellEditorParams: { label: 'Lead agency' } }),
    text('collaborators', 170, { cellEditor: AgencyCellEditor, cellEditorParams: { label: 'Collaborating agencies' } }),
    text('fund', 170, {
      cellRenderer: FundCell,
      cellEditor: ChoiceCellEditor,
      cellEditorParams: { label: 'Fund', options: fundChoices() satisfies readonly ChoiceOption[] },
      cellEditorPopupPosition: 'under',
      comparator: (a: string, b: string) => (a === b ? 0 : a === '' ? 1 : b === '' ? -1 : FUND_STATUSES.indexOf(a as FundStatus) - FUND_STATUSES.indexOf(b as FundStatus)),
    }),
    text('remarks', 300, { cellEditor: LongTextCellEditor, cellEditorParams: { label: 'Remarks' }, cellClass: 'cell-remarks' }),
    {
      colId: 'updated',
      headerName: COLUMN_NAMES.updated,
      width: 170,
      valueGetter: valueOf('updated'),
      cellRenderer: UpdatedCell,
      editable: false,
      tooltipValueGetter: (params) => {
        const a = actionOf(params.data);
        return a ? `Last changed ${formatDateTime(a.updatedAt)}${a.updatedBy ? ` by ${a.updatedBy}` : ''}` : undefined;
      },
    },
  ];
}

