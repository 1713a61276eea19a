// Keys the PlanDesk grids share with spreadsheets, which AG Grid leaves out or reads otherwise: Home / End go to the
// first / last cell of the row, Ctrl+Home / Ctrl+End to the first / last cell of the grid.
import type { GridApi } from 'ag-grid-community';

/** Whether the key is one of the row- and grid-edge keys (the grid is kept from handling it itself). */
export function isEdgeKey(event: KeyboardEvent): boolean {
  return (event.key === 'Home' || event.key === 'End') && !event.altKey && !event.shiftKey;
}

/** Moves the focus as the edge key says; returns whether it did. */
export function moveToEdge<T>(gridApi: GridApi<T>, event: KeyboardEvent, rowIndex: number | null): boolean {
  if (!isEdgeKey(event)) return false;
  const columns = gridApi.getAllDisplayedColumns();
  const column = event.key === 'Home' ? columns[0] : columns.at(-1);
  const toRow = event.ctrlKey || event.metaKey ? (event.key === 'Home' ? 0 : gridApi.getDisplayedRowCount() - 1) : rowIndex;
  if (!column || toRow === null || toRow < 0) return false;
  gridApi.ensureIndexVisible(toRow);
  gridApi.ensureColumnVisible(column);
  gridApi.setFocusedCell(toRow, column);
  return true;
}
