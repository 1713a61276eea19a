// The block of cells of a grid (cell-block.ts) as a view uses it: Shift+arrows (Ctrl+Shift+arrows to the edge) and
// Shift+click stretch it, Escape, a plain move or a plain click clears it, and what a screen reader should hear is returned for the
// view's live region ("Selected 3 rows × 2 columns, 6 cells"). The keys and clicks in the grid's part of the page are
// caught before the grid sees them: AG Grid Community would otherwise just move the focus.
import { useCallback, useEffect, useState, type RefObject } from 'react';
import type { GridApi } from 'ag-grid-community';
import { blockAnnouncement, CellBlock, rowsOfRange, stepFrom, type BlockRange, type CellPlace, type Direction } from './cell-block';
import './cell-block.css';
import { text } from '../language/language';

const ARROWS: Readonly<Record<string, Direction>> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };
/** Keys that move the focus: pressed without Shift, they leave the block behind, as in a spreadsheet. */
const MOVES = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Tab', 'Home', 'End', 'PageUp', 'PageDown']);

/** A text field, a list or an editor keeps its keys and clicks. */
function isField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

interface Options<T> {
  readonly gridRef: RefObject<GridApi<T> | null>;
  /** The grid's part of the page: keys and clicks are caught there. */
  readonly area: RefObject<HTMLElement | null>;
  /** Whether a row holds cells: rows that hold none (the Actions grid's headings) are not counted or copied. */
  readonly hasCells: (data: T) => boolean;
}

export interface CellBlockHandle<T> {
  readonly block: CellBlock;
  /** For the live region: what the last change of the block was, in words. */
  readonly announcement: string;
  /** The block in the grid's current order, or null when there is none. */
  range(): BlockRange | null;
  /** The block, or the focused cell when there is none: what Delete clears. */
  rangeOrFocused(): BlockRange | null;
  /** The rows of the block that hold cells, top to bottom. */
  rowsOf(range: BlockRange): ReturnType<typeof rowsOfRange<T>>;
  clear(): void;
  /** For the grid: rows or columns changed (an edit, a filter, a sort): the block is drawn where its cells are now. */
  remeasure(): void;
}

