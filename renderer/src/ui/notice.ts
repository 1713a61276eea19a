// The short notice at the bottom of the window after an undo, a delete or a paste ("Deleted 5.1.1.2 · Undo").
// A tiny store outside React so that key handlers and any view can publish to it; one notice at a time.
import { useSyncExternalStore } from 'react';

export interface Notice {
  readonly id: number;
  readonly message: string;
  /** One thing the user may want next: undo the delete, redo the undo. */
  readonly action?: { readonly label: string; readonly run: () => void } | undefined;
  /** Problems the user should read (refused pasted cells): the notice stays until closed. */
  readonly details?: readonly string[] | undefined;
}

let notice: Notice | null = null;
let nextId = 1;
const listeners = new Set<() => void>();

function publish(next: Notice | null): void {
  notice = next;
  for (const listener of listeners) listener();
}

export function showNotice(next: Omit<Notice, 'id'>): number {
  const id = nextId++;
  publish({ ...next, id });
  return id;
}

export function closeNotice(id: number): void {
  if (notice?.id === id) publish(null);
}

export function useNotice(): Notice | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => notice,
  );
}
