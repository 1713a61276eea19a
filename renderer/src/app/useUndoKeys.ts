// Ctrl+Z / Ctrl+Y / Ctrl+Shift+Z undo and redo the last edits of the plan, in every view, whatever the grid's
// sort or filter, wherever the focus is (a drop-down, a checkbox, a button): the undo list lives in the main process.
// Only a text field being typed in keeps the keys for its own text undo, as in any desktop application. Edit > Undo and
// Edit > Redo in the menu do the same as the keys (runUndoCommand).
import { useCallback, useEffect, useRef } from 'react';
import { api, request } from '../data/api';
import { reportError } from '../data/errors';
import { showNotice } from '../ui/notice';
import { undoNotice } from './undo-words';
import { text } from '../language/language';

export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement) return !target.readOnly;
  if (target instanceof HTMLInputElement) {
    return !target.readOnly && !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type);
  }
  // A drop-down has no text of its own to undo: the keys are the plan's.
  return false;
}

export type UndoDirection = 'undo' | 'redo';

export function undoDirectionOf(event: KeyboardEvent): UndoDirection | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.shiftKey) return 'redo';
  return null;
}

/** Undoes or redoes one edit, tells the user, and lets the views refetch. */
export async function undoOrRedo(direction: UndoDirection, onPlanChanged: () => void): Promise<void> {
  try {
    const state = await request(api().history.undoState({}));
    if (direction === 'undo' ? !state.canUndo : !state.canRedo) {
      showNotice({ message: direction === 'undo' ? text()['undo.nothingToUndo'] : text()['undo.nothingToRedo'] });
      return;
    }
    const outcome = await request(direction === 'undo' ? api().history.undo({}) : api().history.redo({}));
    const again: UndoDirection = direction === 'undo' ? 'redo' : 'undo';
    const canAgain = again === 'redo' ? outcome.canRedo : outcome.canUndo;
    showNotice({
      message: undoNotice(direction, outcome),
      action: canAgain ? { label: again === 'redo' ? 'Redo' : 'Undo', run: () => void undoOrRedo(again, onPlanChanged) } : undefined,
    });
    onPlanChanged();
  } catch (error) {
    reportError(error);
  }
}

/**
 * Mount once, in the app: `onPlanChanged` makes every open view fetch again. Returns what Edit > Undo / Redo run: the
 * text field's own undo when one is being typed in (as the keys), else the plan's.
 */
export function useUndoKeys(onPlanChanged: () => void): (direction: UndoDirection) => void {
  const latest = useRef(onPlanChanged);
  useEffect(() => {
    latest.current = onPlanChanged;
  }, [onPlanChanged]);
  // One undo at a time, in the order asked: a quick Ctrl+Y then Ctrl+Z waits for the redo, it is not dropped.
  const queue = useRef({ last: Promise.resolve(), waiting: 0 });
  const planUndo = useCallback((direction: UndoDirection) => {
    const line = queue.current;
    // A held-down key repeats fast: keep a short queue rather than dozens of undos.
    if (line.waiting >= 10) return;
    line.waiting += 1;
    line.last = line.last
      .then(() => undoOrRedo(direction, () => latest.current()))
      .finally(() => {
        line.waiting -= 1;
      });
  }, []);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const direction = undoDirectionOf(event);
      if (!direction || event.defaultPrevented || isTyping(event.target)) return;
      event.preventDefault();
      planUndo(direction);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [planUndo]);
  return useCallback(
    (direction: UndoDirection) => {
      // The menu's command comes without a key event: the field being typed in, if any, undoes its own text
      // (execCommand is deprecated but still the only way to run a field's own undo).
      if (isTyping(document.activeElement)) document.execCommand(direction);
      else planUndo(direction);
    },
    [planUndo],
  );
}
