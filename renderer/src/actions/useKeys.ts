// The Actions view's keys. Anywhere in the grid: Delete clears the selected block (or the focused cell), Ctrl+D fills
// the block down (useBlockEdits). On a heading: Enter, Space, ← and → fold it, F2 renames it, Insert adds in it,
// Ctrl+Delete deletes it, Alt+↑/↓ moves it. On an action: Insert adds one below, Ctrl+Shift+D duplicates it, Ctrl+Delete
// deletes it, Ctrl+M moves it to another statement, Alt+↑/↓ one place, Home / End to the row's first / last cell and
// Ctrl+Home / Ctrl+End to the grid's. Anywhere in the view, Ctrl+I shows or hides the detail panel. Every key is listed
// in app/shortcuts.ts.
import { useCallback, useEffect } from 'react';
import type { CellKeyDownEvent, FullWidthCellKeyDownEvent } from 'ag-grid-community';
import { moveToEdge } from '../ui/grid-keys';
import { showNotice } from '../ui/notice';
import { text } from '../language/language';
import type { ActionsDialog } from './ActionDialogs';
import type { BlockEdits } from './useBlockEdits';
import type { GridRow } from './grid-rows';
import type { Commands } from './useCommands';
import type { GridRef, Rows } from './useRows';
import type { Structure } from './useStructure';

interface Options {
  readonly gridRef: GridRef;
  readonly rows: Rows;
  readonly commands: Commands;
  readonly structure: Structure;
  readonly blockEdits: Pick<BlockEdits, 'clearBlock' | 'fillDown'>;
  /** Whether a sort is on: actions keep their plan order, so Alt+↑/↓ asks to clear it first. */
  readonly sorted: boolean;
  readonly ask: (dialog: ActionsDialog) => void;
  readonly togglePanel: () => void;
}

/** Returns the grid's onCellKeyDown; Ctrl+I is listened to on the window. */
export function useKeys({ gridRef, rows, commands, structure, blockEdits, sorted, ask, togglePanel }: Options) {
  const { actionOf, isCollapsed, toggleHeading } = rows;
  const { addAction, duplicateAction, nudgeAction } = commands;
  const { askAddStatement, askRemoveBranch, askRename, moveBranch } = structure;
  const { clearBlock, fillDown } = blockEdits;

  const onCellKeyDown = useCallback(
    (event: CellKeyDownEvent<GridRow> | FullWidthCellKeyDownEvent<GridRow>) => {
      const key = event.event as KeyboardEvent | undefined;
      const data = event.data;
      if (!key || !data || gridRef.current?.getEditingCells().length) return;
      const ctrl = key.ctrlKey || key.metaKey;
      if (key.key === 'Delete' && !ctrl && !key.shiftKey && !key.altKey) {
        key.preventDefault();
        void clearBlock();
        return;
      }
      if (ctrl && !key.shiftKey && !key.altKey && key.key.toLowerCase() === 'd') {
        key.preventDefault();
        void fillDown();
        return;
      }
      // Home / End within the row, Ctrl+Home / Ctrl+End to the grid's first / last cell, as in a spreadsheet.
      if (data.kind === 'action' && gridRef.current && moveToEdge(gridRef.current, key, event.rowIndex)) {
        key.preventDefault();
        return;
      }
      if (data.kind !== 'action') {
        const kind = data.kind;
        const id = data.kind === 'chapter' ? data.chapterId : data.statementId;
        const isOpen = !isCollapsed(data.id);
        if (key.key === 'Enter' || key.key === ' ' || (key.key === 'ArrowLeft' && isOpen) || (key.key === 'ArrowRight' && !isOpen)) toggleHeading(data.id);
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
      const action = actionOf(data.id);
      if (!action) return;
      if (key.key === 'Insert') void addAction();
      else if (ctrl && key.shiftKey && key.key.toLowerCase() === 'd') void duplicateAction();
      else if (ctrl && key.key === 'Delete') ask({ kind: 'delete-action', action });
      else if (ctrl && key.key.toLowerCase() === 'm') ask({ kind: 'move', action });
      else if (key.altKey && (key.key === 'ArrowUp' || key.key === 'ArrowDown')) {
        if (sorted) showNotice({ message: text()['actions.clearSortFirst'] });
        else nudgeAction(action, key.key === 'ArrowUp' ? -1 : 1);
      } else return;
      key.preventDefault();
    },
    [actionOf, addAction, ask, askAddStatement, askRemoveBranch, askRename, clearBlock, duplicateAction, fillDown, gridRef, isCollapsed, moveBranch, nudgeAction, sorted, toggleHeading],
  );

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'i') {
        event.preventDefault();
        togglePanel();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [togglePanel]);

  return onCellKeyDown;
}
