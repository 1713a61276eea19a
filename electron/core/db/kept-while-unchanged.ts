// A value read from the workspace, kept while nothing has been written to it since: any write clears it. One by
// this connection moves `total_changes()`, one by another connection or process (the CLI) moves
// `pragma data_version`. Callers asking for the same key while it is being read share that one read.
import type { Connection } from './connection';

/** What has been written to the workspace so far, by this connection and by any other. */
export function changeStampOf(connection: Connection): string {
  const ownChanges = connection.sqlite.prepare('select total_changes()').pluck().get() as number;
  const otherChanges = connection.sqlite.pragma('data_version', { simple: true }) as number;
  return `${ownChanges}:${otherChanges}`;
}

interface Kept<T> {
  readonly connection: Connection;
  readonly key: string;
  readonly stamp: string;
  readonly value: Promise<T>;
}

/** Keeps the last value read, for one key at a time. */
export class KeptWhileUnchanged<T> {
  private kept: Kept<T> | null = null;
  /** How many times the value was read from the database (for tests). */
  reads = 0;

  /** The value for `key`: the kept one while nothing was written since it was read, else `read()`'s. */
  get(connection: Connection, key: string, read: () => Promise<T>): Promise<T> {
    // The stamp is taken before reading, so a value is never older than the stamp it is kept with.
    const stamp = changeStampOf(connection);
    const kept = this.kept;
    if (kept && kept.connection === connection && kept.key === key && kept.stamp === stamp) return kept.value;
    this.reads++;
    const value = read();
    const entry: Kept<T> = { connection, key, stamp, value };
    this.kept = entry;
    // A failed read is not kept: the next caller reads again.
    value.catch(() => {
      if (this.kept === entry) this.kept = null;
    });
    return value;
  }
}
