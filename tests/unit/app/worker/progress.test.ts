// The worker's progress: a new phase is told at once, steps (and a phase renamed with a step, such as the pack's
// chapter now read) at most every REPORT_EVERY_MS, the last step of a count always; a cancel stops the next call.
import { describe, expect, it } from 'vitest';
import { CancelFlag } from '../../../../electron/core/app/worker/cancellation';
import { REPORT_EVERY_MS, reportingProgress, type ProgressUpdate } from '../../../../electron/core/app/worker/progress';

function clocked() {
  let clock = 0;
  const updates: ProgressUpdate[] = [];
  const flag = new CancelFlag();
  const progress = reportingProgress(flag, (update) => updates.push(update), () => clock);
  return { progress, updates, flag, advance: (ms: number) => (clock += ms) };
}

describe('progress reported from the worker', () => {
  it('tells phases at once, and steps and renamed steps at the steps’ pace, the count’s end always', () => {
    const { progress, updates, advance } = clocked();
    progress.phase('Reading the plan');
    progress.phase('Chapter detail', 4, 'parts', 0);
    progress.step(0, 'Chapter detail: 5.1 Digital by Default');
    progress.step(1);
    advance(REPORT_EVERY_MS);
    progress.step(1, 'Chapter detail: 5.2 Shared ICT Assets');
    progress.step(2, 'Chapter detail: 5.3 Integrated Services');
    advance(REPORT_EVERY_MS / 2);
    progress.step(3);
    progress.phase('Delivery ratings', 4, 'parts', 3);
    progress.step(4);
    expect(updates).toEqual([
      { phase: 'Reading the plan', done: 0, total: null, unit: null },
      { phase: 'Chapter detail', done: 0, total: 4, unit: 'parts' },
      { phase: 'Chapter detail: 5.2 Shared ICT Assets', done: 1, total: 4, unit: 'parts' },
      { phase: 'Delivery ratings', done: 3, total: 4, unit: 'parts' },
      { phase: 'Delivery ratings', done: 4, total: 4, unit: 'parts' },
    ]);
  });

  it('stops at the next phase or step once cancelled', () => {
    const { progress, flag } = clocked();
    progress.phase('Reading the plan');
    flag.cancel();
    expect(() => progress.step(1, 'Chapter detail: 5.1 Digital by Default')).toThrow('Cancelled — nothing was changed');
    expect(() => progress.phase('Agency scorecards')).toThrow('Cancelled — nothing was changed');
  });
});
