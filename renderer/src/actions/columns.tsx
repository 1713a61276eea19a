// The actions grid's columns: what each shows, how it sorts, which editor changes it and what that edit saves.
import type { ColDef, ICellRendererParams, ValueGetterParams } from 'ag-grid-community';
import type { ActionGridRow, ActionRating } from '../../../shared/domain';
import { firstMonthOf, lastMonthOf, parseTimelineDate, type Month } from '../../../shared/months';
import { FUND_LABELS, FUND_STATUSES, STATUS_LABELS, type FundStatus } from '../../../shared/vocab/status';
import { ActionRatingTag } from '../ratings/RatingMark';
import { ratingExplanation, ratingRank, ratingText } from '../ratings/rating-view';
import { OverdueTag, StatusBadge } from '../ui/Status';
import { formatDateTime, formatEnd, formatTimelineDate } from '../ui/format';
import { text as words } from '../language/language';
import { fundChoices, fundLabel, STATUS_ORDER, statusChoices, statusKeyOf } from '../ui/status-view';
import { AgencyCellEditor, ChoiceCellEditor, LongTextCellEditor, TextCellEditor, type ChoiceOption, type EditorContext, type TextCheck } from './editors';
import type { GridRow } from './grid-rows';

// Status sits next to the action: the one thing read on every row, visible without scrolling on a laptop; the delivery
// rating beside it, as the judgement on that status.
export const COLUMN_IDS = ['code', 'title', 'status', 'rating', 'indicators', 'baseline', 'target', 'start', 'end', 'lead', 'collaborators', 'fund', 'remarks', 'updated'] as const;
export type ColumnId = (typeof COLUMN_IDS)[number];

/** The column's name in the language shown: its header, the Columns menu, an exported view's header, a notice's cell. */
export function columnName(column: ColumnId): string {
  return words()[`actions.column.${column}`];
}

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

/**
 * The text a pasted or copied cell holds: labels rather than keys; the rating as the cell shows it. Statuses and funds
 * stay in English, as the workspace reads them back when they are pasted or imported.
 */
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
    if (date.kind === 'open' && side === 'start') return words()['actions.startNotContinue'];
    const month: Month | null = (side === 'start' ? firstMonthOf(date) : lastMonthOf(date))?.month ?? null;
    if (!a || !month) return null;
    if (side === 'start' && a.end && !a.endOpen && month > a.end) return words()['actions.startAfterEnd'](formatTimelineDate(a.end, a.endPrecision));
    if (side === 'end' && a.start && month < a.start) return words()['actions.endBeforeStart'](formatTimelineDate(a.start, a.startPrecision));
    return null;
  };
}

