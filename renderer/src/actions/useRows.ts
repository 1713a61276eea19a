// The Actions view's rows: the plan's actions and the headings they sit under, fetched when the view opens and after
// every change elsewhere (revision), and handed to the grid. The rows live in the grid (getRowId = action id) and
// change by transactions, so an edit in a 10,000-action plan touches one row, not the list. Also here: which rows the
// filter shows, the folded headings, and the rows kept in view though a filter no longer matches them.
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { GridApi, IRowNode } from 'ag-grid-community';
import type { ActionGridRow, AgencyListRow } from '../../../shared/domain';
import type { PlanOutline } from '../../../shared/plan-outline';
import { listActions } from '../data/action-list';
import { api, request } from '../data/api';
import { messageOf } from '../data/errors';
import { isFiltering, prepareSearch, rowMatcher, type PlanFilter } from '../filters/plan-filter';
import type { ColumnId } from './columns';
import type { GridState, ShownCounts } from './grid-state';
import { actionLine, buildGridRows, chapterRowId, statementRowId, type GridRow } from './grid-rows';

export type GridRef = RefObject<GridApi<GridRow> | null>;

interface Loaded {
  readonly tree: PlanOutline;
  readonly actions: readonly ActionGridRow[];
}

/** The rows and the headings they sit under (empty chapters and statements too), fetched side by side. */
async function loadRows(planId: string): Promise<Loaded> {
  const [actions, tree] = await Promise.all([listActions(planId), request(api().plans.outline({ planId }))]);
  return { tree, actions };
}

/** Where the focus goes once the grid shows a row (a new action, a moved one, the action the app asked for). */
export interface FocusWanted {
  readonly rowId: string;
  readonly colId: ColumnId;
  readonly edit: boolean;
}

interface Options {
  readonly planId: string;
  readonly revision: number;
  readonly filter: PlanFilter;
  readonly focusActionId: string | null;
  readonly gridRef: GridRef;
  readonly context: GridState;
}

/** How many shown actions sit under each chapter and statement. */
function shownCountsOf(actions: ReadonlyMap<string, ActionGridRow>, shown: ReadonlySet<string>): ShownCounts {
  const chapters = new Map<string, number>();
  const statements = new Map<string, number>();
  for (const id of shown) {
    const action = actions.get(id);
    if (!action) continue;
    chapters.set(action.chapterId, (chapters.get(action.chapterId) ?? 0) + 1);
    statements.set(action.statementId, (statements.get(action.statementId) ?? 0) + 1);
  }
  return { chapters, statements };
}

function headingNodes(gridApi: GridApi<GridRow>): IRowNode<GridRow>[] {
  const nodes: IRowNode<GridRow>[] = [];
  gridApi.forEachNode((node) => {
    if (node.data && node.data.kind !== 'action') nodes.push(node);
  });
  return nodes;
}

