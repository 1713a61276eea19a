// Counts the edits this window made to the workspace (every call of an `edit` method of the contract that
// succeeded: a cell saved, a paste, an undo or a redo, an override set). What is derived from the whole plan at
// once, such as the delivery ratings, asks again when the count moves: a status changed in the grid can turn an
// action red, and no view has to remember to say so.
import { useSyncExternalStore } from 'react';

let edits = 0;
const listeners = new Set<() => void>();

export function noteEdit(): void {
  edits += 1;
  for (const listener of listeners) listener();
}

/** The number of edits so far: put it among a usePlanQuery's deps to ask again after each edit. */
export function useEditCount(): number {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => edits,
  );
}
