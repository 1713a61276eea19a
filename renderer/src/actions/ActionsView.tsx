// The Actions view: the plan as a spreadsheet that knows its structure. Chapter and statement headings fold
// their actions away; every cell saves as soon as it is left; the filter bar, the structure commands and the
// detail panel sit around the grid. The rows live in the grid (getRowId = action id) and change by
// transactions, so an edit in a 10,000-action plan touches one row, not the list.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { AgGridReact } from 'ag-grid-react';
import {
  type CellEditRequestEvent,
  type CellFocusedEvent,
  type CellKeyDownEvent,
  type Column,
  type FullWidthCellKeyDownEvent,
  type GridApi,
  type IRowNode,
  type RowDragEndEvent,
} from 'ag-grid-community';
import type { ActionGridRow, AgencyListRow } from '../../../shared/domain';
import type { PlanOutline } from '../../../shared/plan-outline';
import type { ActionEditableField } from '../../../shared/contract';
import { AppError } from '../../../shared/result';
import { api, request } from '../data/api';
import { actionsGridTheme } from '../ui/grid-setup';
import { isRefusal, messageOf, reportError } from '../data/errors';
import { FilterBar } from '../filters/FilterBar';
import { isFiltering, prepareSearch, rowMatcher } from '../filters/plan-filter';
import type { ViewProps } from '../app/views';
import { showNotice } from '../ui/notice';
import { undoOrRedo } from '../app/useUndoKeys';
import { ActionDetailPanel, type DetailSavers } from './ActionDetailPanel';
import { listActions } from '../data/action-list';
import { matchAgencies } from './agency-match';
import { ColumnMenu, type ColumnChoice } from './ColumnMenu';
import { ExportMenu, type GridViewTable } from './ExportMenu';
import { forgetColumns, rememberColumns, rememberPanelOpen, storedColumns, storedPanelOpen } from './column-state';
import { actionColumns, COLUMN_IDS, COLUMN_NAMES, copyText, EDIT_TARGETS, PASTE_FIELDS, type ColumnId } from './columns';
import { ConfirmDialog, MoveDialog, NameDialog, type NameFields } from './dialogs';
import { clearTypeAhead } from './editors';
import { GridState } from './grid-state';
import { actionLine, buildGridRows, chapterRowId, statementRowId, type GridRow } from './grid-rows';
import { HeadingRow } from './HeadingRow';
import { clipboardCell, parseClipboardTable } from './paste';
import '../styles/actions.css';

interface Model {
  tree: PlanOutline;
  actions: Map<string, ActionGridRow>;
}

type Dialog =
  | { kind: 'delete-action'; action: ActionGridRow }
  | { kind: 'delete-branch'; what: 'chapter' | 'statement'; id: string; label: string; actions: number }
  | { kind: 'name'; what: 'chapter' | 'statement'; mode: 'create' | 'edit'; id: string | null; parentId: string | null; initial: NameFields }
  | { kind: 'move'; action: ActionGridRow };

