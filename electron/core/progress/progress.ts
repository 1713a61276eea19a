// What a long operation (an import, a review pack's model, a package's comparison or merge…) calls as it goes: it
// names its phases and counts its steps, so that the person waiting sees how far along it is, and each call is a
// point where the operation stops if the person cancelled it. It stops by throwing (an AppError 'cancelled'), so an
// operation that calls it inside its transaction is rolled back by SQLite: a cancelled operation writes nothing.
//
// The core's capabilities see only this interface; the worker that runs them (app/worker/progress.ts) reports to
// the host and reads the cancel flag the host sets. Without a worker (a unit test, a script), NO_PROGRESS.

import type { ProgressUnit } from '../../../shared/operations';

export interface Progress {
  /** Starts a phase, in the person's words, that is not counted (a file read, one write): the bar runs on. */
  phase(name: string): void;
  /** Starts a phase of `total` steps, each one `unit` ("Preparing the actions · 2,400 of 10,000 actions").
   *  `done`: steps already done, when one count of steps goes on under the phase's new name. */
  phase(name: string, total: number, unit: ProgressUnit, done?: number): void;
  /** `done` steps of the current phase are done. Throws if the operation was cancelled since. `name`: the phase
   *  goes on under this name (the chapter now read), told at the pace of the steps rather than at once. */
  step(done: number, name?: string): void;
}

/** Reports nothing and is never cancelled. */
export const NO_PROGRESS: Progress = {
  phase: () => undefined,
  step: () => undefined,
};
