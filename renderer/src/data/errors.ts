// The errors waiting for the user to read them. A tiny store outside React so that any code
// (api helpers, event handlers) can report an error; the ErrorBanner shows them until dismissed.
import { useSyncExternalStore } from 'react';

export interface ShownError {
  readonly id: number;
  readonly message: string;
  readonly code: string | null;
}

let errors: readonly ShownError[] = [];
let nextId = 1;
const listeners = new Set<() => void>();

function publish(next: readonly ShownError[]): void {
  errors = next;
  for (const listener of listeners) listener();
}

function describe(error: unknown): { message: string; code: string | null } {
  if (error instanceof Error) {
    const code = 'code' in error && typeof error.code === 'string' ? error.code : null;
    return { message: error.message, code };
  }
  return { message: String(error), code: null };
}

export function reportError(error: unknown): void {
  const { message, code } = describe(error);
  // The same failure twice in a row (a double click) is shown once.
  const last = errors[errors.length - 1];
  if (last && last.message === message) return;
  // Keep the newest few: a flood of the same cause should not cover the screen.
  publish([...errors, { id: nextId++, message, code }].slice(-4));
}

export function dismissError(id: number): void {
  publish(errors.filter((e) => e.id !== id));
}

export function useErrors(): readonly ShownError[] {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => errors,
  );
}
