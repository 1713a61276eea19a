// Every cell of the actions grid saves as soon as it is left: a field of the action, its agencies (linked to the
// registry), or the name, baseline or target of its single indicator. A value the workspace refuses stays in the
// cell, marked, and the editor opens again on it with the reason; the detail panel saves through the same calls.
import { useCallback, useMemo } from 'react';
import type { CellEditRequestEvent } from 'ag-grid-community';
import type { ActionGridRow } from '../../../shared/domain';
import type { ActionEditableField } from '../../../shared/contract';
import { AppError } from '../../../shared/result';
import { api, request } from '../data/api';
import { formatNumber, text as words } from '../language/language';
import { isRefusal, messageOf, reportError } from '../data/errors';
import { showNotice } from '../ui/notice';
import { revisedEndQuestion, withReasonIfAsked } from '../ui/reason-prompt';
import type { DetailSavers } from './ActionDetailPanel';
import { matchAgencies } from './agency-match';
import { columnName, EDIT_TARGETS, type ColumnId } from './columns';
import { clearTypeAhead } from './editors';
import type { GridState } from './grid-state';
import { labelOf, type GridRow } from './grid-rows';
import type { GridRef, Rows } from './useRows';

/** Saves one indicator value of an action with a single indicator (several: the Indicators view). */
async function saveIndicator(action: ActionGridRow, field: 'name' | 'baseline' | 'target', text: string): Promise<ActionGridRow> {
  if (action.indicators.length > 1) {
    throw new AppError('invalid_input', words()['actions.severalIndicators'](formatNumber(action.indicators.length)));
  }
  const only = action.indicators[0];
  if (!only) {
    if (field !== 'name') throw new AppError('invalid_input', words()['actions.nameIndicatorFirst']);
    const created = await request(api().indicators.create({ actionId: action.id, name: text.trim() }));
    return { ...action, indicators: [{ id: created.id, name: created.name, baseline: created.baseline.text, target: created.target.text }] };
  }
  const updated = await request(api().indicators.update({ indicatorId: only.id, field, value: text }));
  return { ...action, indicators: [{ id: updated.id, name: updated.name, baseline: updated.baseline.text, target: updated.target.text }] };
}

/** The reason a save was refused, to show where it was typed; any other failure goes to the banner too. */
function refusalOf(error: unknown): string {
  if (!isRefusal(error)) reportError(error);
  return messageOf(error);
}

export function useCellSaving(gridRef: GridRef, context: GridState, rows: Rows) {
  const { applyRow } = rows;

  /** Marks the cell refused; if it still has the focus, opens it again with what was typed and why it was refused. */
  const refuse = useCallback(
    (rowId: string, colId: ColumnId, text: string, reason: string) => {
      const gridApi = gridRef.current;
      context.refuse(rowId, colId, reason);
      const node = gridApi?.getRowNode(rowId);
      if (!gridApi || !node || node.rowIndex === null) return;
      gridApi.refreshCells({ rowNodes: [node], columns: [colId], force: true });
      const focused = gridApi.getFocusedCell();
      if (!focused || (focused.rowIndex === node.rowIndex && focused.column.getColId() === colId)) {
        context.setRetry({ rowId, colId, text, reason });
        gridApi.startEditingCell({ rowIndex: node.rowIndex, colKey: colId });
      } else {
        showNotice({
          message: words()['actions.notSaved'](columnName(colId), node.data?.kind === 'action' ? labelOf(node.data.action) : words()['actions.theActionLower']),
          details: [reason],
        });
      }
    },
    [gridRef, context],
  );

  /** The cell's value was saved: a mark of an earlier refusal goes. */
  const accepted = useCallback(
    (rowId: string, colId: ColumnId) => {
      if (context.accept(rowId, colId)) {
        const node = gridRef.current?.getRowNode(rowId);
        if (node) gridRef.current?.refreshCells({ rowNodes: [node], columns: [colId], force: true });
      }
    },
    [gridRef, context],
  );

  /** Saves one cell; resolves to the reason it was refused, or null. */
  const saveCell = useCallback(
    async (action: ActionGridRow, colId: ColumnId, text: string): Promise<string | null> => {
      const target = EDIT_TARGETS[colId];
      if (!target) return words()['actions.filledByPlanDesk'](columnName(colId));
      try {
        let row: ActionGridRow;
        switch (target.kind) {
          case 'field': {
            const field = target.field;
            const saved = await withReasonIfAsked(
              (reason) => request(api().actions.update({ actionId: action.id, field, value: text, ...(reason ? { reason } : {}) })),
              (refusal) => revisedEndQuestion(labelOf(action), text, refusal),
            );
            // Cancelled: nothing saved, the cell shows the stored value again.
            if (saved === null) {
              const node = gridRef.current?.getRowNode(action.id);
              if (node) gridRef.current?.refreshCells({ rowNodes: [node], columns: [colId], force: true });
              return null;
            }
            row = saved;
            break;
          }
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
        return refusalOf(error);
      }
    },
    [applyRow, accepted, context, gridRef],
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

  const onCellEditingStopped = useCallback(() => {
    clearTypeAhead();
    context.setRetry(null);
  }, [context]);

  const savers = useMemo<DetailSavers>(
    () => ({
      saveField: async (actionId: string, field: ActionEditableField, value: string) => {
        try {
          const known = rows.actionOf(actionId);
          const label = known ? labelOf(known) : words()['actions.theAction'];
          const saved = await withReasonIfAsked(
            (reason) => request(api().actions.update({ actionId, field, value, ...(reason ? { reason } : {}) })),
            (refusal) => revisedEndQuestion(label, value, refusal),
          );
          if (saved) applyRow(saved);
          return null;
        } catch (error) {
          return refusalOf(error);
        }
      },
      saveAgencies: async (actionId, role, text) => {
        try {
          applyRow(await request(api().actions.setAgencies({ actionId, role, agencyIds: matchAgencies(text, context.agencies), text })));
          return null;
        } catch (error) {
          return refusalOf(error);
        }
      },
    }),
    [applyRow, context, rows],
  );

  return { refuse, accepted, saveCell, onCellEditRequest, onCellEditingStopped, savers };
}

export type CellSaving = ReturnType<typeof useCellSaving>;
