// The commands on actions: add (below the focused one), duplicate, delete (with Undo in the notice), move to another
// statement, one place up or down (Alt+↑/↓), and by dragging a row. Each saves at once and shows the result in the
// grid without reloading the plan.
import { useCallback } from 'react';
import type { RowDragEndEvent } from 'ag-grid-community';
import type { ActionGridRow } from '../../../shared/domain';
import { api, request } from '../data/api';
import { reportError } from '../data/errors';
import { showNotice } from '../ui/notice';
import { formatNumber, text } from '../language/language';
import type { ColumnId } from './columns';
import { labelOf, type GridRow } from './grid-rows';
import type { GridRef, Rows } from './useRows';

/** Where the focused cell is in the plan: its chapter, statement and action (null for what it is not in). */
export interface Place {
  readonly chapterId: string | null;
  readonly statementId: string | null;
  readonly actionId: string | null;
}

export function useCommands(gridRef: GridRef, rows: Rows) {
  const { actionOf, outline, orderedActions, placeRow, removeRow, applyRow } = rows;

  /** Puts the focus back on an action's row (after a notice's button took it). */
  const focusAction = useCallback(
    (actionId: string) => {
      const gridApi = gridRef.current;
      const node = gridApi?.getRowNode(actionId);
      const column = gridApi?.getFocusedCell()?.column.getColId() ?? 'title';
      if (gridApi && node && node.rowIndex !== null) gridApi.setFocusedCell(node.rowIndex, column);
    },
    [gridRef],
  );

  const focusedAction = useCallback((): ActionGridRow | null => {
    const gridApi = gridRef.current;
    const cell = gridApi?.getFocusedCell();
    const node = cell ? gridApi?.getDisplayedRowAtIndex(cell.rowIndex) : undefined;
    return node?.data?.kind === 'action' ? (actionOf(node.data.id) ?? null) : null;
  }, [gridRef, actionOf]);

  const focusedPlace = useCallback((): Place => {
    const gridApi = gridRef.current;
    const cell = gridApi?.getFocusedCell();
    const data = cell ? gridApi?.getDisplayedRowAtIndex(cell.rowIndex)?.data : undefined;
    if (!data) return { chapterId: null, statementId: null, actionId: null };
    if (data.kind === 'action') return { chapterId: data.action.chapterId, statementId: data.action.statementId, actionId: data.id };
    if (data.kind === 'statement') return { chapterId: data.chapterId, statementId: data.statementId, actionId: null };
    return { chapterId: data.chapterId, statementId: null, actionId: null };
  }, [gridRef]);

  const currentColumn = useCallback((): ColumnId => (gridRef.current?.getFocusedCell()?.column.getColId() as ColumnId | undefined) ?? 'title', [gridRef]);

  /** A new action: at the end of the statement given, else below the focused action, else in the last statement. */
  const addAction = useCallback(
    async (statementId?: string) => {
      const place = focusedPlace();
      const target = statementId ?? place.statementId ?? outline()?.chapters.flatMap((c) => c.statements).at(-1)?.id;
      if (!target) {
        showNotice({ message: text()['actions.addStatementFirst'] });
        return;
      }
      try {
        const row = await request(
          api().actions.create({ statementId: target, afterActionId: statementId === undefined && place.statementId === target ? place.actionId : null }),
        );
        placeRow(row, { colId: 'title', edit: true });
      } catch (error) {
        reportError(error);
      }
    },
    [focusedPlace, outline, placeRow],
  );

  const duplicateAction = useCallback(async () => {
    const action = focusedAction();
    if (!action) return showNotice({ message: text()['actions.chooseToDuplicate'] });
    try {
      placeRow(await request(api().actions.duplicate({ actionId: action.id })), { colId: 'title', edit: false });
      showNotice({ message: text()['actions.duplicated'](labelOf(action)) });
    } catch (error) {
      reportError(error);
    }
  }, [focusedAction, placeRow]);

  const deleteAction = useCallback(
    async (action: ActionGridRow) => {
      try {
        await request(api().actions.delete({ actionId: action.id }));
      } catch (error) {
        reportError(error);
        return;
      }
      // Focus moves to the next row, as in a spreadsheet.
      const gridApi = gridRef.current;
      const index = gridApi?.getRowNode(action.id)?.rowIndex ?? null;
      removeRow(action.id);
      if (gridApi && index !== null) {
        const next = Math.min(index, gridApi.getDisplayedRowCount() - 1);
        if (next >= 0) gridApi.setFocusedCell(next, currentColumn());
      }
      showNotice({
        message: text()['actions.deleted'](labelOf(action)),
        action: {
          label: text()['actions.undo'],
          run: () => {
            void request(api().actions.restore({ actionId: action.id }))
              .then((row) => placeRow(row, { colId: 'title', edit: false }))
              .catch(reportError);
          },
        },
      });
    },
    [gridRef, currentColumn, placeRow, removeRow],
  );

  /** Gives the actions of the statement left and the one joined their codes in order (one change, one undo). */
  const renumberAfterMove = useCallback(
    async (movedId: string, statementIds: readonly string[], names: string) => {
      try {
        const changed = await request(api().statements.renumber({ statementIds: [...statementIds] }));
        for (const row of changed) applyRow(row);
        const moved = changed.find((row) => row.id === movedId);
        showNotice({
          message:
            changed.length === 0
              ? text()['actions.codesInOrder'](names)
              : moved
                ? text()['actions.renumberedMoved'](changed.length, formatNumber(changed.length), names, moved.code)
                : text()['actions.renumbered'](changed.length, formatNumber(changed.length), names),
        });
        focusAction(movedId);
      } catch (error) {
        reportError(error);
      }
    },
    [applyRow, focusAction],
  );

  const moveAction = useCallback(
    async (action: ActionGridRow, statementId: string, beforeActionId: string | null) => {
      if (beforeActionId === action.id) return;
      try {
        const row = await request(api().actions.move({ actionId: action.id, statementId, beforeActionId }));
        placeRow(row, { colId: currentColumn(), edit: false });
        if (row.statementId === action.statementId) return;
        // Into another statement: say where it went, and offer to put both statements' codes in order.
        const statements = outline()?.chapters.flatMap((c) => c.statements) ?? [];
        const codeOf = (id: string) => statements.find((s) => s.id === id)?.code || text()['actions.itsStatement'];
        const names = text()['actions.twoStatements'](codeOf(action.statementId), codeOf(row.statementId));
        showNotice({
          message: text()['actions.movedTo'](labelOf(action), [row.statementCode, row.statementText].filter(Boolean).join(' ').slice(0, 80)),
          action: { label: text()['actions.renumberCodes'], run: () => void renumberAfterMove(action.id, [action.statementId, row.statementId], names) },
        });
      } catch (error) {
        reportError(error);
      }
    },
    [currentColumn, placeRow, outline, renumberAfterMove],
  );

  /** The Move dialog's choice: first or last of a statement. */
  const moveToStatement = useCallback(
    (action: ActionGridRow, statementId: string, position: 'first' | 'last') => {
      const others = orderedActions(statementId).filter((a) => a.id !== action.id);
      void moveAction(action, statementId, position === 'first' ? (others[0]?.id ?? null) : null);
    },
    [moveAction, orderedActions],
  );

  /** Alt+↑ / Alt+↓: one place up or down; past the first or last of a statement, into the neighbouring statement. */
  const nudgeAction = useCallback(
    (action: ActionGridRow, direction: -1 | 1) => {
      const tree = outline();
      if (!tree) return;
      const siblings = orderedActions(action.statementId);
      const index = siblings.findIndex((a) => a.id === action.id);
      if (direction === -1 && index > 0) return void moveAction(action, action.statementId, siblings[index - 1]!.id);
      if (direction === 1 && index < siblings.length - 1) return void moveAction(action, action.statementId, siblings[index + 2]?.id ?? null);
      const statements = tree.chapters.flatMap((c) => c.statements);
      const neighbour = statements[statements.findIndex((s) => s.id === action.statementId) + direction];
      if (!neighbour) return;
      // Into the statement above: last; into the statement below: first.
      void moveAction(action, neighbour.id, direction === -1 ? null : (orderedActions(neighbour.id)[0]?.id ?? null));
    },
    [moveAction, orderedActions, outline],
  );

  const onRowDragEnd = useCallback(
    (event: RowDragEndEvent<GridRow>) => {
      const tree = outline();
      const dragged = event.node.data;
      const over = event.overNode?.data;
      if (!tree || !dragged || dragged.kind !== 'action' || !over || over.id === dragged.id) return;
      const downward = (event.overNode?.rowIndex ?? 0) > (event.node.rowIndex ?? 0);
      const action = dragged.action;
      const statements = tree.chapters.flatMap((c) => c.statements);
      const others = (statementId: string) => orderedActions(statementId).filter((a) => a.id !== action.id);
      if (over.kind === 'action') {
        const list = others(over.action.statementId);
        const index = list.findIndex((a) => a.id === over.id);
        void moveAction(action, over.action.statementId, downward ? (list[index + 1]?.id ?? null) : over.id);
        return;
      }
      const firstStatement = over.kind === 'statement' ? over.statementId : tree.chapters.find((c) => c.id === over.chapterId)?.statements[0]?.id;
      if (downward && firstStatement) return void moveAction(action, firstStatement, others(firstStatement)[0]?.id ?? null);
      // Dragged up onto a heading: the end of the statement before it.
      const at = statements.findIndex((s) => s.id === firstStatement);
      const before = at > 0 ? statements[at - 1] : undefined;
      if (before) void moveAction(action, before.id, null);
      else if (firstStatement) void moveAction(action, firstStatement, others(firstStatement)[0]?.id ?? null);
    },
    [moveAction, orderedActions, outline],
  );

  return { focusedAction, focusedPlace, currentColumn, addAction, duplicateAction, deleteAction, moveAction, moveToStatement, nudgeAction, onRowDragEnd };
}

export type Commands = ReturnType<typeof useCommands>;
