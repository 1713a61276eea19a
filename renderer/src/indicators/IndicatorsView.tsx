// The Indicators view: every indicator of the plan with its baseline, target and one actual per reporting
// period, the latest actual, the progress toward the target and whether it is on track against the straight path to
// it. The Actions view's filters (shared with it) keep the indicators of the actions they keep. Cells are edited in
// place; a value the indicator's kind cannot hold is refused at the cell, and every accepted edit is saved at once.
import { useEffect, useMemo, useRef, useState } from 'react';
import { AgGridReact } from 'ag-grid-react';
import { isEdgeKey, moveToEdge } from '../ui/grid-keys';
import type { CellEditRequestEvent, CellFocusedEvent, CellKeyDownEvent, GridApi, GridReadyEvent } from 'ag-grid-community';
import type { AgencyListRow, IndicatorGridRow, ReportingFrequency, ReportingPeriod } from '../../../shared/domain';
import { api, request } from '../data/api';
import { messageOf } from '../data/errors';
import { usePlanQuery } from '../data/usePlanQuery';
import type { ViewProps } from '../app/views';
import { AddIndicatorDialog } from './AddIndicatorDialog';
import { compareOrder, editedCellOf, IndicatorCellSource, indicatorColumns } from './indicator-columns';
import { useIndicatorBlock } from './useIndicatorBlock';
import { indicatorMatcher } from './indicator-filter';
import { listActions } from '../data/action-list';
import { FilterBar } from '../filters/FilterBar';
import { chapterChoicesOf, isFiltering } from '../filters/plan-filter';
import { useRatings } from '../ratings/useRatings';
import { judgeIndicator, type PathJudgement } from '../../../shared/trajectory';
import { DEFAULT_RATING_SETTINGS } from '../../../shared/vocab/ratings';
import { leaveGridOnTab, planDeskGridTheme } from '../ui/grid-setup';
import { formatNumber, text } from '../language/language';
import './indicators.css';

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;
const FREQUENCIES: readonly ReportingFrequency[] = ['fiscal_year', 'half', 'quarter'];

/** The month the plan's fiscal year starts: the start of a full year, a first half or a first quarter. */
function fiscalYearStartOf(periods: readonly ReportingPeriod[]): number {
  const first = periods.find((p) => !/[HQ][2-4]$/.test(p.label));
  return first ? Number(first.start.slice(5, 7)) : 7;
}

interface Notice {
  readonly tone: 'info' | 'problem';
  readonly text: string;
}

const WIDE_WINDOW = '(min-width: 1700px)';
const NO_PERIODS: readonly ReportingPeriod[] = [];
const NO_AGENCIES: readonly AgencyListRow[] = [];

/** Whether the window is wide enough for roomier title columns; follows the window as it is resized. */
function useWideWindow(): boolean {
  const [wide, setWide] = useState(() => window.matchMedia(WIDE_WINDOW).matches);
  useEffect(() => {
    const query = window.matchMedia(WIDE_WINDOW);
    const follow = () => setWide(query.matches);
    query.addEventListener('change', follow);
    return () => query.removeEventListener('change', follow);
  }, []);
  return wide;
}

function withEdit(row: IndicatorGridRow, colId: string, text: string): IndicatorGridRow {
  const cell = editedCellOf(colId);
  if (!cell) return row;
  if (cell.kind === 'actual') return { ...row, actuals: { ...row.actuals, [cell.periodId]: { text, value: null } } };
  if (cell.field === 'baseline' || cell.field === 'target') return { ...row, [cell.field]: { text, value: null } };
  return { ...row, [cell.field]: text };
}

/** The view's keys while no cell is being edited: Home / End and Ctrl+Home / Ctrl+End (ui/grid-keys.ts), Delete and Ctrl+D (the block). */
function isViewKey(event: KeyboardEvent): boolean {
  return isEdgeKey(event) || event.key === 'Delete' || ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'd');
}

const INDICATOR_DEFAULT_COLUMN = {
  resizable: true,
  sortable: true,
  suppressHeaderMenuButton: true,
  suppressKeyboardEvent: (params: { editing: boolean; event: KeyboardEvent }) => !params.editing && isViewKey(params.event),
};