export function useCellBlock<T>({ gridRef, area, hasCells }: Options<T>): CellBlockHandle<T> {
  const [block] = useState(() => new CellBlock());
  const [announcement, setAnnouncement] = useState('');

  const rowsOf = useCallback((range: BlockRange) => rowsOfRange(gridRef.current!, range, hasCells), [gridRef, hasCells]);

  /** Draws the block again (or its absence); with `announce`, says what it now holds. */
  const redraw = useCallback(
    (announce: boolean) => {
      const gridApi = gridRef.current;
      if (!gridApi) return;
      if (!block.isEmpty) block.remeasure(gridApi);
      gridApi.refreshCells();
      if (!announce) return;
      const range = block.rangeIn(gridApi);
      setAnnouncement(range ? blockAnnouncement(rowsOfRange(gridApi, range, hasCells).length, range.columns.length) : text()['common.selectionCleared']);
    },
    [block, gridRef, hasCells],
  );

  const clear = useCallback(() => {
    if (block.isEmpty) return;
    block.clear();
    redraw(false);
  }, [block, redraw]);

  useEffect(() => {
    const placeAt = (gridApi: GridApi<T>, rowIndex: number, colId: string): CellPlace | null => {
      const id = gridApi.getDisplayedRowAtIndex(rowIndex)?.id;
      return id === undefined ? null : { rowId: id, colId };
    };
    const ready = (target: EventTarget | null): GridApi<T> | null => {
      const gridApi = gridRef.current;
      if (!gridApi || gridApi.getEditingCells().length > 0 || isField(target)) return null;
      return target instanceof Element && area.current?.contains(target) && target.closest('.ag-row') ? gridApi : null;
    };
    /** Stretches the block from the focused cell (or its anchor) to the cell at `rowIndex`, `colId`, and focuses it. */
    const stretchTo = (gridApi: GridApi<T>, rowIndex: number, colId: string) => {
      const focused = gridApi.getFocusedCell();
      const from = focused && placeAt(gridApi, focused.rowIndex, block.extent?.colId ?? focused.column.getColId());
      const to = placeAt(gridApi, rowIndex, colId);
      if (!from || !to) return;
      block.stretch(from, to);
      gridApi.ensureIndexVisible(rowIndex);
      gridApi.ensureColumnVisible(colId);
      gridApi.setFocusedCell(rowIndex, colId);
      redraw(true);
    };

    const onKeyDown = (event: KeyboardEvent) => {
      const gridApi = ready(event.target);
      if (!gridApi) return;
      if (event.key === 'Escape' && !block.isEmpty) {
        event.preventDefault();
        event.stopPropagation();
        block.clear();
        redraw(true);
        return;
      }
      // A plain move (the grid makes it) leaves the block behind. The keys tell, not the grid's focus events: the grid
      // also moves its focus by itself (redrawing rows, scrolling a column into view).
      if (!event.shiftKey && MOVES.has(event.key)) {
        clear();
        return;
      }
      const direction = ARROWS[event.key];
      if (!direction || !event.shiftKey || event.altKey) return;
      event.preventDefault();
      event.stopPropagation();
      const focused = gridApi.getFocusedCell();
      if (!focused) return;
      // The extent keeps its column while it crosses a row without cells (a heading), whose focus has no column.
      const from = { rowIndex: focused.rowIndex, colId: block.extent?.colId ?? focused.column.getColId() };
      const next = stepFrom(gridApi, from, direction, event.ctrlKey || event.metaKey);
      if (next) stretchTo(gridApi, next.rowIndex, next.column.getColId());
    };

    /** The grid cell a Shift+click with the main button presses on, with the grid; null for any other press. */
    const shiftPressOn = (event: MouseEvent) => {
      if (!event.shiftKey || event.button !== 0) return null;
      const gridApi = ready(event.target);
      const cell = event.target instanceof Element ? event.target.closest('.ag-cell') : null;
      const rowIndex = Number(cell?.closest('.ag-row')?.getAttribute('row-index'));
      const colId = cell?.getAttribute('col-id');
      return gridApi && colId && Number.isInteger(rowIndex) && gridApi.getFocusedCell() ? { gridApi, rowIndex, colId } : null;
    };
    // The grid moves the focus on the pointer's press: the block stretches from the focused cell before it does.
    const onPointerDown = (event: PointerEvent) => {
      const press = shiftPressOn(event);
      if (!press) {
        // A plain click on a cell leaves the block behind.
        if (!event.shiftKey && ready(event.target)) clear();
        return;
      }
      event.stopPropagation();
      stretchTo(press.gridApi, press.rowIndex, press.colId);
    };
    // Nor may the browser select the text between the two clicks, or move the focus itself.
    const onMouseDown = (event: MouseEvent) => {
      if (!shiftPressOn(event)) return;
      event.preventDefault();
      event.stopPropagation();
    };

    // On the document, in the capturing phase: before the grid, and whenever the grid's part of the page is shown.
    document.addEventListener('keydown', onKeyDown, true);
    document.addEventListener('pointerdown', onPointerDown, true);
    document.addEventListener('mousedown', onMouseDown, true);
    return () => {
      document.removeEventListener('keydown', onKeyDown, true);
      document.removeEventListener('pointerdown', onPointerDown, true);
      document.removeEventListener('mousedown', onMouseDown, true);
    };
  }, [area, block, clear, gridRef, redraw]);

  const range = useCallback(() => (gridRef.current ? block.rangeIn(gridRef.current) : null), [block, gridRef]);
  const rangeOrFocused = useCallback((): BlockRange | null => {
    const focused = gridRef.current?.getFocusedCell();
    return range() ?? (focused ? { top: focused.rowIndex, bottom: focused.rowIndex, columns: [focused.column.getColId()] } : null);
  }, [gridRef, range]);
  const remeasure = useCallback(() => {
    if (!block.isEmpty) redraw(false);
  }, [block, redraw]);

  return { block, announcement, range, rangeOrFocused, rowsOf, clear, remeasure };
}
