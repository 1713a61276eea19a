// Copy and paste in the actions grid, as in a spreadsheet: Ctrl+C copies the selected block (useBlockEdits) or the
// focused cell; Ctrl+V pastes one value the way typing it would, or a block copied from a spreadsheet onto the cells
// from the focused one rightwards and down, in one change (one Undo). What cannot be pasted is listed in the notice, cell by cell.
import { useEffect, type RefObject } from 'react';
import type { Column, GridApi } from 'ag-grid-community';
import type { ActionGridRow } from '../../../shared/domain';
import type { ActionEditableField } from '../../../shared/contract';
import { api, request } from '../data/api';
import { reportError } from '../data/errors';
import { showNotice } from '../ui/notice';
import { formatNumber, text as words } from '../language/language';
import { undoOrRedo } from '../app/useUndoKeys';
import { columnName, copyText, PASTE_FIELDS, type ColumnId } from './columns';
import type { GridState } from './grid-state';
import type { GridRow } from './grid-rows';
import { clipboardCell } from '../ui/cell-block';
import { parseClipboardTable } from './paste';
import type { CellSaving } from './useCellSaving';
import type { GridRef, Rows } from './useRows';

interface Options {
  readonly planId: string;
  readonly gridRef: GridRef;
  /** The grid's part of the page: copy and paste act only while the focus is in it. */
  readonly area: RefObject<HTMLElement | null>;
  readonly context: GridState;
  readonly rows: Rows;
  readonly saving: CellSaving;
  /** The selected block as tab-separated text, or null when none is selected (the focused cell is copied). */
  readonly copyBlock: () => string | null;
  readonly onPlanChanged: () => void;
}

/** Why a column's cell takes no pasted value. */
function notPastedWhy(colId: ColumnId): string {
  if (colId === 'updated') return words()['actions.notPastedUpdated'];
  if (colId === 'rating') return words()['actions.notPastedRating'];
  return words()['actions.notPastedCellByCell'];
}

export function useClipboard({ planId, gridRef, area, context, rows, saving, copyBlock, onPlanChanged }: Options): void {
  const { actionOf, applyRow } = rows;
  const { accepted, refuse, saveCell } = saving;

  useEffect(() => {
    const inGrid = () => {
      const gridApi = gridRef.current;
      const active = document.activeElement;
      return gridApi && area.current?.contains(active) && gridApi.getEditingCells().length === 0 && !(active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement);
    };
    const onPaste = (event: ClipboardEvent) => {
      const gridApi = gridRef.current;
      if (!gridApi || !inGrid()) return;
      const focused = gridApi.getFocusedCell();
      const text = event.clipboardData?.getData('text/plain') ?? '';
      if (!focused || text === '') return;
      event.preventDefault();
      void pasteBlock(gridApi, focused.rowIndex, focused.column, parseClipboardTable(text));
    };
    const onCopy = (event: ClipboardEvent) => {
      const gridApi = gridRef.current;
      if (!gridApi || !inGrid()) return;
      const block = copyBlock();
      if (block !== null) {
        event.clipboardData?.setData('text/plain', block);
        event.preventDefault();
        return;
      }
      const focused = gridApi.getFocusedCell();
      const data = focused ? gridApi.getDisplayedRowAtIndex(focused.rowIndex)?.data : undefined;
      if (!focused || !data) return;
      const text =
        data.kind === 'action'
          ? clipboardCell(copyText(focused.column.getColId() as ColumnId, data.action, context.rating(data.id)))
          : data.kind === 'chapter'
            ? [data.code, data.title].filter(Boolean).join(' ')
            : [data.code, data.text].filter(Boolean).join(' ');
      event.clipboardData?.setData('text/plain', text);
      event.preventDefault();
    };
    const pasteBlock = async (gridApi: GridApi<GridRow>, rowIndex: number, column: Column, table: string[][]) => {
      const columns = gridApi.getAllDisplayedColumns();
      const first = columns.indexOf(column);
      const targets: ActionGridRow[] = [];
      for (let i = rowIndex; i < gridApi.getDisplayedRowCount() && targets.length < table.length; i++) {
        const data = gridApi.getDisplayedRowAtIndex(i)?.data;
        if (data?.kind === 'action') targets.push(data.action);
      }
      if (targets.length === 0) return showNotice({ message: words()['actions.pasteOnAction'] });
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
          else problems.push(words()['actions.notPasted'](action.code || action.title, columnName(colId), notPastedWhy(colId)));
        });
      });
      if (cells.length === 0) return showNotice({ message: words()['actions.nothingPasted'], details: problems });
      try {
        const outcome = await request(api().actions.paste({ planId, cells: cells.map(({ actionId, field, value }) => ({ actionId, field, value })) }));
        for (const row of outcome.rows) applyRow(row);
        for (const cell of cells) accepted(cell.actionId, cell.colId);
        for (const refusal of outcome.refused) {
          const cell = cells.find((c) => c.actionId === refusal.actionId && c.field === refusal.field);
          const action = actionOf(refusal.actionId);
          if (cell) context.refuse(cell.actionId, cell.colId, refusal.reason);
          const column = cell ? columnName(cell.colId) : refusal.field;
          // The main process often names the field itself ("End: …"): say it once.
          const reason = refusal.reason.startsWith(`${column}: `) ? refusal.reason.slice(column.length + 2) : refusal.reason;
          problems.unshift(words()['actions.cellOf'](action ? action.code || action.title : words()['actions.anAction'], column, reason));
        }
        gridApi.refreshCells({ force: true, columns: [...new Set(cells.map((c) => c.colId))] });
        if (outside > 0) problems.push(words()['actions.outsideGrid'](outside, formatNumber(outside)));
        const refusedCount = outcome.refused.length;
        showNotice({
          message:
            refusedCount > 0
              ? words()['actions.pastedRefused'](outcome.applied, formatNumber(outcome.applied), formatNumber(refusedCount))
              : words()['actions.pasted'](outcome.applied, formatNumber(outcome.applied)),
          details: problems.length > 0 ? problems : undefined,
          action: outcome.applied > 0 ? { label: words()['actions.undo'], run: () => void undoOrRedo('undo', onPlanChanged) } : undefined,
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
  }, [accepted, actionOf, applyRow, area, context, copyBlock, gridRef, onPlanChanged, planId, refuse, saveCell]);
}