/** The view's own keys (see onCellKeyDown) are kept from the grid, which would otherwise clear a cell on Ctrl+Delete. */
function isViewKey(event: KeyboardEvent): boolean {
  const ctrl = event.ctrlKey || event.metaKey;
  return (
    event.key === 'Insert' ||
    (ctrl && event.key === 'Delete') ||
    (ctrl && ['d', 'm', 'i'].includes(event.key.toLowerCase())) ||
    (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown'))
  );
}

const DEFAULT_COLUMN = {
  sortable: true,
  resizable: true,
  suppressHeaderMenuButton: true,
  suppressKeyboardEvent: (params: { editing: boolean; event: KeyboardEvent }) => !params.editing && isViewKey(params.event),
};

// Grid options that never change, kept outside the component so that a re-render hands the grid the same ones.
const rowIdOf = (params: { data: GridRow }) => params.data.id;
const isHeading = (params: { rowNode: IRowNode<GridRow> }) => params.rowNode.data?.kind !== 'action';
const rowHeightOf = (params: { data?: GridRow }) => (params.data?.kind === 'chapter' ? 38 : 34);
const alwaysFiltered = () => true;
const dragTextOf = (params: { rowNode?: IRowNode<GridRow> }) => {
  const data = params.rowNode?.data;
  return data?.kind === 'action' ? labelOf(data.action) : 'Action';
};
const NO_ROWS = '<span class="ag-overlay-no-rows-center">No action matches the filters.</span>';

const ROW_CLASS_RULES = {
  'row--overdue': (params: { data?: GridRow }) => params.data?.kind === 'action' && params.data.action.overdue,
};

interface Loaded {
  readonly tree: PlanOutline;
  readonly actions: readonly ActionGridRow[];
}

/** The rows and the headings they sit under (empty chapters and statements too), fetched side by side. */
async function loadRows(planId: string): Promise<Loaded> {
  const [actions, tree] = await Promise.all([listActions(planId), request(api().plans.outline({ planId }))]);
  return { tree, actions };
}

function labelOf(a: ActionGridRow): string {
  return [a.code, a.title].filter(Boolean).join(' ');
}

export function ActionsView({ planId, revision, filter, onFilterChange, focusActionId, onPlanChanged }: ViewProps) {
  const gridApi = useRef<GridApi<GridRow> | null>(null);
  const [context] = useState(() => new GridState());
  const model = useRef<Model | null>(null);
  const [tree, setTree] = useState<PlanOutline | null>(null);
  const [agencies, setAgencies] = useState<readonly AgencyListRow[]>([]);
  const [loadProblem, setLoadProblem] = useState<string | null>(null);
  const [focusedRow, setFocusedRow] = useState<ActionGridRow | null>(null);
  const [panelOpen, setPanelOpen] = useState(() => storedPanelOpen() || focusActionId !== null);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [counts, setCounts] = useState({ shown: 0, total: 0 });
  const [sorted, setSorted] = useState(false);
  const [columnChoices, setColumnChoices] = useState<ColumnChoice[]>(COLUMN_IDS.map((id) => ({ id, visible: true })));
  const collapsed = useRef(new Set<string>());
  // Rows kept in view while a filter is on though they no longer match (just edited or added): nothing vanishes under the cursor.
  const shownAnyway = useRef(new Set<string>());
  const matching = useRef<{ actions: Set<string>; statements: Set<string>; chapters: Set<string> } | null>(null);
  const filterRef = useRef(filter);
  const pendingFocus = useRef<{ rowId: string; colId: ColumnId; edit: boolean } | null>(focusActionId ? { rowId: focusActionId, colId: 'title', edit: false } : null);
  const wrapper = useRef<HTMLDivElement>(null);

  // ---- rows in and out of the grid ----

  const orderedActions = useCallback((statementId: string): ActionGridRow[] => {
    const list: ActionGridRow[] = [];
    for (const a of model.current?.actions.values() ?? []) if (a.statementId === statementId) list.push(a);
    return list.sort((x, y) => x.order[2] - y.order[2]);
  }, []);

  /** Works out which rows the filter shows, then lets the grid re-filter. */
  const refilter = useCallback(() => {
    const m = model.current;
    const grid = gridApi.current;
    if (!m) return;
    const current = filterRef.current;
    if (isFiltering(current)) {
      const matches = rowMatcher(current);
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
    grid?.onFilterChanged();
  }, []);

  const focusPending = useCallback(() => {
    const grid = gridApi.current;
    const wanted = pendingFocus.current;
    if (!grid || !wanted) return;
    const node = grid.getRowNode(wanted.rowId);
    if (!node) return;
    pendingFocus.current = null;
    if (node.rowIndex === null) return;
    grid.ensureNodeVisible(node, 'middle');
    grid.setFocusedCell(node.rowIndex, wanted.colId);
    if (!wanted.edit) return;
    // Once the grid has redrawn the new rows (it puts the focus back on the cell when it does), open the editor.
    const rowIndex = node.rowIndex;
    window.requestAnimationFrame(() => window.requestAnimationFrame(() => grid.startEditingCell({ rowIndex, colKey: wanted.colId })));
  }, []);

  /** Rebuilds the rows from the model (after a structure change); the grid keeps what did not change. */
  const showModel = useCallback(() => {
    const m = model.current;
    const grid = gridApi.current;
    if (!m || !grid) return;
    grid.setGridOption('rowData', buildGridRows(m.tree, [...m.actions.values()]));
    refilter();
    focusPending();
  }, [refilter, focusPending]);

  /** One action changed: replace its row only. */
  const applyRow = useCallback((row: ActionGridRow) => {
    const m = model.current;
    if (!m) return;
    m.actions.set(row.id, row);
    if (matching.current) shownAnyway.current.add(row.id);
    const grid = gridApi.current;
    const node = grid?.getRowNode(row.id);
    // In plan order the row stays where it is: its node takes the new data and redraws every cell, without the
    // transaction's pass of the filter over every row (the filter keeps an edited row in view anyway).
    if (node && !context.sorted) node.setData(actionLine(row));
    else {
      // A sort may move it. The transaction redraws only cells whose value changed: those that show more than
      // their value (the overdue mark beside the end) are redrawn too.
      grid?.applyTransaction({ update: [actionLine(row)] });
      if (node) grid?.refreshCells({ rowNodes: [node], columns: ['end', 'status'], force: true });
    }
    setFocusedRow((current) => (current?.id === row.id ? row : current));
  }, [context]);

  const stopPreparing = useRef<() => void>(() => undefined);
  useEffect(() => () => stopPreparing.current(), []);

  const showLoaded = useCallback(
    ({ tree: outline, actions }: Loaded) => {
      model.current = { tree: outline, actions: new Map(actions.map((a) => [a.id, a])) };
      stopPreparing.current();
      stopPreparing.current = prepareSearch(actions);
      // The values are fresh from the workspace: earlier refusals no longer describe them.
      context.clearRefusals();
      setTree(outline);
      setLoadProblem(null);
      setFocusedRow((current) => {
        const id = current?.id ?? pendingFocus.current?.rowId;
        return id ? (model.current?.actions.get(id) ?? null) : null;
      });
      showModel();
    },
    [context, showModel],
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

  // ---- the grid's context: renderers and editors read it ----


  // ---- saving edits ----

  const refuse = useCallback(
    (rowId: string, colId: ColumnId, text: string, reason: string) => {
      const grid = gridApi.current;
      context.refuse(rowId, colId, reason);
      const node = grid?.getRowNode(rowId);
      if (!grid || !node || node.rowIndex === null) return;
      grid.refreshCells({ rowNodes: [node], columns: [colId], force: true });
      // Still on that cell: open it again with what was typed and why it was refused.
      const focused = grid.getFocusedCell();
      if (!focused || (focused.rowIndex === node.rowIndex && focused.column.getColId() === colId)) {
        context.setRetry({ rowId, colId, text, reason });
        grid.startEditingCell({ rowIndex: node.rowIndex, colKey: colId });
      } else {
        showNotice({ message: `${COLUMN_NAMES[colId]} of ${node.data?.kind === 'action' ? labelOf(node.data.action) : 'the action'} was not saved`, details: [reason] });
      }
    },
    [context],
  );

  const accepted = useCallback(
    (rowId: string, colId: ColumnId) => {
      if (context.accept(rowId, colId)) {
        const node = gridApi.current?.getRowNode(rowId);
        if (node) gridApi.current?.refreshCells({ rowNodes: [node], columns: [colId], force: true });
      }
    },
    [context],
  );

  /** Saves one indicator value of an action with a single indicator (several: the Indicators view). */
  const saveIndicator = useCallback(async (action: ActionGridRow, field: 'name' | 'baseline' | 'target', text: string): Promise<ActionGridRow> => {
    if (action.indicators.length > 1) {
      throw new AppError('invalid_input', `This action has ${action.indicators.length} indicators: edit them in the Indicators view`);
    }
    const only = action.indicators[0];
    if (!only) {
      if (field !== 'name') throw new AppError('invalid_input', 'This action has no indicator yet: name one in the Indicator(s) column first');
      const created = await request(api().indicators.create({ actionId: action.id, name: text.trim() }));
      return { ...action, indicators: [{ id: created.id, name: created.name, baseline: created.baseline.text, target: created.target.text }] };
    }
    const updated = await request(api().indicators.update({ indicatorId: only.id, field, value: text }));
    return { ...action, indicators: [{ id: updated.id, name: updated.name, baseline: updated.baseline.text, target: updated.target.text }] };
  }, []);

  /** Saves one cell; resolves to the reason it was refused, or null. */
  const saveCell = useCallback(
    async (action: ActionGridRow, colId: ColumnId, text: string): Promise<string | null> => {
      const target = EDIT_TARGETS[colId];
      if (!target) return `${COLUMN_NAMES[colId]} is filled in by PlanDesk`;
      try {
        let row: ActionGridRow;
        switch (target.kind) {
          case 'field':
            row = await request(api().actions.update({ actionId: action.id, field: target.field, value: text }));
            break;
          case 'agencies':
            row = await request(api().actions.setAgencies({ actionId: action.id, role: target.role, agencyIds: matchAgencies(text, context.agencies), text }));
            break;
          case 'indicator':
            row = await saveIndicator(action, target.field, text);
            break;
        }
        applyRow(row);
        accepted(action.id, colId);
        return null;
      } catch (error) {
        if (!isRefusal(error)) reportError(error);
        return messageOf(error);
      }
    },
    [applyRow, accepted, context, saveIndicator],
  );

  const onCellEditRequest = useCallback(
    (event: CellEditRequestEvent<GridRow>) => {
      const data = event.data;
      if (data.kind !== 'action') return;
      const colId = event.column.getColId() as ColumnId;
      const text = event.newValue === null || event.newValue === undefined ? '' : String(event.newValue);
      if (text === (event.oldValue ?? '') && context.refusal(data.id, colId) === undefined) return;
      void saveCell(data.action, colId, text).then((reason) => {
        if (reason) refuse(data.id, colId, text, reason);
      });
    },
    [context, refuse, saveCell],
  );

  const savers = useMemo<DetailSavers>(
    () => ({
      saveField: async (actionId: string, field: ActionEditableField, value: string) => {
        try {
          applyRow(await request(api().actions.update({ actionId, field, value })));
          return null;
        } catch (error) {
          if (!isRefusal(error)) reportError(error);
          return messageOf(error);
        }
      },
      saveAgencies: async (actionId, role, text) => {
        try {
          applyRow(await request(api().actions.setAgencies({ actionId, role, agencyIds: matchAgencies(text, context.agencies), text })));
          return null;
        } catch (error) {
          if (!isRefusal(error)) reportError(error);
          return messageOf(error);
        }
      },
    }),
    [applyRow, context],
  );

  // ---- actions: add, duplicate, delete, move ----

  const focusedAction = useCallback((): ActionGridRow | null => {
    const grid = gridApi.current;
    const cell = grid?.getFocusedCell();
    const node = cell ? grid?.getDisplayedRowAtIndex(cell.rowIndex) : undefined;
    return node?.data?.kind === 'action' ? (model.current?.actions.get(node.data.id) ?? null) : null;
  }, []);

  const focusedPlace = useCallback((): { chapterId: string | null; statementId: string | null; actionId: string | null } => {
    const grid = gridApi.current;
    const cell = grid?.getFocusedCell();
    const data = cell ? grid?.getDisplayedRowAtIndex(cell.rowIndex)?.data : undefined;
    if (!data) return { chapterId: null, statementId: null, actionId: null };
    if (data.kind === 'action') return { chapterId: data.action.chapterId, statementId: data.action.statementId, actionId: data.id };
    if (data.kind === 'statement') return { chapterId: data.chapterId, statementId: data.statementId, actionId: null };
    return { chapterId: data.chapterId, statementId: null, actionId: null };
  }, []);

  /** The grid as shown, for "Export": visible columns in their order, the filtered actions in their order. */
  const currentView = useCallback((): GridViewTable | null => {
    const grid = gridApi.current;
    if (!grid) return null;
    const columns = grid.getAllDisplayedColumns().filter((c) => (COLUMN_IDS as readonly string[]).includes(c.getColId()));
    const rows: string[][] = [];
    grid.forEachNodeAfterFilterAndSort((node) => {
      const data = node.data;
      if (data?.kind === 'action') rows.push(columns.map((c) => copyText(c.getColId() as ColumnId, data.action)));
    });
    // Widths in characters, from the widths on screen.
    const widthOf = (px: number) => Math.min(80, Math.max(8, Math.round(px / 7)));
    return { columns: columns.map((c) => ({ header: COLUMN_NAMES[c.getColId() as ColumnId], width: widthOf(c.getActualWidth()) })), rows };
  }, []);
  const currentColumn = useCallback((): ColumnId => (gridApi.current?.getFocusedCell()?.column.getColId() as ColumnId | undefined) ?? 'title', []);
  const expand = useCallback((row: ActionGridRow) => {
    collapsed.current.delete(chapterRowId(row.chapterId));
    collapsed.current.delete(statementRowId(row.statementId));
  }, []);

  const addedRow = useCallback(
    (row: ActionGridRow, edit: boolean) => {
      const m = model.current;
      if (!m) return;
      m.actions.set(row.id, row);
      shownAnyway.current.add(row.id);
      expand(row);
      pendingFocus.current = { rowId: row.id, colId: 'title', edit };
      showModel();
    },
    [expand, showModel],
  );

  const addAction = useCallback(
    async (statementId?: string) => {
      const place = focusedPlace();
      const target = statementId ?? place.statementId ?? model.current?.tree.chapters.flatMap((c) => c.statements).at(-1)?.id;
      if (!target) {
        showNotice({ message: 'Add a chapter and a policy statement first: actions belong to a statement.' });
        return;
      }
      try {
        const row = await request(
          api().actions.create({ statementId: target, afterActionId: statementId === undefined && place.statementId === target ? place.actionId : null }),
        );
        addedRow(row, true);
      } catch (error) {
        reportError(error);
      }
    },
    [addedRow, focusedPlace],
  );

  const duplicateAction = useCallback(async () => {
    const action = focusedAction();
    if (!action) return showNotice({ message: 'Choose an action to duplicate first.' });
    try {
      addedRow(await request(api().actions.duplicate({ actionId: action.id })), false);
      showNotice({ message: `Duplicated ${labelOf(action)}` });
    } catch (error) {
      reportError(error);
    }
  }, [addedRow, focusedAction]);

  const deleteAction = useCallback(
    async (action: ActionGridRow) => {
      const m = model.current;
      try {
        await request(api().actions.delete({ actionId: action.id }));
      } catch (error) {
        reportError(error);
        return;
      }
      // Focus moves to the next row, as in a spreadsheet.
      const grid = gridApi.current;
      const index = grid?.getRowNode(action.id)?.rowIndex ?? null;
      m?.actions.delete(action.id);
      showModel();
      if (grid && index !== null) {
        const next = Math.min(index, grid.getDisplayedRowCount() - 1);
        if (next >= 0) grid.setFocusedCell(next, currentColumn());
      }
      showNotice({
        message: `Deleted ${labelOf(action)}`,
        action: {
          label: 'Undo',
          run: () => {
            void request(api().actions.restore({ actionId: action.id }))
              .then((row) => addedRow(row, false))
              .catch(reportError);
          },
        },
      });
    },
    [addedRow, currentColumn, showModel],
  );

  const moveAction = useCallback(
    async (action: ActionGridRow, statementId: string, beforeActionId: string | null) => {
      if (beforeActionId === action.id) return;
      try {
        const row = await request(api().actions.move({ actionId: action.id, statementId, beforeActionId }));
        model.current?.actions.set(row.id, row);
        expand(row);
        shownAnyway.current.add(row.id);
        pendingFocus.current = { rowId: row.id, colId: currentColumn(), edit: false };
        showModel();
      } catch (error) {
        reportError(error);
      }
    },
    [currentColumn, expand, showModel],
  );

  /** Alt+↑ / Alt+↓: one place up or down; past the first or last of a statement, into the neighbouring statement. */
  const nudgeAction = useCallback(
    (action: ActionGridRow, direction: -1 | 1) => {
      const m = model.current;
      if (!m) return;
      const siblings = orderedActions(action.statementId);
      const index = siblings.findIndex((a) => a.id === action.id);
      if (direction === -1 && index > 0) return void moveAction(action, action.statementId, siblings[index - 1]!.id);
      if (direction === 1 && index < siblings.length - 1) return void moveAction(action, action.statementId, siblings[index + 2]?.id ?? null);
      const statements = m.tree.chapters.flatMap((c) => c.statements);
      const neighbour = statements[statements.findIndex((s) => s.id === action.statementId) + direction];
      if (!neighbour) return;
      // Into the statement above: last; into the statement below: first.
      void moveAction(action, neighbour.id, direction === -1 ? null : (orderedActions(neighbour.id)[0]?.id ?? null));
    },
    [moveAction, orderedActions],
  );

  const onRowDragEnd = useCallback(
    (event: RowDragEndEvent<GridRow>) => {
      const m = model.current;
      const dragged = event.node.data;
      const over = event.overNode?.data;
      if (!m || !dragged || dragged.kind !== 'action' || !over || over.id === dragged.id) return;
      const downward = (event.overNode?.rowIndex ?? 0) > (event.node.rowIndex ?? 0);
      const action = dragged.action;
      const statements = m.tree.chapters.flatMap((c) => c.statements);
      const others = (statementId: string) => orderedActions(statementId).filter((a) => a.id !== action.id);
      if (over.kind === 'action') {
        const list = others(over.action.statementId);
        const index = list.findIndex((a) => a.id === over.id);
        void moveAction(action, over.action.statementId, downward ? (list[index + 1]?.id ?? null) : over.id);
        return;
      }
      const firstStatement = over.kind === 'statement' ? over.statementId : m.tree.chapters.find((c) => c.id === over.chapterId)?.statements[0]?.id;
      if (downward && firstStatement) return void moveAction(action, firstStatement, others(firstStatement)[0]?.id ?? null);
      // Dragged up onto a heading: the end of the statement before it.
      const at = statements.findIndex((s) => s.id === firstStatement);
      const before = at > 0 ? statements[at - 1] : undefined;
      if (before) void moveAction(action, before.id, null);
      else if (firstStatement) void moveAction(action, firstStatement, others(firstStatement)[0]?.id ?? null);
    },
    [moveAction, orderedActions],
  );

  // ---- chapters and statements ----

  const structureEdit = useCallback(
    async (work: () => Promise<unknown>): Promise<string | null> => {
      try {
        await work();
        await load();
        return null;
      } catch (error) {
        if (!isRefusal(error)) reportError(error);
        return messageOf(error);
      }
    },
    [load],
  );

  const moveBranch = useCallback(
    (kind: 'chapter' | 'statement', id: string, direction: -1 | 1) => {
      const t = model.current?.tree;
      if (!t) return;
      if (kind === 'chapter') {
        const index = t.chapters.findIndex((c) => c.id === id);
        const target = index + direction;
        if (index < 0 || target < 0 || target >= t.chapters.length) return;
        const before = direction === -1 ? t.chapters[target]!.id : (t.chapters[target + 1]?.id ?? null);
        pendingFocus.current = { rowId: chapterRowId(id), colId: 'title', edit: false };
        void structureEdit(() => request(api().chapters.move({ chapterId: id, beforeChapterId: before })));
        return;
      }
      const chapter = t.chapters.find((c) => c.statements.some((s) => s.id === id));
      if (!chapter) return;
      const index = chapter.statements.findIndex((s) => s.id === id);
      const target = index + direction;
      pendingFocus.current = { rowId: statementRowId(id), colId: 'title', edit: false };
      if (target >= 0 && target < chapter.statements.length) {
        const before = direction === -1 ? chapter.statements[target]!.id : (chapter.statements[target + 1]?.id ?? null);
        void structureEdit(() => request(api().statements.move({ statementId: id, chapterId: chapter.id, beforeStatementId: before })));
        return;
      }
      // Past the chapter's first or last statement: into the neighbouring chapter (its end going up, its start going down).
      const neighbour = t.chapters[t.chapters.findIndex((c) => c.id === chapter.id) + direction];
      if (!neighbour) return;
      const before = direction === -1 ? null : (neighbour.statements[0]?.id ?? null);
      void structureEdit(() => request(api().statements.move({ statementId: id, chapterId: neighbour.id, beforeStatementId: before })));
    },
    [structureEdit],
  );

  const askRename = useCallback((kind: 'chapter' | 'statement', id: string) => {
    const t = model.current?.tree;
    if (!t) return;
    if (kind === 'chapter') {
      const chapter = t.chapters.find((c) => c.id === id);
      if (chapter) setDialog({ kind: 'name', what: 'chapter', mode: 'edit', id, parentId: null, initial: { code: chapter.code, text: chapter.title } });
    } else {
      const statement = t.chapters.flatMap((c) => c.statements).find((s) => s.id === id);
      if (statement) setDialog({ kind: 'name', what: 'statement', mode: 'edit', id, parentId: null, initial: { code: statement.code, text: statement.text } });
    }
  }, []);

  const askAddStatement = useCallback((chapterId: string | null) => {
    const t = model.current?.tree;
    const chapter = t?.chapters.find((c) => c.id === chapterId) ?? t?.chapters.at(-1);
    if (!chapter) {
      showNotice({ message: 'Add a chapter first: policy statements belong to a chapter.' });
      return;
    }
    const next = chapter.code ? `${chapter.code}.${chapter.statements.length + 1}` : '';
    setDialog({ kind: 'name', what: 'statement', mode: 'create', id: null, parentId: chapter.id, initial: { code: next, text: '' } });
  }, []);

  const askAddChapter = useCallback(() => {
    setDialog({ kind: 'name', what: 'chapter', mode: 'create', id: null, parentId: null, initial: { code: '', text: '' } });
  }, []);

  const askRemoveBranch = useCallback(
    (kind: 'chapter' | 'statement', id: string) => {
      const t = model.current?.tree;
      if (!t) return;
      const statementIds = kind === 'chapter' ? (t.chapters.find((c) => c.id === id)?.statements.map((s) => s.id) ?? []) : [id];
      const actions = statementIds.reduce((sum, s) => sum + orderedActions(s).length, 0);
      const chapter = t.chapters.find((c) => c.id === id);
      const statement = t.chapters.flatMap((c) => c.statements).find((s) => s.id === id);
      const label = kind === 'chapter' ? [chapter?.code, chapter?.title].filter(Boolean).join(' ') : [statement?.code, statement?.text].filter(Boolean).join(' ');
      setDialog({ kind: 'delete-branch', what: kind, id, label, actions });
    },
    [orderedActions],
  );

  useEffect(() => {
    context.setHeadings({
    isCollapsed: (rowId) => collapsed.current.has(rowId),
    toggle: (rowId) => {
      if (collapsed.current.has(rowId)) collapsed.current.delete(rowId);
      else collapsed.current.add(rowId);
      const grid = gridApi.current;
      const node = grid?.getRowNode(rowId);
      grid?.onFilterChanged();
      if (node) grid?.redrawRows({ rowNodes: [node] });
    },
    addStatement: (chapterId) => askAddStatement(chapterId),
    addAction: (statementId) => void addAction(statementId),
    rename: askRename,
    move: moveBranch,
    remove: askRemoveBranch,
    });
  }, [addAction, askAddStatement, askRemoveBranch, askRename, context, moveBranch]);

  // ---- keys, clipboard, focus ----

  const onCellKeyDown = useCallback(
    (event: CellKeyDownEvent<GridRow> | FullWidthCellKeyDownEvent<GridRow>) => {
      const key = event.event as KeyboardEvent | undefined;
      const data = event.data;
      if (!key || !data || gridApi.current?.getEditingCells().length) return;
      const ctrl = key.ctrlKey || key.metaKey;
      if (data.kind !== 'action') {
        const kind = data.kind;
        const id = data.kind === 'chapter' ? data.chapterId : data.statementId;
        const isOpen = !collapsed.current.has(data.id);
        if (key.key === 'Enter' || key.key === ' ' || (key.key === 'ArrowLeft' && isOpen) || (key.key === 'ArrowRight' && !isOpen)) context.headings.toggle(data.id);
        else if (key.key === 'F2') askRename(kind, id);
        else if (key.key === 'Insert') {
          if (kind === 'chapter') askAddStatement(id);
          else void addAction(id);
        } else if (key.key === 'Delete' && ctrl) askRemoveBranch(kind, id);
        else if (key.altKey && (key.key === 'ArrowUp' || key.key === 'ArrowDown')) moveBranch(kind, id, key.key === 'ArrowUp' ? -1 : 1);
        else return;
        key.preventDefault();
        return;
      }
      const action = model.current?.actions.get(data.id);
      if (!action) return;
      if (key.key === 'Insert') void addAction();
      else if (ctrl && key.key.toLowerCase() === 'd') void duplicateAction();
      else if (ctrl && key.key === 'Delete') setDialog({ kind: 'delete-action', action });
      else if (ctrl && key.key.toLowerCase() === 'm') setDialog({ kind: 'move', action });
      else if (key.altKey && (key.key === 'ArrowUp' || key.key === 'ArrowDown')) {
        if (sorted) showNotice({ message: 'Clear the sort to reorder actions: the order shown is the sort’s.' });
        else nudgeAction(action, key.key === 'ArrowUp' ? -1 : 1);
      } else return;
      key.preventDefault();
    },
    [addAction, askAddStatement, askRemoveBranch, askRename, context, duplicateAction, moveBranch, nudgeAction, sorted],
  );

  // Paste a block from a spreadsheet at the focused cell; copy the focused cell.
  useEffect(() => {
    const inGrid = () => {
      const grid = gridApi.current;
      const active = document.activeElement;
      return grid && wrapper.current?.contains(active) && grid.getEditingCells().length === 0 && !(active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement);
    };
    const onPaste = (event: ClipboardEvent) => {
      const grid = gridApi.current;
      if (!grid || !inGrid()) return;
      const focused = grid.getFocusedCell();
      const text = event.clipboardData?.getData('text/plain') ?? '';
      if (!focused || text === '') return;
      event.preventDefault();
      void pasteBlock(grid, focused.rowIndex, focused.column, parseClipboardTable(text));
    };
    const onCopy = (event: ClipboardEvent) => {
      const grid = gridApi.current;
      if (!grid || !inGrid()) return;
      const focused = grid.getFocusedCell();
      const data = focused ? grid.getDisplayedRowAtIndex(focused.rowIndex)?.data : undefined;
      if (!focused || !data) return;
      const text =
        data.kind === 'action'
          ? clipboardCell(copyText(focused.column.getColId() as ColumnId, data.action))
          : data.kind === 'chapter'
            ? [data.code, data.title].filter(Boolean).join(' ')
            : [data.code, data.text].filter(Boolean).join(' ');
      event.clipboardData?.setData('text/plain', text);
      event.preventDefault();
    };
    const pasteBlock = async (grid: GridApi<GridRow>, rowIndex: number, column: Column, table: string[][]) => {
      const columns = grid.getAllDisplayedColumns();
      const first = columns.indexOf(column);
      const targets: ActionGridRow[] = [];
      for (let i = rowIndex; i < grid.getDisplayedRowCount() && targets.length < table.length; i++) {
        const data = grid.getDisplayedRowAtIndex(i)?.data;
        if (data?.kind === 'action') targets.push(data.action);
      }
      if (targets.length === 0) return showNotice({ message: 'Paste onto an action’s cell: headings take no values.' });
      // One value: the same path as typing it (agencies linked to the registry, indicators saved).
      if (table.length === 1 && table[0]!.length === 1) {
        const colId = column.getColId() as ColumnId;
        const reason = await saveCell(targets[0]!, colId, table[0]![0]!);
        if (reason) refuse(targets[0]!.id, colId, table[0]![0]!, reason);
        return;
      }
      const cells: { actionId: string; field: ActionEditableField; value: string; colId: ColumnId }[] = [];
      const problems: string[] = [];
      let outside = 0;
      table.forEach((values, r) => {
        const action = targets[r];
        values.forEach((value, c) => {
          const col = columns[first + c];
          if (!action || !col) {
            outside++;
            return;
          }
          const colId = col.getColId() as ColumnId;
          const field = PASTE_FIELDS[colId];
          if (field) cells.push({ actionId: action.id, field: field as ActionEditableField, value, colId });
          else problems.push(`${action.code || action.title} · ${COLUMN_NAMES[colId]}: not pasted (${colId === 'updated' ? 'filled in by PlanDesk' : 'edit it cell by cell'})`);
        });
      });
      if (cells.length === 0) return showNotice({ message: 'Nothing was pasted', details: problems });
      try {
        const outcome = await request(api().actions.paste({ planId, cells: cells.map(({ actionId, field, value }) => ({ actionId, field, value })) }));
        for (const row of outcome.rows) applyRow(row);
        for (const cell of cells) accepted(cell.actionId, cell.colId);
        for (const refusal of outcome.refused) {
          const cell = cells.find((c) => c.actionId === refusal.actionId && c.field === refusal.field);
          const action = model.current?.actions.get(refusal.actionId);
          if (cell) context.refuse(cell.actionId, cell.colId, refusal.reason);
          const column = cell ? COLUMN_NAMES[cell.colId] : refusal.field;
          // The main process often names the field itself ("End: …"): say it once.
          const reason = refusal.reason.startsWith(`${column}: `) ? refusal.reason.slice(column.length + 2) : refusal.reason;
          problems.unshift(`${action ? action.code || action.title : 'An action'} · ${column}: ${reason}`);
        }
        grid.refreshCells({ force: true, columns: [...new Set(cells.map((c) => c.colId))] });
        if (outside > 0) problems.push(`${outside} cell${outside === 1 ? '' : 's'} fell outside the grid and were left out`);
        const refusedCount = outcome.refused.length;
        showNotice({
          message: `Pasted ${outcome.applied} cell${outcome.applied === 1 ? '' : 's'}${refusedCount > 0 ? `; ${refusedCount} refused` : ''}`,
          details: problems.length > 0 ? problems : undefined,
          action: outcome.applied > 0 ? { label: 'Undo', run: () => void undoOrRedo('undo', onPlanChanged) } : undefined,
        });
      } catch (error) {
        reportError(error);
      }
    };
    document.addEventListener('paste', onPaste);
    document.addEventListener('copy', onCopy);
    return () => {
      document.removeEventListener('paste', onPaste);
      document.removeEventListener('copy', onCopy);
    };
  }, [accepted, applyRow, context, onPlanChanged, planId, refuse, saveCell]);

  // Ctrl+I shows or hides the detail panel.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'i') {
        event.preventDefault();
        setPanelOpen((open) => {
          rememberPanelOpen(!open);
          return !open;
        });
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const onCellFocused = useCallback((event: CellFocusedEvent<GridRow>) => {
    if (event.rowIndex === null || event.rowIndex === undefined) return;
    const data = gridApi.current?.getDisplayedRowAtIndex(event.rowIndex)?.data;
    if (data?.kind === 'action') setFocusedRow(model.current?.actions.get(data.id) ?? data.action);
  }, []);

  // ---- columns ----

  const columnDefs = useMemo(() => {
    const defs = actionColumns();
    for (const def of defs) {
      def.cellClassRules = {
        'cell--refused': (params) => (params.data ? context.refusal(params.data.id, def.colId ?? '') !== undefined : false),
      };
    }
    return defs;
  }, [context]);

  const readColumns = useCallback(() => {
    const grid = gridApi.current;
    if (!grid) return;
    const state = grid.getColumnState();
    setColumnChoices(state.filter((c) => (COLUMN_IDS as readonly string[]).includes(c.colId)).map((c) => ({ id: c.colId as ColumnId, visible: !c.hide })));
  }, []);

  const saveColumns = useCallback(() => {
    const grid = gridApi.current;
    if (!grid) return;
    rememberColumns(planId, grid.getColumnState());
    readColumns();
  }, [planId, readColumns]);

  const onColumnChanged = useCallback(
    (event: { finished: boolean }) => {
      if (event.finished) saveColumns();
    },
    [saveColumns],
  );
  const onCellEditingStopped = useCallback(() => {
    clearTypeAhead();
    context.setRetry(null);
  }, [context]);

  const onSortChanged = useCallback(() => {
    const grid = gridApi.current;
    if (!grid) return;
    const isSorted = grid.getColumnState().some((c) => c.sort);
    context.setSorted(isSorted);
    setSorted(isSorted);
    grid.onFilterChanged();
    grid.refreshCells({ columns: ['code'], force: true });
  }, [context]);

  const clearSort = () => {
    gridApi.current?.applyColumnState({ defaultState: { sort: null } });
  };

  // ---- the grid ----

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

  const onGridReady = useCallback(
    (event: { api: GridApi<GridRow> }) => {
      gridApi.current = event.api;
      const stored = storedColumns(planId);
      if (stored) event.api.applyColumnState({ state: stored, applyOrder: true });
      readColumns();
      showModel();
    },
    [planId, readColumns, showModel],
  );

  const closePanel = () => {
    setPanelOpen(false);
    rememberPanelOpen(false);
  };

  const chapters = useMemo(() => tree?.chapters.map((c) => ({ id: c.id, code: c.code, title: c.title })) ?? [], [tree]);
  const panelRow = focusedRow;
  const empty = tree !== null && counts.total === 0;

  if (loadProblem && !tree) {
    return (
      <div className="screen-message" role="alert">
        <p className="screen-message__title">The actions could not be loaded</p>
        <p>{loadProblem}</p>
        <button type="button" className="button" onClick={() => void load()}>
          Try again
        </button>
      </div>
    );
  }

  return (
    <div className="actions-screen">
      <div className="actions-toolbar">
        <FilterBar filter={filter} onChange={onFilterChange} chapters={chapters} agencies={agencies} />
      </div>
      <div className="actions-commands" role="toolbar" aria-label="Plan structure">
        <button type="button" className="button toolbar-button toolbar-button--primary" title="Add an action below the focused one (Insert)" aria-keyshortcuts="Insert" onClick={() => void addAction()}>
          + Action
        </button>
        <button type="button" className="button toolbar-button" onClick={() => askAddStatement(focusedPlace().chapterId)}>
          + Statement
        </button>
        <button type="button" className="button toolbar-button" onClick={askAddChapter}>
          + Chapter
        </button>
        <span className="toolbar-separator" aria-hidden="true" />
        <button type="button" className="button toolbar-button" title="Duplicate the focused action (Ctrl+D)" aria-keyshortcuts="Control+D" onClick={() => void duplicateAction()}>
          Duplicate
        </button>
        <button
          type="button"
          className="button toolbar-button"
          title="Move the focused action to another statement (Ctrl+M; Alt+↑/↓ moves it one place)"
          aria-keyshortcuts="Control+M"
          onClick={() => {
            const action = focusedAction();
            if (action) setDialog({ kind: 'move', action });
            else showNotice({ message: 'Choose an action to move first.' });
          }}
        >
          Move…
        </button>
        <button
          type="button"
          className="button toolbar-button"
          title="Delete the focused action (Ctrl+Delete)"
          aria-keyshortcuts="Control+Delete"
          onClick={() => {
            const action = focusedAction();
            if (action) setDialog({ kind: 'delete-action', action });
            else showNotice({ message: 'Choose an action to delete first.' });
          }}
        >
          Delete…
        </button>
        <span className="actions-count" aria-live="polite">
          {counts.shown === counts.total ? `${counts.total.toLocaleString('en')} actions` : `${counts.shown.toLocaleString('en')} of ${counts.total.toLocaleString('en')} actions`}
        </span>
        {sorted && (
          <button type="button" className="link-button actions-sorted" onClick={clearSort}>
            Sorted: back to plan order
          </button>
        )}
        <span className="toolbar-spacer" />
        <ExportMenu planId={planId} title="Actions" currentView={currentView} />
        <ColumnMenu
          columns={columnChoices}
          onToggle={(id, visible) => {
            gridApi.current?.setColumnsVisible([id], visible);
            saveColumns();
          }}
          onMove={(id, direction) => {
            const grid = gridApi.current;
            if (!grid) return;
            const order = grid.getColumnState().map((c) => c.colId);
            const index = order.indexOf(id);
            const target = Math.max(0, Math.min(order.length - 1, index + direction));
            grid.moveColumns([id], target);
            saveColumns();
          }}
          onReset={() => {
            const grid = gridApi.current;
            if (!grid) return;
            forgetColumns(planId);
            grid.resetColumnState();
            readColumns();
          }}
        />
        <button
          type="button"
          className={panelOpen ? 'button toolbar-button toolbar-button--on' : 'button toolbar-button'}
          aria-pressed={panelOpen}
          title="Show the focused action in full (Ctrl+I)"
          aria-keyshortcuts="Control+I"
          onClick={() => {
            rememberPanelOpen(!panelOpen);
            setPanelOpen(!panelOpen);
          }}
        >
          Details
        </button>
      </div>
      <div className="actions-body">
        <section className="actions-grid" ref={wrapper} aria-label="Actions of the plan">
          {empty && (
            <div className="actions-empty">
              <p className="actions-empty__title">{tree && tree.chapters.length > 0 ? 'No actions yet' : 'This plan is empty'}</p>
              <p>
                {tree && tree.chapters.length > 0
                  ? 'Add the first action with “+ Action” or the Insert key.'
                  : 'Start with a chapter (“+ Chapter”), then its policy statements and their actions.'}
              </p>
            </div>
          )}
          <AgGridReact<GridRow>
            theme={actionsGridTheme}
            columnDefs={columnDefs}
            defaultColDef={DEFAULT_COLUMN}
            getRowId={rowIdOf}
            context={context}
            readOnlyEdit
            onCellEditRequest={onCellEditRequest}
            onCellEditingStopped={onCellEditingStopped}
            isFullWidthRow={isHeading}
            fullWidthCellRenderer={HeadingRow}
            getRowHeight={rowHeightOf}
            rowClassRules={ROW_CLASS_RULES}
            isExternalFilterPresent={alwaysFiltered}
            doesExternalFilterPass={doesExternalFilterPass}
            onGridReady={onGridReady}
            onCellFocused={onCellFocused}
            onCellKeyDown={onCellKeyDown}
            onSortChanged={onSortChanged}
            onColumnMoved={onColumnChanged}
            onColumnResized={onColumnChanged}
            onColumnVisible={saveColumns}
            onRowDragEnd={onRowDragEnd}
            rowDragText={dragTextOf}
            suppressMoveWhenRowDragging
            stopEditingWhenCellsLoseFocus
            tooltipShowDelay={600}
            tooltipInteraction
            animateRows={false}
            ensureDomOrder
            suppressDragLeaveHidesColumns
            suppressColumnVirtualisation={false}
            overlayNoRowsTemplate={NO_ROWS}
          />
        </section>
        {panelOpen &&
          (panelRow ? (
            <ActionDetailPanel row={panelRow} revision={revision} savers={savers} onClose={closePanel} />
          ) : (
            <aside className="action-panel action-panel--empty" aria-label="Action details">
              <p>Choose an action to see it in full.</p>
              <button type="button" className="link-button" onClick={closePanel}>
                Close the details
              </button>
            </aside>
          ))}
      </div>
      {dialog?.kind === 'delete-action' && (
        <ConfirmDialog
          title="Delete this action?"
          confirmLabel="Delete action"
          onClose={() => setDialog(null)}
          onConfirm={() => {
            setDialog(null);
            void deleteAction(dialog.action);
          }}
        >
          <p>
            <strong>{labelOf(dialog.action)}</strong>
          </p>
          <p>It leaves the plan with its indicators. The history keeps it: Undo (Ctrl+Z) brings it back.</p>
        </ConfirmDialog>
      )}
      {dialog?.kind === 'delete-branch' && (
        <ConfirmDialog
          title={dialog.what === 'chapter' ? 'Delete this chapter?' : 'Delete this policy statement?'}
          confirmLabel={dialog.what === 'chapter' ? 'Delete chapter' : 'Delete statement'}
          onClose={() => setDialog(null)}
          onConfirm={() => {
            const what = dialog;
            setDialog(null);
            void structureEdit(() => (what.what === 'chapter' ? request(api().chapters.delete({ chapterId: what.id })) : request(api().statements.delete({ statementId: what.id })))).then(
              (failure) => {
                if (!failure) {
                  showNotice({ message: `Deleted ${what.label}`, action: { label: 'Undo', run: () => void undoOrRedo('undo', onPlanChanged) } });
                }
              },
            );
          }}
        >
          <p>
            <strong>{dialog.label}</strong>
          </p>
          <p>
            {dialog.actions === 0
              ? 'It holds no actions.'
              : `Its ${dialog.actions === 1 ? 'action goes' : `${dialog.actions} actions go`} with it.`}{' '}
            The history keeps everything: Undo (Ctrl+Z) brings it back.
          </p>
        </ConfirmDialog>
      )}
      {dialog?.kind === 'name' && (
        <NameDialog
          title={dialog.mode === 'create' ? (dialog.what === 'chapter' ? 'New chapter' : 'New policy statement') : dialog.what === 'chapter' ? 'Rename chapter' : 'Edit policy statement'}
          hint={dialog.what === 'chapter' ? 'A policy reform area, such as “5.1 Digital by Default”.' : 'What the policy says the government shall do.'}
          textLabel={dialog.what === 'chapter' ? 'Title' : 'Statement'}
          initial={dialog.initial}
          submitLabel={dialog.mode === 'create' ? 'Add' : 'Save'}
          multiline={dialog.what === 'statement'}
          onClose={() => setDialog(null)}
          onSubmit={async ({ code, text }) => {
            const d = dialog;
            if (d.mode === 'create') {
              if (d.what === 'chapter') return structureEdit(() => request(api().chapters.create({ planId, code, title: text })));
              return structureEdit(() => request(api().statements.create({ chapterId: d.parentId!, code, text })));
            }
            const id = d.id!;
            return structureEdit(async () => {
              if (d.what === 'chapter') {
                if (code !== d.initial.code) await request(api().chapters.update({ chapterId: id, field: 'code', value: code }));
                if (text !== d.initial.text) await request(api().chapters.update({ chapterId: id, field: 'title', value: text }));
              } else {
                if (code !== d.initial.code) await request(api().statements.update({ statementId: id, field: 'code', value: code }));
                if (text !== d.initial.text) await request(api().statements.update({ statementId: id, field: 'text', value: text }));
              }
            });
          }}
        />
      )}
      {dialog?.kind === 'move' && tree && (
        <MoveDialog
          tree={tree}
          actionLabel={labelOf(dialog.action)}
          currentStatementId={dialog.action.statementId}
          onClose={() => setDialog(null)}
          onMove={(statementId, position) => {
            const action = dialog.action;
            const others = orderedActions(statementId).filter((a) => a.id !== action.id);
            void moveAction(action, statementId, position === 'first' ? (others[0]?.id ?? null) : null);
          }}
        />
      )}
    </div>
  );
}
