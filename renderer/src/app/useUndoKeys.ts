// Ctrl+Z / Ctrl+Y / Ctrl+Shift+Z undo and redo the last edits of the plan, in every view, whatever the grid's
// sort or filter: the undo list lives in the main process. While a text field is being typed in, the keys
// belong to that field (its own text undo), as in any desktop application.
import { useEffect, useRef } from 'react';
import { api, request } from '../data/api';
import { reportError } from '../data/errors';
import { showNotice } from '../ui/notice';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement) return !target.readOnly;
  if (target instanceof HTMLInputElement) {
    return !target.readOnly && !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type);
  }
  return target instanceof HTMLSelectElement;
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
      showNotice({ message: direction === 'undo' ? 'Nothing to undo' : 'Nothing to redo' });
      return;
    }
    const outcome = await request(direction === 'undo' ? api().history.undo({}) : api().history.redo({}));
    const changed = outcome.entityIds.length;
    const what = changed > 1 ? ` (${changed} items)` : '';
    const again: UndoDirection = direction === 'undo' ? 'redo' : 'undo';
    const canAgain = again === 'redo' ? outcome.canRedo : outcome.canUndo;
    showNotice({
      message: `${direction === 'undo' ? 'Undone' : 'Redone'}${what}`,
      action: canAgain ? { label: again === 'redo' ? 'Redo' : 'Undo', run: () => void undoOrRedo(again, onPlanChanged) } : undefined,
    });
    onPlanChanged();
  } catch (error) {
    reportError(error);
  }
}

/** Mount once, in the app: `onPlanChanged` makes every open view fetch again. */
export function useUndoKeys(onPlanChanged: () => void): void {
  const latest = useRef(onPlanChanged);
  useEffect(() => {
    latest.current = onPlanChanged;
  }, [onPlanChanged]);
  useEffect(() => {
    // One undo at a time, in the order pressed: a quick Ctrl+Y then Ctrl+Z waits for the redo, it is not dropped.
    let queue: Promise<void> = Promise.resolve();
    let waiting = 0;
    const onKeyDown = (event: KeyboardEvent) => {
      const direction = undoDirectionOf(event);
      if (!direction || event.defaultPrevented || isTyping(event.target)) return;
      event.preventDefault();
      // A held-down key repeats fast: keep a short queue rather than dozens of undos.
      if (waiting >= 10) return;
      waiting += 1;
      queue = queue
        .then(() => undoOrRedo(direction, () => latest.current()))
        .finally(() => {
          waiting -= 1;
        });
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
