// A block of cells selected in a grid, as in a spreadsheet: Shift+arrows or Shift+click stretch it from the cell where
// it started (the anchor) to the focused cell (the extent). AG Grid Community has no range selection, so PlanDesk keeps
// the block itself and draws it with cell classes (cellClassRules). The block is held by row id, so that an edit which
// redraws the rows keeps it; its rows and columns are read in the grid's current order.
import type { CellClassParams, Column, GridApi, IRowNode } from 'ag-grid-community';
import { formatNumber, text } from '../language/language';

export interface CellPlace {
  readonly rowId: string;
  readonly colId: string;
}

/** The block in the grid's current order: displayed row indices (inclusive) and the columns' ids, left to right. */
export interface BlockRange {
  readonly top: number;
  readonly bottom: number;
  readonly columns: readonly string[];
}

/** The classes the grid's cells take: the block's fill, and its four edges for the outline. */
export const BLOCK_CLASSES = {
  inside: 'cell-block',
  top: 'cell-block--top',
  bottom: 'cell-block--bottom',
  left: 'cell-block--left',
  right: 'cell-block--right',
} as const;

export type Direction = 'up' | 'down' | 'left' | 'right';

export class CellBlock {
  private anchorPlace: CellPlace | null = null;
  private extentPlace: CellPlace | null = null;
  /** The range as last drawn: the class rules read it for every cell, so it is worked out once per change. */
  private drawn: (BlockRange & { readonly columnSet: ReadonlySet<string> }) | null = null;

  /** Rules for a grid's default column: every cell asks whether it is in the block, and on which edge. */
  readonly classRules: Record<string, (params: CellClassParams) => boolean> = {
    [BLOCK_CLASSES.inside]: (p) => this.holds(p),
    [BLOCK_CLASSES.top]: (p) => this.holds(p) && p.node.rowIndex === this.drawn!.top,
    [BLOCK_CLASSES.bottom]: (p) => this.holds(p) && p.node.rowIndex === this.drawn!.bottom,
    [BLOCK_CLASSES.left]: (p) => this.holds(p) && p.column.getColId() === this.drawn!.columns[0],
    [BLOCK_CLASSES.right]: (p) => this.holds(p) && p.column.getColId() === this.drawn!.columns.at(-1),
  };

  get anchor(): CellPlace | null {
    return this.anchorPlace;
  }
  get extent(): CellPlace | null {
    return this.extentPlace;
  }
  get isEmpty(): boolean {
    return this.anchorPlace === null;
  }

  /** Stretches the block to `extent`, from its anchor or, when there is no block yet, from `from`. */
  stretch(from: CellPlace, extent: CellPlace): void {
    this.anchorPlace ??= from;
    this.extentPlace = extent;
  }

  clear(): void {
    this.anchorPlace = null;
    this.extentPlace = null;
    this.drawn = null;
  }

  /** The block in the grid's current order, or null when there is none or its rows are no longer shown. */
  rangeIn<T>(gridApi: GridApi<T>): BlockRange | null {
    if (!this.anchorPlace || !this.extentPlace) return null;
    const a = gridApi.getRowNode(this.anchorPlace.rowId)?.rowIndex;
    const b = gridApi.getRowNode(this.extentPlace.rowId)?.rowIndex;
    if (a === null || a === undefined || b === null || b === undefined) return null;
    const ids = gridApi.getAllDisplayedColumns().map((c) => c.getColId());
    const left = ids.indexOf(this.anchorPlace.colId);
    const right = ids.indexOf(this.extentPlace.colId);
    if (left === -1 || right === -1) return null;
    return { top: Math.min(a, b), bottom: Math.max(a, b), columns: ids.slice(Math.min(left, right), Math.max(left, right) + 1) };
  }

  /** Works the range out again (after a change of the block, the rows or the columns); false when it is gone. */
  remeasure<T>(gridApi: GridApi<T>): boolean {
    const range = this.rangeIn(gridApi);
    this.drawn = range && { ...range, columnSet: new Set(range.columns) };
    if (!range) this.clear();
    return range !== null;
  }

  private holds(params: CellClassParams): boolean {
    const range = this.drawn;
    const row = params.node.rowIndex;
    return range !== null && row !== null && row >= range.top && row <= range.bottom && range.columnSet.has(params.column.getColId());
  }
}

/** The cell one step (or, `toEdge`, all the way) in a direction from `from`, in the grid's current order. */
export function stepFrom<T>(gridApi: GridApi<T>, from: { rowIndex: number; colId: string }, direction: Direction, toEdge: boolean): { rowIndex: number; column: Column } | null {
  const columns = gridApi.getAllDisplayedColumns();
  const lastRow = gridApi.getDisplayedRowCount() - 1;
  let col = columns.findIndex((c) => c.getColId() === from.colId);
  if (col === -1) col = 0;
  let row = from.rowIndex;
  switch (direction) {
    case 'up':
      row = toEdge ? 0 : Math.max(0, row - 1);
      break;
    case 'down':
      row = toEdge ? lastRow : Math.min(lastRow, row + 1);
      break;
    case 'left':
      col = toEdge ? 0 : Math.max(0, col - 1);
      break;
    case 'right':
      col = toEdge ? columns.length - 1 : Math.min(columns.length - 1, col + 1);
      break;
  }
  const column = columns[col];
  return column && row >= 0 ? { rowIndex: row, column } : null;
}

/** The rows of a range, top to bottom, that hold cells (`hasCells`: an Actions heading holds none). */
export function rowsOfRange<T>(gridApi: GridApi<T>, range: BlockRange, hasCells: (data: T) => boolean): IRowNode<T>[] {
  const nodes: IRowNode<T>[] = [];
  for (let i = range.top; i <= range.bottom; i += 1) {
    const node = gridApi.getDisplayedRowAtIndex(i);
    if (node?.data !== undefined && hasCells(node.data)) nodes.push(node);
  }
  return nodes;
}

/** What a screen reader hears when the block changes: "Selected 3 rows × 2 columns, 6 cells". */
export function blockAnnouncement(rows: number, columns: number): string {
  const words = text();
  if (rows * columns === 1) return words['common.selectedOneCell'];
  return words['common.selectedBlock'](formatNumber(rows), rows, formatNumber(columns), columns, formatNumber(rows * columns));
}

/** Writes one cell for the clipboard, quoted when it holds a tab, a line break or a quote (as spreadsheets read it). */
export function clipboardCell(text: string): string {
  return /[\t\n\r"]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A block's cells as tab-separated text, one line per row, as spreadsheets put a block on the clipboard. */
export function clipboardTable(rows: readonly (readonly string[])[]): string {
  return rows.map((cells) => cells.map(clipboardCell).join('\t')).join('\r\n');
}
