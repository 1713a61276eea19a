// The actions grid's columns: which are shown, in what order and how wide (remembered per plan), the sort (a sorted
// grid hides the headings and keeps actions from being reordered), and the grid as shown, for Export.
import { useCallback, useMemo, useState } from 'react';
import type { CellClassParams, GridApi } from 'ag-grid-community';
import type { ColumnChoice } from './ColumnMenu';
import { forgetColumns, rememberColumns, storedColumns } from './column-state';
import { actionColumns, COLUMN_IDS, columnName, copyText, type ColumnId } from './columns';
import type { GridViewTable } from './ExportMenu';
import type { GridState } from './grid-state';
import type { GridRow } from './grid-rows';
import type { GridRef } from './useRows';

const isActionColumn = (colId: string) => (COLUMN_IDS as readonly string[]).includes(colId);

/** `blockRules`: the cell classes that draw the selected block of cells (ui/cell-block.ts). */
export function useColumns(planId: string, gridRef: GridRef, context: GridState, onReady: () => void, blockRules: Record<string, (params: CellClassParams) => boolean>) {
  const [columnChoices, setColumnChoices] = useState<ColumnChoice[]>(COLUMN_IDS.map((id) => ({ id, visible: true })));
  const [sorted, setSorted] = useState(false);

  const columnDefs = useMemo(() => {
    const defs = actionColumns();
    for (const def of defs) {
      def.cellClassRules = {
        'cell--refused': (params) => (params.data ? context.refusal(params.data.id, def.colId ?? '') !== undefined : false),
        ...blockRules,
      };
    }
    return defs;
  }, [blockRules, context]);

  const readColumns = useCallback(() => {
    const gridApi = gridRef.current;
    if (!gridApi) return;
    const state = gridApi.getColumnState();
    setColumnChoices(state.filter((c) => isActionColumn(c.colId)).map((c) => ({ id: c.colId as ColumnId, visible: !c.hide })));
  }, [gridRef]);

  const saveColumns = useCallback(() => {
    const gridApi = gridRef.current;
    if (!gridApi) return;
    rememberColumns(planId, gridApi.getColumnState());
    readColumns();
  }, [gridRef, planId, readColumns]);

  /** A column moved or resized: remembered once the drag ends. */
  const onColumnChanged = useCallback(
    (event: { finished: boolean }) => {
      if (event.finished) saveColumns();
    },
    [saveColumns],
  );

  const onSortChanged = useCallback(() => {
    const gridApi = gridRef.current;
    if (!gridApi) return;
    const isSorted = gridApi.getColumnState().some((c) => c.sort);
    context.setSorted(isSorted);
    setSorted(isSorted);
    gridApi.onFilterChanged();
    gridApi.refreshCells({ columns: ['code'], force: true });
  }, [gridRef, context]);

  const clearSort = () => gridRef.current?.applyColumnState({ defaultState: { sort: null } });

  const toggleColumn = (id: ColumnId, visible: boolean) => {
    gridRef.current?.setColumnsVisible([id], visible);
    saveColumns();
  };

  const moveColumn = (id: ColumnId, direction: -1 | 1) => {
    const gridApi = gridRef.current;
    if (!gridApi) return;
    const order = gridApi.getColumnState().map((c) => c.colId);
    const index = order.indexOf(id);
    const target = Math.max(0, Math.min(order.length - 1, index + direction));
    gridApi.moveColumns([id], target);
    saveColumns();
  };

  const resetColumns = () => {
    const gridApi = gridRef.current;
    if (!gridApi) return;
    forgetColumns(planId);
    gridApi.resetColumnState();
    readColumns();
  };

  /** The grid as shown, for "Export": visible columns in their order, the filtered actions in their order. */
  const currentView = useCallback((): GridViewTable | null => {
    const gridApi = gridRef.current;
    if (!gridApi) return null;
    const columns = gridApi.getAllDisplayedColumns().filter((c) => isActionColumn(c.getColId()));
    const rows: string[][] = [];
    gridApi.forEachNodeAfterFilterAndSort((node) => {
      const data = node.data;
      if (data?.kind === 'action') rows.push(columns.map((c) => copyText(c.getColId() as ColumnId, data.action, context.rating(data.id))));
    });
    // Widths in characters, from the widths on screen.
    const widthOf = (px: number) => Math.min(80, Math.max(8, Math.round(px / 7)));
    return { columns: columns.map((c) => ({ header: columnName(c.getColId() as ColumnId), width: widthOf(c.getActualWidth()) })), rows };
  }, [gridRef, context]);

  /** The grid is up: the columns as the user left them, then the rows. */
  const onGridReady = useCallback(
    (event: { api: GridApi<GridRow> }) => {
      gridRef.current = event.api;
      const stored = storedColumns(planId);
      if (stored) event.api.applyColumnState({ state: stored, applyOrder: true });
      readColumns();
      onReady();
    },
    [gridRef, planId, readColumns, onReady],
  );

  return {
    columnDefs,
    columnChoices,
    sorted,
    onGridReady,
    onSortChanged,
    onColumnChanged,
    saveColumns,
    clearSort,
    toggleColumn,
    moveColumn,
    resetColumns,
    currentView,
  };
}
