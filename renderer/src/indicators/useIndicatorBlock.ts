// A block of cells in the Indicators grid (ui/useCellBlock.ts): Ctrl+C copies it (or the focused cell) as
// tab-separated text as the cells show it; Delete clears its editable cells and Ctrl+D fills its top row's values
// down, each checked as a typed value and written in one undo step (indicators:setCells), or refused whole, saying
// which cells and why. The action, the latest actual and the progress are read-only: left as they were, and said so.
import { useCallback, useEffect, type RefObject } from 'react';
import type { GridApi } from 'ag-grid-community';
import type { IndicatorGridRow } from '../../../shared/domain';
import { AppError } from '../../../shared/result';
import { api, request } from '../data/api';
import { isRefusal, messageOf, reportError } from '../data/errors';
import { clipboardTable, type BlockRange } from '../ui/cell-block';
import { useCellBlock } from '../ui/useCellBlock';
import { formatNumber, text } from '../language/language';
import { cellCopyText, editedCellOf, editValueOf } from './indicator-columns';

type IndicatorCell = { indicatorId: string; field: 'name' | 'kind' | 'baseline' | 'target'; value: string } | { indicatorId: string; periodId: string; value: string };

interface Options {
  readonly planId: string;
  readonly grid: RefObject<GridApi<IndicatorGridRow> | null>;
  readonly area: RefObject<HTMLElement | null>;
  /** Puts rows the workspace sent back into the grid. */
  readonly replaceRows: (rows: readonly IndicatorGridRow[]) => void;
  readonly tell: (tone: 'info' | 'problem', text: string) => void;
}

const everyRow = () => true;

/** "; 2 read-only cells left as they were", or nothing when the block held none. */
function readOnlyLeft(count: number): string {
  return count > 0 ? text()['indicators.readOnlyLeft'](count, formatNumber(count)) : '';
}

function cellOf(colId: string, row: IndicatorGridRow, value: string): IndicatorCell | null {
  const cell = editedCellOf(colId);
  if (!cell) return null;
  return cell.kind === 'actual' ? { indicatorId: row.id, periodId: cell.periodId, value } : { indicatorId: row.id, field: cell.field, value };
}

export function useIndicatorBlock({ planId, grid, area, replaceRows, tell }: Options) {
  const cells = useCellBlock<IndicatorGridRow>({ gridRef: grid, area, hasCells: everyRow });
  const { range, rangeOrFocused, rowsOf } = cells;

  const rowsIn = useCallback((of: BlockRange) => rowsOf(of).flatMap((node) => (node.data ? [node.data] : [])), [rowsOf]);

  // Ctrl+C in the grid copies the block, or the focused cell (AG Grid Community has no clipboard of its own).
  useEffect(() => {
    const onCopy = (event: ClipboardEvent) => {
      const gridApi = grid.current;
      const active = document.activeElement;
      if (!gridApi || !area.current?.contains(active) || gridApi.getEditingCells().length > 0 || active instanceof HTMLInputElement) return;
      const block = rangeOrFocused();
      if (!block) return;
      const lines = rowsIn(block).map((row) => block.columns.map((colId) => cellCopyText(colId, row)));
      if (lines.length === 0) return;
      event.clipboardData?.setData('text/plain', clipboardTable(lines));
      event.preventDefault();
    };
    document.addEventListener('copy', onCopy);
    return () => document.removeEventListener('copy', onCopy);
  }, [area, grid, rangeOrFocused, rowsIn]);

  /** Sends the cells; true when they were written. */
  const send = async (set: IndicatorCell[], verb: string): Promise<boolean> => {
    try {
      replaceRows(await request(api().indicators.setCells({ planId, cells: set })));
      cells.remeasure();
      return true;
    } catch (error) {
      if (!isRefusal(error)) {
        reportError(error);
        return false;
      }
      const listed = ((error as AppError).details as { cells?: { reason: string }[] } | undefined)?.cells;
      const reason = listed?.[0]?.reason ?? messageOf(error);
      tell('problem', listed && listed.length > 1 ? text()['indicators.blockRefusedCells'](verb, formatNumber(listed.length), reason) : text()['indicators.blockRefused'](verb, reason));
      return false;
    }
  };

  /** Delete: clears the block's editable cells (or the focused cell), in one undo step. */
  const clearBlock = async () => {
    const target = rangeOrFocused();
    if (!target) return;
    const set: IndicatorCell[] = [];
    let readOnly = 0;
    for (const row of rowsIn(target)) {
      for (const colId of target.columns) {
        const cell = cellOf(colId, row, '');
        if (cell) set.push(cell);
        else readOnly += 1;
      }
    }
    if (set.length === 0) return tell('info', text()['indicators.nothingToClear'](readOnlyLeft(readOnly)));
    if (await send(set, text()['indicators.nothingCleared'])) tell('info', text()['indicators.cleared'](set.length, formatNumber(set.length), readOnlyLeft(readOnly)));
  };

  /** Ctrl+D: the block's top row's values to the rows below, column by column, in one undo step. */
  const fillDown = async () => {
    const block = range();
    const [top, ...below] = block ? rowsIn(block) : [];
    if (!block || !top || below.length === 0) {
      return tell('info', text()['indicators.selectToFill']);
    }
    const set: IndicatorCell[] = [];
    let readOnly = 0;
    for (const row of below) {
      for (const colId of block.columns) {
        const value = editValueOf(colId, top);
        const cell = value === null ? null : cellOf(colId, row, value);
        if (cell) set.push(cell);
        else readOnly += 1;
      }
    }
    if (set.length === 0) return tell('info', text()['indicators.nothingToFill'](readOnlyLeft(readOnly)));
    if (await send(set, text()['indicators.nothingFilled'])) tell('info', text()['indicators.filled'](set.length, formatNumber(set.length), top.name, readOnlyLeft(readOnly)));
  };

  return { cells, clearBlock, fillDown };
}
