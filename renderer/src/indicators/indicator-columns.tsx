// The indicators grid's columns: the action and the indicator (pinned left), kind, baseline and target, one
// column per reporting period for the actuals (grouped by fiscal year for halves and quarters), and the latest
// actual, the progress toward the target and the judgement against the straight path to it (pinned right).
import type { ColDef, ColGroupDef, ICellRendererParams, ValueFormatterParams } from 'ag-grid-community';
import type { IndicatorGridRow, IndicatorKind, ReportingPeriod } from '../../../shared/domain';
import { INDICATOR_KINDS } from '../../../shared/indicators';
import { text } from '../language/language';
import { formatMonth } from '../../../shared/months';
import { IndicatorValueEditor } from './IndicatorValueEditor';
import { ProgressMeter } from './ProgressMeter';
import { TrajectoryTag } from './TrajectoryTag';
import type { PathJudgement, TrajectoryJudgement } from '../../../shared/trajectory';

type Column = ColDef<IndicatorGridRow> | ColGroupDef<IndicatorGridRow>;

/** The fields of an indicator edited in the grid, as the contract names them. */
export type EditedCell = { readonly kind: 'field'; readonly field: 'name' | 'kind' | 'baseline' | 'target' } | { readonly kind: 'actual'; readonly periodId: string };

const PERIOD_PREFIX = 'period:';

export function editedCellOf(colId: string): EditedCell | null {
  if (colId.startsWith(PERIOD_PREFIX)) return { kind: 'actual', periodId: colId.slice(PERIOD_PREFIX.length) };
  if (colId === 'name' || colId === 'kind' || colId === 'baseline' || colId === 'target') return { kind: 'field', field: colId };
  return null;
}

const NUMERIC_KINDS: readonly IndicatorKind[] = ['percent', 'number', 'ratio', 'yes_no'];

/** Numbers line up on the right; text and dates read from the left. */
function valueCellClass(row: IndicatorGridRow | undefined): string {
  return row && NUMERIC_KINDS.includes(row.kind) ? 'indicator-value indicator-value--number' : 'indicator-value';
}

function ActionCell({ data }: ICellRendererParams<IndicatorGridRow>) {
  if (!data) return null;
  return (
    <span className="indicator-action" title={text()['indicators.openActionTip'](`${data.actionCode} ${data.actionTitle}`)}>
      <span className="indicator-action__code">{data.actionCode}</span> {data.actionTitle}
    </span>
  );
}

function NameCell({ value }: ICellRendererParams<IndicatorGridRow, string>) {
  return <span className="indicator-name">{value}</span>;
}

function LatestCell({ data, context }: ICellRendererParams<IndicatorGridRow, unknown, IndicatorCellSource>) {
  const latest = data?.latestActual;
  if (!latest) return <span className="indicator-none">—</span>;
  return (
    <span className="indicator-latest">
      <span className="indicator-latest__value">{latest.text}</span>
      <span className="indicator-latest__period">{context.periodLabel(latest.periodId)}</span>
    </span>
  );
}

/** The kind's name in the language shown. */
export function kindLabel(kind: IndicatorKind): string {
  return text()[`indicators.kind.${kind}`];
}

export function progressExplanation(row: IndicatorGridRow): string {
  if (row.kind === 'text' || row.kind === 'date') return text()[`indicators.progressNotComputed.${row.kind}`];
  if (!row.latestActual) return text()['indicators.noActualYet'];
  if (row.latestActual.value === null) return text()['indicators.latestNotAvailable'];
  if (row.target.value === null) return text()['indicators.targetNotMeasurable'];
  return text()['indicators.baselineIsTarget'];
}

function ProgressCell({ data }: ICellRendererParams<IndicatorGridRow>) {
  if (!data) return null;
  if (data.progress === null) {
    return (
      <span className="indicator-none" title={progressExplanation(data)}>
        —<span className="visually-hidden"> {progressExplanation(data)}</span>
      </span>
    );
  }
  return <ProgressMeter progress={data.progress} />;
}

