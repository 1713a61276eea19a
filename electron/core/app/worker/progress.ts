// The Progress (core/progress) that the worker hands to the operation it runs: each call first reads the call's
// cancel flag and throws when it is set, then passes the phase and count on to the host, at most every
// REPORT_EVERY_MS so that an operation of 10,000 steps costs the host a handful of messages, not 10,000. A phase
// renamed with a step (a pack's chapters, one after another) is told at that pace too; a new phase at once.
import type { ProgressUnit } from '../../../../shared/operations';
import type { Progress } from '../../progress/progress';
import { cancelledError, type CancelFlag } from './cancellation';

export const REPORT_EVERY_MS = 100;

export interface ProgressUpdate {
  readonly phase: string;
  readonly done: number;
  readonly total: number | null;
  readonly unit: ProgressUnit | null;
}

export function reportingProgress(flag: CancelFlag, report: (update: ProgressUpdate) => void, now: () => number = () => performance.now()): Progress {
  let phase = '';
  let total: number | null = null;
  let unit: ProgressUnit | null = null;
  let reportedAt = -Infinity;
  const stopIfCancelled = () => {
    if (flag.cancelled) throw cancelledError();
  };
  return {
    phase(name: string, steps?: number, counted?: ProgressUnit, already?: number) {
      stopIfCancelled();
      phase = name;
      total = steps ?? null;
      unit = counted ?? null;
      reportedAt = now();
      report({ phase, done: already ?? 0, total, unit });
    },
    step(done, name) {
      stopIfCancelled();
      if (name !== undefined) phase = name;
      const at = now();
      if (at - reportedAt < REPORT_EVERY_MS && done !== total) return;
      reportedAt = at;
      report({ phase, done, total, unit });
    },
  };
}
