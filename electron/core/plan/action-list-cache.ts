// The actions grid's rows of the last plan listed, kept while the workspace has not changed since, so that opening
// the Actions view again (or after a warm-up) does not read 10,000 actions anew. Any write clears it: one by this
// connection moves `total_changes()`, one by another connection or process (the CLI) moves `pragma data_version`.
import type { ActionGridRow } from '../../../shared/domain';
import type { Month } from '../../../shared/months';
import type { Connection } from '../db/connection';
import { listActionRows } from './action-rows';

interface Kept {
  readonly connection: Connection;
  readonly planId: string;
  readonly currentMonth: Month;
  readonly stamp: string;
  readonly rows: readonly ActionGridRow[];
}

/** What has been written to the workspace so far, by this connection and by any other. */
function changeStampOf(connection: Connection): string {
  const ownChanges = connection.sqlite.prepare('select total_changes()').pluck().get() as number;
  const otherChanges = connection.sqlite.pragma('data_version', { simple: true }) as number;
  return `${ownChanges}:${otherChanges}`;
}

export class ActionListCache {
  private kept: Kept | null = null;
  /** How many times the rows were read from the database (for tests). */
  queries = 0;

  /** The plan's grid rows; the same array as last time while nothing was written. */
  async list(connection: Connection, planId: string, currentMonth: Month): Promise<readonly ActionGridRow[]> {
    // The stamp is taken before reading, so rows are never older than the stamp they are kept with.
    const stamp = changeStampOf(connection);
    const kept = this.kept;
    if (kept && kept.connection === connection && kept.planId === planId && kept.currentMonth === currentMonth && kept.stamp === stamp) {
      return kept.rows;
    }
    this.kept = null;
    this.queries++;
    const rows = await listActionRows(connection.db, planId, currentMonth);
    this.kept = { connection, planId, currentMonth, stamp, rows };
    return rows;
  }
}
