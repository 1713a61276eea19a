// Long operations (an import, a review pack, a package merge…) as the person waiting for them sees them: what is
// being done, how far along it is, and how it ended. The core reports them; the window shows a progress bar with
// Cancel, and the command line a progress line.
import type { Catalogue } from './language/english';

/** What a phase counts, so that its count says it to the person waiting ("2,400 of 10,000 actions"): a closed set,
 *  each with its words in the catalogue ('progress.unit.<unit>'). A review pack's parts are its sections, its
 *  chapters and the meetings its ratings are read at. */
export const PROGRESS_UNITS = ['actions', 'rows', 'changes', 'workbooks', 'parts', 'pages'] as const;
export type ProgressUnit = (typeof PROGRESS_UNITS)[number];

/** How an operation stands: still running, or how it ended. */
export type OperationState = 'running' | 'done' | 'failed' | 'cancelled';

export interface OperationProgress {
  /** Names the operation for operations:cancel. */
  readonly operationId: string;
  /** The contract method (or command) that started it, such as import:commit. */
  readonly method: string;
  /** What is being done now, in the person's words ("Writing the actions"). */
  readonly phase: string;
  /** Steps of the phase done so far, out of `total` (null: not counted, the bar runs on). */
  readonly done: number;
  readonly total: number | null;
  /** What the steps are; null exactly when `total` is. */
  readonly unit: ProgressUnit | null;
  readonly state: OperationState;
}

/** What a cancelled operation answers, and what the progress bar then says. */
export const CANCELLED_MESSAGE = 'Cancelled — nothing was changed';

/** The count of a counted phase in `words` ("2,400 of 10,000 actions"); '' when the phase is not counted. */
export function countWords(progress: Pick<OperationProgress, 'done' | 'total' | 'unit'>, words: Catalogue): string {
  if (progress.total === null || progress.total === 0 || progress.unit === null) return '';
  return words[`progress.unit.${progress.unit}`](progress.done, progress.total);
}

/** The Electron channel on which the main process sends operations' progress to the window (never invoked). */
export const OPERATION_CHANNEL = 'operations:progress';

/** Listening to operations' progress: window.operations, from the preload or the browser harness's shim. */
export interface OperationEvents {
  /** Calls `listener` with each change of an operation that reports progress; returns the way to stop listening. */
  onProgress(listener: (progress: OperationProgress) => void): () => void;
}

/** Checks an event from outside the page's own code (IPC or the harness's stream) before it is shown. */
export function isOperationProgress(value: unknown): value is OperationProgress {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.operationId === 'string' &&
    typeof v.method === 'string' &&
    typeof v.phase === 'string' &&
    typeof v.done === 'number' &&
    (v.total === null ? v.unit === null : typeof v.total === 'number' && PROGRESS_UNITS.some((unit) => unit === v.unit)) &&
    (v.state === 'running' || v.state === 'done' || v.state === 'failed' || v.state === 'cancelled')
  );
}
