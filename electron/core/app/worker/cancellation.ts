// Cancelling an operation that runs in the worker. The worker does better-sqlite3's synchronous work without going
// back to its event loop until the operation is over, so a "cancel" message would be read only once there is
// nothing left to cancel. The host therefore gives each call a flag in shared memory (a SharedArrayBuffer, shared
// by the two threads rather than copied), sets it with Atomics, and the operation reads it at each of its progress
// steps (progress.ts), where it stops by throwing.
import { CANCELLED_MESSAGE } from '../../../../shared/operations';
import { AppError } from '../../../../shared/result';

export class CancelFlag {
  private readonly cell: Int32Array;

  /** A new flag, or the one the host sent with a call (its buffer). */
  constructor(readonly buffer: SharedArrayBuffer = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT)) {
    this.cell = new Int32Array(buffer);
  }

  cancel(): void {
    Atomics.store(this.cell, 0, 1);
  }

  get cancelled(): boolean {
    return Atomics.load(this.cell, 0) === 1;
  }
}

/** What a cancelled operation throws (and answers): its transaction is rolled back on the way out. */
export function cancelledError(): AppError {
  return new AppError('cancelled', CANCELLED_MESSAGE);
}
