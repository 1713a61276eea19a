// What a failure says, and the errors waiting for the user to read them: a tiny store outside React so that any
// code (api helpers, event handlers) can report an error; the ErrorBanner shows them until dismissed.
import { useSyncExternalStore } from 'react';
import { AppError } from '../../../shared/result';
import { text } from '../language/language';

/** The words of a failure, to show to the user. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * A refusal the user can fix where they typed (a bad value, a name already taken, a row gone meanwhile), shown
 * beside the field, as opposed to a failure to report in the banner.
 */
export function isRefusal(error: unknown): boolean {
  return error instanceof AppError && (error.code === 'invalid_input' || error.code === 'conflict' || error.code === 'not_found');
}

/** The heading of a reported failure: what kind of failure it is, in words, when its code says. */
export function titleOf(code: string | null): string {
  const words = text();
  switch (code) {
    case 'read_only':
    case 'busy':
    case 'storage':
    case 'conflict':
    case 'invalid_input':
    case 'bad_file':
      return words[`error.${code}`];
    default:
      return words['error.other'];
  }
}

/** The person cancelled a long operation: no failure, and the progress bar already said that nothing was changed. */
export function isCancelled(error: unknown): boolean {
  return error instanceof AppError && error.code === 'cancelled';
}

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
  return { message: messageOf(error), code: error instanceof AppError ? error.code : null };
}

export function reportError(error: unknown): void {
  if (isCancelled(error)) return;
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