/** What the cell renderers need from the screen: one object for the grid's life, its fields replaced as they change. */
export class IndicatorCellSource {
  private labels: ReadonlyMap<string, string> = new Map();
  /** Empty until the indicators' actions are known. */
  private paths: ReadonlyMap<string, PathJudgement> = new Map();
  update(periods: readonly ReportingPeriod[], paths: ReadonlyMap<string, PathJudgement>): void {
    this.labels = new Map(periods.map((p) => [p.id, p.label]));
    this.paths = paths;
  }
  periodLabel(periodId: string): string {
    return this.labels.get(periodId) ?? '';
  }
  pathOf(indicatorId: string): PathJudgement | undefined {
    return this.paths.get(indicatorId);
  }
}

function PathCell({ data, context }: ICellRendererParams<IndicatorGridRow, unknown, IndicatorCellSource>) {
  const path = data ? context.pathOf(data.id) : undefined;
  if (!path) return null;
  return <TrajectoryTag judgement={path.judgement} behindPoints={path.behindPoints} why={path.gap} />;
}

const JUDGEMENT_ORDER: Readonly<Record<TrajectoryJudgement, number>> = { behind: 0, on_track: 1, no_data: 2 };

function monthSpan(period: ReportingPeriod): string {
  return `${formatMonth(period.start)} – ${formatMonth(period.end)}`;
}

function thisMonth(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
}

function periodColumn(period: ReportingPeriod, headerName: string): ColDef<IndicatorGridRow> {
  const month = thisMonth();
  const current = period.start <= month && month <= period.end;
  return {
    colId: `${PERIOD_PREFIX}${period.id}`,
    headerName,
    headerTooltip: current ? text()['indicators.actualForCurrent'](period.label, monthSpan(period)) : text()['indicators.actualFor'](period.label, monthSpan(period)),
    headerClass: current ? 'period-current' : undefined,
    valueGetter: ({ data }) => data?.actuals[period.id]?.text ?? '',
    editable: true,
    cellEditor: IndicatorValueEditor,
    cellClass: ({ data }) => (current ? `${valueCellClass(data)} period-current-cell` : valueCellClass(data)),
    width: period.kind === 'fiscal_year' ? 98 : 84,
    sortable: false,
  };
}

/** Actuals, one column per period; halves and quarters sit under their fiscal year. */
function actualColumns(periods: readonly ReportingPeriod[]): ColGroupDef<IndicatorGridRow>[] {
  if (periods.length === 0) return [];
  if (periods[0]!.kind === 'fiscal_year') {
    return [{ headerName: text()['indicators.actualsByYear'], groupId: 'actuals', children: periods.map((p) => periodColumn(p, p.label)) }];
  }
  const years = new Map<string, ReportingPeriod[]>();
  for (const period of periods) {
    const year = period.label.replace(/\s+[HQ]\d$/, '');
    years.set(year, [...(years.get(year) ?? []), period]);
  }
  return [...years].map(([year, inYear]) => ({
    headerName: year,
    headerTooltip: text()['indicators.actualsFor'](year),
    groupId: `actuals:${year}`,
    children: inYear.map((p) => periodColumn(p, p.label.slice(year.length).trim())),
  }));
}

function valueColumn(colId: 'baseline' | 'target', headerName: string, width: number): ColDef<IndicatorGridRow> {
  return {
    colId,
    headerName,
    valueGetter: ({ data }) => data?.[colId].text ?? '',
    editable: true,
    cellEditor: IndicatorValueEditor,
    cellClass: ({ data }) => valueCellClass(data),
    tooltipValueGetter: ({ data }) => data?.[colId].text || null,
    width,
  };
}

/**
 * Left: the action, the indicator, its kind and baseline; right: the target, the latest actual and the
 * progress; between them the actuals, which scroll (to the latest periods first).
 */