export function useRows({ planId, revision, filter, focusActionId, gridRef, context }: Options) {
  const model = useRef<{ tree: PlanOutline; actions: Map<string, ActionGridRow> } | null>(null);
  const [tree, setTree] = useState<PlanOutline | null>(null);
  const [agencies, setAgencies] = useState<readonly AgencyListRow[]>([]);
  const [loadProblem, setLoadProblem] = useState<string | null>(null);
  const [focusedRow, setFocusedRow] = useState<ActionGridRow | null>(null);
  const [counts, setCounts] = useState({ shown: 0, total: 0 });
  const collapsed = useRef(new Set<string>());
  // Rows kept in view while a filter is on though they no longer match (just edited or added): nothing vanishes under the cursor.
  const shownAnyway = useRef(new Set<string>());
  const matching = useRef<{ actions: Set<string>; statements: Set<string>; chapters: Set<string> } | null>(null);
  const filterRef = useRef(filter);
  const pendingFocus = useRef<FocusWanted | null>(focusActionId ? { rowId: focusActionId, colId: 'title', edit: false } : null);

  const actionOf = useCallback((id: string): ActionGridRow | undefined => model.current?.actions.get(id), []);
  const outline = useCallback((): PlanOutline | null => model.current?.tree ?? null, []);

  const orderedActions = useCallback((statementId: string): ActionGridRow[] => {
    const list: ActionGridRow[] = [];
    for (const a of model.current?.actions.values() ?? []) if (a.statementId === statementId) list.push(a);
    return list.sort((x, y) => x.order[2] - y.order[2]);
  }, []);

  /** Works out which rows the filter shows, then lets the grid re-filter. */
  const refilter = useCallback(() => {
    const m = model.current;
    if (!m) return;
    const current = filterRef.current;
    if (isFiltering(current)) {
      const matches = rowMatcher(current, (id) => context.rating(id)?.rating);
      const found = { actions: new Set<string>(), statements: new Set<string>(), chapters: new Set<string>() };
      for (const a of m.actions.values()) {
        if (matches(a) || shownAnyway.current.has(a.id)) {
          found.actions.add(a.id);
          found.statements.add(a.statementId);
          found.chapters.add(a.chapterId);
        }
      }
      matching.current = found;
      setCounts({ shown: found.actions.size, total: m.actions.size });
    } else {
      matching.current = null;
      setCounts({ shown: m.actions.size, total: m.actions.size });
    }
    const wasFiltered = context.shownCounts !== null;
    context.setShownCounts(matching.current && shownCountsOf(m.actions, matching.current.actions));
    const gridApi = gridRef.current;
    gridApi?.onFilterChanged();
    // The headings say "6 of 10 actions" while a filter is on: redraw them (a few hundred rows at most) when it changed.
    if (gridApi && (wasFiltered || matching.current)) gridApi.redrawRows({ rowNodes: headingNodes(gridApi) });
  }, [gridRef, context]);

  const focusPending = useCallback(() => {
    const gridApi = gridRef.current;
    const wanted = pendingFocus.current;
    if (!gridApi || !wanted) return;
    const node = gridApi.getRowNode(wanted.rowId);
    if (!node) return;
    pendingFocus.current = null;
    if (node.rowIndex === null) return;
    gridApi.ensureNodeVisible(node, 'middle');
    gridApi.setFocusedCell(node.rowIndex, wanted.colId);
    if (!wanted.edit) return;
    // Once the grid has redrawn the new rows (it puts the focus back on the cell when it does), open the editor.
    const rowIndex = node.rowIndex;
    window.requestAnimationFrame(() => window.requestAnimationFrame(() => gridApi.startEditingCell({ rowIndex, colKey: wanted.colId })));
  }, [gridRef]);

  /** Rebuilds the rows from the model (after a structure change); the grid keeps what did not change. */
  const showModel = useCallback(() => {
    const m = model.current;
    const gridApi = gridRef.current;
    if (!m || !gridApi) return;
    gridApi.setGridOption('rowData', buildGridRows(m.tree, [...m.actions.values()]));
    refilter();
    focusPending();
  }, [gridRef, refilter, focusPending]);

  /** One action changed: replace its row only. */
  const applyRow = useCallback(
    (row: ActionGridRow) => {
      const m = model.current;
      if (!m) return;
      m.actions.set(row.id, row);
      if (matching.current) shownAnyway.current.add(row.id);
      const gridApi = gridRef.current;
      const node = gridApi?.getRowNode(row.id);
      // In plan order the row stays where it is: its node takes the new data and redraws every cell, without the
      // transaction's pass of the filter over every row (the filter keeps an edited row in view anyway).
      if (node && !context.sorted) node.setData(actionLine(row));
      else {
        // A sort may move it. The transaction redraws only cells whose value changed: those that show more than
        // their value (the overdue mark beside the end) are redrawn too.
        gridApi?.applyTransaction({ update: [actionLine(row)] });
        if (node) gridApi?.refreshCells({ rowNodes: [node], columns: ['end', 'status'], force: true });
      }
      setFocusedRow((current) => (current?.id === row.id ? row : current));
    },
    [gridRef, context],
  );

  /** A new or moved action: shown (its headings unfolded, kept in view by the filter) and focused. */
  const placeRow = useCallback(
    (row: ActionGridRow, focus: Omit<FocusWanted, 'rowId'>) => {
      const m = model.current;
      if (!m) return;
      m.actions.set(row.id, row);
      shownAnyway.current.add(row.id);
      collapsed.current.delete(chapterRowId(row.chapterId));
      collapsed.current.delete(statementRowId(row.statementId));
      pendingFocus.current = { rowId: row.id, ...focus };
      showModel();
    },
    [showModel],
  );

  const removeRow = useCallback(
    (actionId: string) => {
      model.current?.actions.delete(actionId);
      showModel();
    },
    [showModel],
  );

  /** Where the focus goes once the rows are next shown (a heading after a structure edit reloads them). */
  const focusLater = useCallback((wanted: FocusWanted) => {
    pendingFocus.current = wanted;
  }, []);

  const stopPreparing = useRef<() => void>(() => undefined);
  useEffect(() => () => stopPreparing.current(), []);

  const showLoaded = useCallback(
    ({ tree: loadedTree, actions }: Loaded) => {
      model.current = { tree: loadedTree, actions: new Map(actions.map((a) => [a.id, a])) };
      stopPreparing.current();
      stopPreparing.current = prepareSearch(actions);
      // The values are fresh from the workspace: earlier refusals no longer describe them.
      context.clearRefusals();
      setTree(loadedTree);
      setLoadProblem(null);
      setFocusedRow((current) => {
        const id = current?.id ?? pendingFocus.current?.rowId;
        return id ? (model.current?.actions.get(id) ?? null) : null;
      });
      showModel();
      // The grid redraws only cells whose value changed; marks worked out from other fields (Overdue beside an
      // unchanged end, after an undo of the status) must be redrawn too: every shown cell, a few hundred at most.
      gridRef.current?.refreshCells({ force: true });
    },
    [context, gridRef, showModel],
  );
  const loadFailed = useCallback((error: unknown) => setLoadProblem(messageOf(error)), []);
  const load = useCallback(
    (rows: Promise<Loaded> = loadRows(planId)) => rows.then(showLoaded).catch(loadFailed),
    [planId, showLoaded, loadFailed],
  );

  // The first rows are asked for as the view is created, not once it has mounted: the server reads them while the
  // previous view goes and the grid sets up (a tenth of a second or more on a large plan). Later loads start here.
  const [firstRows] = useState(() => {
    const rows = loadRows(planId);
    rows.catch(() => undefined); // handled by the effect below; this only keeps an early failure from being "unhandled"
    return rows;
  });
  const firstUsed = useRef(false);
  useEffect(() => {
    const rows = firstUsed.current ? undefined : firstRows;
    firstUsed.current = true;
    void load(rows);
  }, [revision, load, firstRows]);

  // The registry (agency editors, the Lead filter) is asked for after the rows, so that the server answers them
  // first: the cells do not need it.
  useEffect(() => {
    request(api().agencies.list({}))
      .then((registry) => {
        context.setAgencies(registry);
        setAgencies(registry);
      })
      .catch(loadFailed);
  }, [planId, revision, context, loadFailed]);

  useEffect(() => {
    filterRef.current = filter;
    shownAnyway.current.clear();
    refilter();
  }, [filter, refilter]);

  const isCollapsed = useCallback((rowId: string) => collapsed.current.has(rowId), []);

  /** Folds or unfolds a chapter's or statement's actions. */
  const toggleHeading = useCallback(
    (rowId: string) => {
      if (collapsed.current.has(rowId)) collapsed.current.delete(rowId);
      else collapsed.current.add(rowId);
      const gridApi = gridRef.current;
      const node = gridApi?.getRowNode(rowId);
      gridApi?.onFilterChanged();
      if (node) gridApi?.redrawRows({ rowNodes: [node] });
    },
    [gridRef],
  );

  /** The grid asks for every row at each filter: the filter's matches, folded headings, no headings while sorted. */
  const doesExternalFilterPass = useCallback(
    (node: IRowNode<GridRow>) => {
      const data = node.data;
      if (!data) return false;
      const found = matching.current;
      if (data.kind === 'chapter') return !context.sorted && (!found || found.chapters.has(data.chapterId));
      if (data.kind === 'statement') {
        return !context.sorted && !collapsed.current.has(chapterRowId(data.chapterId)) && (!found || found.statements.has(data.statementId));
      }
      if (found && !found.actions.has(data.id)) return false;
      // Called for every row at each filter: nothing folded (the usual case) needs no lookup.
      if (context.sorted || collapsed.current.size === 0) return true;
      return !collapsed.current.has(chapterRowId(data.action.chapterId)) && !collapsed.current.has(statementRowId(data.action.statementId));
    },
    [context],
  );

  /** The detail panel shows the action whose cell has the focus. */
  const showFocused = useCallback((rowIndex: number) => {
    const data = gridRef.current?.getDisplayedRowAtIndex(rowIndex)?.data;
    if (data?.kind === 'action') setFocusedRow(model.current?.actions.get(data.id) ?? data.action);
  }, [gridRef]);

  return {
    tree,
    agencies,
    counts,
    loadProblem,
    focusedRow,
    load,
    refilter,
    actionOf,
    outline,
    orderedActions,
    showModel,
    applyRow,
    placeRow,
    removeRow,
    focusLater,
    isCollapsed,
    toggleHeading,
    doesExternalFilterPass,
    showFocused,
  };
}

export type Rows = ReturnType<typeof useRows>;