const titleNotEmpty: TextCheck = (text) => (text.trim() === '' ? words()['actions.titleEmpty'] : null);

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
    <span className="cell-status" title={wording ? words()['actions.recordedAs'](wording) : undefined}>
      <StatusBadge status={statusKeyOf(a.status)} />
      {wording && (
        <span className="cell-status__wording" aria-label={words()['actions.recordedAsLabel'](wording)}>
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

/** The delivery rating: read, not edited here (the override is set in the detail panel, with its reason). */
function ratingColumn(): ColDef<GridRow> {
  const ratingOf = (params: { data?: GridRow; context: unknown }) => {
    const a = actionOf(params.data);
    return a ? (params.context as RatingSource).rating(a.id) : undefined;
  };
  return {
    colId: 'rating',
    headerName: columnName('rating'),
    headerTooltip: words()['actions.ratingHeaderTip'],
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
      const na = words()['actions.notAvailable'];
      return a.indicators.length > 1 ? a.indicators.map((i) => `${i.name}: ${i.baseline || na} → ${i.target || na}`).join('\n') : cellText(column, a) || undefined;
    }
    if (column === 'end' && a.revisedEnd) return words()['actions.revisedEndTip'](formatTimelineDate(a.revisedEnd));
    if (column === 'fund') return a.fundNote || undefined;
    const text = cellText(column, a);
    return text.length > 24 ? text : undefined;
  };
}

/** The column definitions, in the default order. */
export function actionColumns(): ColDef<GridRow>[] {
  const text = (column: ColumnId, width: number, extra: Partial<ColDef<GridRow>> = {}): ColDef<GridRow> => ({
    colId: column,
    headerName: columnName(column),
    width,
    valueGetter: valueOf(column),
    tooltipValueGetter: tooltipOf(column),
    editable: (params) => params.data?.kind === 'action',
    cellEditor: TextCellEditor,
    cellEditorPopup: true,
    cellEditorPopupPosition: 'over',
    cellEditorParams: { label: columnName(column) },
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
    text('title', 320, { pinned: 'left', lockPinned: true, cellEditorParams: { label: words()['actions.editTitle'], check: titleNotEmpty }, cellClass: 'cell-title' }),
    text('status', 150, {
      cellRenderer: StatusCell,
      cellEditor: ChoiceCellEditor,
      cellEditorParams: { label: columnName('status'), options: statusChoices() satisfies readonly ChoiceOption[] },
      cellEditorPopupPosition: 'under',
      comparator: (a: string, b: string) => STATUS_ORDER.indexOf(statusKeyOf((a || null) as never)) - STATUS_ORDER.indexOf(statusKeyOf((b || null) as never)),
    }),
    ratingColumn(),
    text('indicators', 220, {
      cellEditorParams: { label: words()['actions.editIndicator'], hint: words()['actions.indicatorHint'] },
    }),
    text('baseline', 100, { cellEditorParams: { label: columnName('baseline'), hint: words()['actions.baselineHint'] } }),
    text('target', 100, { cellEditorParams: { label: columnName('target'), hint: words()['actions.targetHint'] } }),
    text('start', 100, {
      cellEditorParams: { label: columnName('start'), check: monthCheck('start'), hint: words()['actions.startHint'] },
      comparator: (_a, _b, na, nb) => compareMonths(actionOf(na.data)?.start ?? null, actionOf(nb.data)?.start ?? null),
    }),
    text('end', 168, {
      cellRenderer: EndCell,
      cellEditorParams: { label: columnName('end'), check: monthCheck('end'), hint: words()['actions.endHint'] },
      comparator: (_a, _b, na, nb) => {
        const a = actionOf(na.data);
        const b = actionOf(nb.data);
        return compareMonths(a?.endOpen ? '9999-12' : (a?.end ?? null), b?.endOpen ? '9999-12' : (b?.end ?? null));
      },
    }),
    text('lead', 150, { cellEditor: AgencyCellEditor, cellEditorParams: { label: columnName('lead') } }),
    text('collaborators', 170, { cellEditor: AgencyCellEditor, cellEditorParams: { label: words()['actions.collaboratingAgencies'] } }),
    text('fund', 170, {
      cellRenderer: FundCell,
      cellEditor: ChoiceCellEditor,
      cellEditorParams: { label: columnName('fund'), options: fundChoices() satisfies readonly ChoiceOption[] },
      cellEditorPopupPosition: 'under',
      comparator: (a: string, b: string) => (a === b ? 0 : a === '' ? 1 : b === '' ? -1 : FUND_STATUSES.indexOf(a as FundStatus) - FUND_STATUSES.indexOf(b as FundStatus)),
    }),
    text('remarks', 300, { cellEditor: LongTextCellEditor, cellEditorParams: { label: columnName('remarks') }, cellClass: 'cell-remarks' }),
    {
      colId: 'updated',
      headerName: columnName('updated'),
      width: 170,
      valueGetter: valueOf('updated'),
      cellRenderer: UpdatedCell,
      editable: false,
      tooltipValueGetter: (params) => {
        const a = actionOf(params.data);
        if (!a) return undefined;
        return a.updatedBy ? words()['actions.lastChangedByTip'](formatDateTime(a.updatedAt), a.updatedBy) : words()['actions.lastChangedTip'](formatDateTime(a.updatedAt));
      },
    },
  ];
}