/** `wide`: a large window, where titles get the room to be read whole. */
export function indicatorColumns(periods: readonly ReportingPeriod[], wide = false): Column[] {
  return [
    {
      colId: 'action',
      headerName: text()['indicators.column.action'],
      headerTooltip: text()['indicators.column.actionTip'],
      valueGetter: ({ data }) => (data ? `${data.actionCode} ${data.actionTitle}` : ''),
      cellRenderer: ActionCell,
      pinned: 'left',
      width: wide ? 300 : 196,
      comparator: (_a, _b, nodeA, nodeB) => compareOrder(nodeA.data, nodeB.data),
    },
    {
      colId: 'name',
      headerName: text()['indicators.column.name'],
      field: 'name',
      pinned: 'left',
      width: wide ? 300 : 220,
      editable: true,
      cellEditor: 'agTextCellEditor',
      cellRenderer: NameCell,
      tooltipField: 'name',
    },
    {
      colId: 'kind',
      headerName: text()['indicators.column.kind'],
      field: 'kind',
      width: 84,
      pinned: 'left',
      editable: true,
      cellEditor: 'agSelectCellEditor',
      cellEditorParams: { values: [...INDICATOR_KINDS] },
      valueFormatter: ({ value }: ValueFormatterParams<IndicatorGridRow, IndicatorKind>) => (value ? kindLabel(value) : ''),
    },
    { ...valueColumn('baseline', text()['indicators.column.baseline'], 86), pinned: 'left' },
    ...actualColumns(periods),
    { ...valueColumn('target', text()['indicators.column.target'], 96), pinned: 'right' },
    {
      colId: 'latest',
      headerName: text()['indicators.column.latest'],
      headerTooltip: text()['indicators.column.latestTip'],
      valueGetter: ({ data }) => data?.latestActual?.text ?? '',
      cellRenderer: LatestCell,
      pinned: 'right',
      width: 122,
      sortable: false,
    },
    {
      colId: 'progress',
      headerName: text()['indicators.column.progress'],
      headerTooltip: text()['indicators.column.progressTip'],
      valueGetter: ({ data }) => data?.progress ?? null,
      cellRenderer: ProgressCell,
      pinned: 'right',
      width: 116,
    },
    {
      colId: 'path',
      headerName: text()['indicators.column.path'],
      headerTooltip: text()['indicators.column.pathTip'],
      valueGetter: ({ data, context }) => (data ? ((context as IndicatorCellSource).pathOf(data.id)?.judgement ?? null) : null),
      comparator: (a: TrajectoryJudgement | null, b: TrajectoryJudgement | null) => (a === null ? 3 : JUDGEMENT_ORDER[a]) - (b === null ? 3 : JUDGEMENT_ORDER[b]),
      cellRenderer: PathCell,
      cellClass: 'grid-last-cell',
      pinned: 'right',
      width: 174,
    },
  ];
}

export function compareOrder(a: IndicatorGridRow | undefined, b: IndicatorGridRow | undefined): number {
  if (!a || !b) return 0;
  for (let i = 0; i < a.order.length; i += 1) {
    const d = a.order[i]! - b.order[i]!;
    if (d !== 0) return d;
  }
  return 0;
}

/** The text a cell shows, as Ctrl+C copies it: the kind by its label, progress as a percentage. */
export function cellCopyText(colId: string, row: IndicatorGridRow): string {
  const cell = editedCellOf(colId);
  if (cell?.kind === 'actual') return row.actuals[cell.periodId]?.text ?? '';
  switch (colId) {
    case 'action':
      return `${row.actionCode} ${row.actionTitle}`;
    case 'kind':
      return kindLabel(row.kind);
    case 'latest':
      return row.latestActual?.text ?? '';
    case 'progress':
      return row.progress === null ? '' : `${Math.round(row.progress * 100)}%`;
    default:
      return editValueOf(colId, row) ?? '';
  }
}

/** The value an edit of the cell starts from, as the workspace reads it (the kind by its key); null: not editable. */
export function editValueOf(colId: string, row: IndicatorGridRow): string | null {
  const cell = editedCellOf(colId);
  if (!cell) return null;
  if (cell.kind === 'actual') return row.actuals[cell.periodId]?.text ?? '';
  if (cell.field === 'baseline' || cell.field === 'target') return row[cell.field].text;
  return row[cell.field];
}