export function IndicatorsView({ planId, revision, filter, onFilterChange, openAction, onPlanChanged }: ViewProps) {
  const loaded = usePlanQuery(async () => {
    const [periods, rows] = await Promise.all([request(api().plans.periods({ planId })), request(api().indicators.list({ planId }))]);
    return { periods, rows };
  }, [planId, revision]);
  const { setData } = loaded;
  const rows = loaded.data?.rows ?? null;
  const periods = loaded.data?.periods ?? NO_PERIODS;
  const problem = loaded.problem;
  const setRows = (change: (current: readonly IndicatorGridRow[]) => readonly IndicatorGridRow[]) =>
    setData((current) => current && { ...current, rows: change(current.rows) });
  const [notice, setNotice] = useState<Notice | null>(null);
  const [focusedRowId, setFocusedRowId] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const grid = useRef<GridApi<IndicatorGridRow> | null>(null);
  const gridArea = useRef<HTMLDivElement>(null);
  const scrolledToNow = useRef(false);

  // The actions, agencies and ratings the filters and the path judgements need: read beside the indicators, the grid
  // does not wait for them.
  const actions = usePlanQuery(() => listActions(planId), [planId, revision]).data;
  const agencies = usePlanQuery(() => request(api().agencies.list({})), [planId, revision]).data ?? NO_AGENCIES;
  const ratings = useRatings(planId, revision);
  const actionById = useMemo(() => new Map((actions ?? []).map((a) => [a.id, a])), [actions]);
  const chapters = useMemo(() => chapterChoicesOf(actions ?? []), [actions]);
  const behindAmberPoints = ratings.plan?.settings.behindAmberPoints ?? DEFAULT_RATING_SETTINGS.behindAmberPoints;
  const paths = useMemo(() => {
    const periodOf = new Map(periods.map((p) => [p.id, p.end]));
    const judged = new Map<string, PathJudgement>();
    if (!actions) return judged;
    for (const row of rows ?? []) judged.set(row.id, judgeIndicator(row, actionById.get(row.actionId), (id) => periodOf.get(id), { behindAmberPoints }));
    return judged;
  }, [rows, periods, actions, actionById, behindAmberPoints]);
  const filtering = isFiltering(filter);
  const ratingsFiltered = filter.ratings.length > 0 ? ratings.byAction : null;
  const shownRows = useMemo(() => {
    if (!rows || !filtering) return rows;
    return rows.filter(indicatorMatcher(filter, actionById, (id) => ratingsFiltered?.get(id)?.rating));
  }, [rows, filter, filtering, actionById, ratingsFiltered]);

  const wide = useWideWindow();
  const [gridReady, setGridReady] = useState(false);
  const columns = useMemo(() => indicatorColumns(periods, wide), [periods, wide]);
  // One context for the grid's life, its cells reading the latest labels and judgements through it: the grid takes a
  // new context prop only when it is ready to, so a refresh right after a new one could still draw the old (CI saw the
  // path column stay empty once). Updated here, then the two columns that read it are drawn again.
  const [context] = useState(() => new IndicatorCellSource());
  useEffect(() => {
    context.update(periods, paths);
    grid.current?.refreshCells({ columns: ['latest', 'path'], force: true });
  }, [context, periods, paths, gridReady]);

  // The latest periods are the ones being reported on: show them first, once per set of periods.
  useEffect(() => {
    const last = periods[periods.length - 1];
    if (!gridReady || !grid.current || !last || scrolledToNow.current) return;
    scrolledToNow.current = true;
    grid.current.ensureColumnVisible(`period:${last.id}`, 'end');
  }, [periods, gridReady]);

  const replaceRow = (next: IndicatorGridRow) => setRows((current) => current.map((r) => (r.id === next.id ? next : r)));
  const block = useIndicatorBlock({
    planId,
    grid,
    area: gridArea,
    replaceRows: (changed) => {
      const byId = new Map(changed.map((r) => [r.id, r]));
      setRows((current) => current.map((r) => byId.get(r.id) ?? r));
    },
    tell: (tone, text) => setNotice({ tone, text }),
  });
  const defaultColumn = useMemo(() => ({ ...INDICATOR_DEFAULT_COLUMN, cellClassRules: block.cells.block.classRules }), [block.cells.block]);

  const saveCell = async (event: CellEditRequestEvent<IndicatorGridRow>) => {
    const row = event.data;
    const colId = event.column.getColId();
    const cell = editedCellOf(colId);
    const value = String(event.newValue ?? '').trim();
    if (!row || !cell || value === String(event.oldValue ?? '').trim()) return;
    const what = event.colDef.headerName ?? text()['indicators.value'];
    replaceRow(withEdit(row, colId, value));
    try {
      const saved =
        cell.kind === 'actual'
          ? await request(api().indicators.setActual({ indicatorId: row.id, periodId: cell.periodId, value }))
          : await request(api().indicators.update({ indicatorId: row.id, field: cell.field, value }));
      replaceRow(saved);
      setNotice(null);
    } catch (error) {
      replaceRow(row);
      setNotice({ tone: 'problem', text: text()['indicators.notSaved'](what, row.name, messageOf(error)) });
    }
  };

  const focusedRow = rows?.find((r) => r.id === focusedRowId) ?? null;

  const deleteFocused = async () => {
    if (!focusedRow) return;
    try {
      await request(api().indicators.delete({ indicatorId: focusedRow.id }));
      setRows((current) => current.filter((r) => r.id !== focusedRow.id));
      setNotice({ tone: 'info', text: text()['indicators.deleted'](focusedRow.name) });
      onPlanChanged();
    } catch (error) {
      setNotice({ tone: 'problem', text: text()['indicators.notDeleted'](focusedRow.name, messageOf(error)) });
    }
  };

  const changeReporting = async (frequency: ReportingFrequency, fiscalYearStartMonth: number) => {
    try {
      const before = periods[0]?.kind ?? 'fiscal_year';
      const recorded = rows?.some((r) => r.latestActual !== null) ?? false;
      const nextPeriods = await request(api().plans.setReporting({ planId, frequency, fiscalYearStartMonth }));
      setData((current) => current && { ...current, periods: nextPeriods });
      scrolledToNow.current = false;
      const nextRows = await request(api().indicators.list({ planId }));
      setRows(() => nextRows);
      setNotice(
        frequency !== before && recorded
          ? {
              tone: 'info',
              text: text()['indicators.reportingChanged'](text()[`indicators.frequencyInSentence.${frequency}`], text()[`indicators.frequencyInSentence.${before}`]),
            }
          : null,
      );
      onPlanChanged();
    } catch (error) {
      setNotice({ tone: 'problem', text: text()['indicators.reportingNotChanged'](messageOf(error)) });
    }
  };

  const indicatorAdded = (row: IndicatorGridRow) => {
    setAdding(false);
    setRows((current) => [...current, row].sort(compareOrder));
    setNotice({ tone: 'info', text: text()['indicators.added'](row.name, row.actionCode) });
    onPlanChanged();
    // Once the grid has the row: put the keyboard on its name.
    setTimeout(() => {
      const node = grid.current?.getRowNode(row.id);
      if (!node || node.rowIndex === null) return;
      grid.current?.ensureIndexVisible(node.rowIndex);
      grid.current?.setFocusedCell(node.rowIndex, 'name');
    }, 50);
  };

  const onCellKeyDown = (event: CellKeyDownEvent<IndicatorGridRow>) => {
    const keyEvent = event.event as KeyboardEvent | null;
    const editing = !grid.current || grid.current.getEditingCells().length > 0;
    if (keyEvent && grid.current && !editing && moveToEdge(grid.current, keyEvent, event.rowIndex)) {
      keyEvent.preventDefault();
      return;
    }
    if (keyEvent && !editing && !keyEvent.altKey && !keyEvent.shiftKey) {
      const ctrl = keyEvent.ctrlKey || keyEvent.metaKey;
      if (keyEvent.key === 'Delete' && !ctrl) {
        keyEvent.preventDefault();
        void block.clearBlock();
        return;
      }
      if (ctrl && keyEvent.key.toLowerCase() === 'd') {
        keyEvent.preventDefault();
        void block.fillDown();
        return;
      }
    }
    if (keyEvent?.key === 'Enter' && event.column.getColId() === 'action' && event.data) openAction(event.data.actionId);
  };

  if (problem) {
    return (
      <div className="screen-message" role="alert">
        <p className="screen-message__title">{text()['indicators.loadFailed']}</p>
        <p>{problem}</p>
      </div>
    );
  }
  if (!rows) return <div className="screen-message muted">{text()['indicators.loading']}</div>;

  const frequency: ReportingFrequency = periods[0]?.kind ?? 'fiscal_year';
  const yearStart = fiscalYearStartOf(periods);
  const shown = shownRows ?? rows;
  const withActual = shown.filter((r) => r.latestActual !== null).length;
  const behind = shown.filter((r) => paths.get(r.id)?.judgement === 'behind').length;

  return (
    <section className="view indicators-view" aria-labelledby="indicators-heading">
      <div className="view-toolbar">
        <div className="view-toolbar__title">
          <h2 id="indicators-heading">{text()['indicators.heading']}</h2>
          <span className="view-toolbar__count" aria-live="polite">
            {filtering ? text()['indicators.countOf'](formatNumber(shown.length), rows.length, formatNumber(rows.length)) : text()['indicators.count'](rows.length, formatNumber(rows.length))}{' '}
            · {text()['indicators.withActual'](formatNumber(withActual))} · {text()['indicators.behindPath'](formatNumber(behind))}
          </span>
        </div>
        <div className="view-toolbar__group">
          <label className="inline-field">
            <span className="inline-field__label">{text()['indicators.reportBy']}</span>
            <select className="select-input" value={frequency} onChange={(event) => void changeReporting(event.target.value as ReportingFrequency, yearStart)}>
              {FREQUENCIES.map((f) => (
                <option key={f} value={f}>
                  {text()[`indicators.frequency.${f}`]}
                </option>
              ))}
            </select>
          </label>
          <label className="inline-field">
            <span className="inline-field__label">{text()['indicators.yearStarts']}</span>
            <select className="select-input" value={yearStart} onChange={(event) => void changeReporting(frequency, Number(event.target.value))}>
              {MONTHS.map((month) => (
                <option key={month} value={month}>
                  {text()[`indicators.month.${month}`]}
                </option>
              ))}
            </select>
          </label>
        </div>
        <div className="view-toolbar__actions">
          <button type="button" className="button" disabled={!focusedRow} onClick={() => focusedRow && openAction(focusedRow.actionId)}>
            {text()['indicators.openAction']}
          </button>
          <button type="button" className="button" disabled={!focusedRow} onClick={() => void deleteFocused()}>
            {text()['indicators.deleteIndicator']}
          </button>
          <button type="button" className="button button--primary" onClick={() => setAdding(true)}>
            {text()['indicators.addIndicator']}
          </button>
        </div>
      </div>
      <div className="indicators-filters">
        <FilterBar filter={filter} onChange={onFilterChange} chapters={chapters} agencies={agencies} subject="indicators" />
      </div>
      <p className="view-hint">{text()['indicators.hint']}</p>
      {notice && (
        <div className={`view-notice view-notice--${notice.tone}`} role={notice.tone === 'problem' ? 'alert' : 'status'}>
          <span>{notice.text}</span>
          <button type="button" className="view-notice__close" aria-label={text()['indicators.dismiss']} onClick={() => setNotice(null)}>
            ×
          </button>
        </div>
      )}
      <div className="view-grid" role="region" aria-label={text()['indicators.gridLabel']} ref={gridArea}>
        <div className="visually-hidden" role="status">
          {block.cells.announcement}
        </div>
        <AgGridReact<IndicatorGridRow>
          theme={planDeskGridTheme}
          rowData={shown as IndicatorGridRow[]}
          columnDefs={columns}
          context={context}
          getRowId={({ data }) => data.id}
          rowHeight={46}
          readOnlyEdit
          invalidEditValueMode="block"
          stopEditingWhenCellsLoseFocus
          enterNavigatesVerticallyAfterEdit
          tabToNextCell={leaveGridOnTab}
          tooltipShowDelay={600}
          defaultColDef={defaultColumn}
          onModelUpdated={block.cells.remeasure}
          onDisplayedColumnsChanged={block.cells.remeasure}
          overlayNoRowsTemplate={rows.length === 0 ? text()['indicators.noneYet'] : text()['indicators.noneMatch']}
          onGridReady={(event: GridReadyEvent<IndicatorGridRow>) => {
            grid.current = event.api;
            setGridReady(true);
          }}
          onCellEditRequest={(event) => void saveCell(event)}
          onCellFocused={(event: CellFocusedEvent<IndicatorGridRow>) => {
            const rowIndex = event.rowIndex;
            const node = rowIndex === null || rowIndex === undefined ? null : event.api.getDisplayedRowAtIndex(rowIndex);
            setFocusedRowId(node?.data?.id ?? null);
          }}
          onCellKeyDown={onCellKeyDown}
          onGridSizeChanged={(event) => {
            const last = periods[periods.length - 1];
            if (last) event.api.ensureColumnVisible(`period:${last.id}`, 'end');
          }}
          onCellDoubleClicked={(event) => {
            if (event.column.getColId() === 'action' && event.data) openAction(event.data.actionId);
          }}
        />
      </div>
      {adding && <AddIndicatorDialog planId={planId} defaultActionId={focusedRow?.actionId ?? null} onAdded={indicatorAdded} onClose={() => setAdding(false)} />}
    </section>
  );
}
