// A worker entry for the host's tests: the real core (serveCore), with two services that misbehave on purpose.
import { parentPort, workerData } from 'node:worker_threads';
import { serveCore } from '../../../../electron/core/app/worker/serve';
import type { WorkerStart } from '../../../../electron/core/app/worker/protocol';

serveCore(parentPort!, workerData as WorkerStart, {
  /** Busy without a pause for up to `seconds`, counting steps: only a cancel through shared memory can stop it. */
  'test:spin': async (input: { seconds: number }, progress) => {
    const until = Date.now() + input.seconds * 1000;
    progress.phase('Spinning');
    let steps = 0;
    while (Date.now() < until) progress.step(++steps);
    return steps;
  },
  /** Throws outside any call, as a bug in a callback would: the worker dies with this call unanswered. */
  'test:crash': () =>
    new Promise(() => {
      setTimeout(() => {
        throw new Error('a bug on purpose');
      }, 10);
    }),
});
