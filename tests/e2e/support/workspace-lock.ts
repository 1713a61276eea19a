// Holding a workspace for writing from the test, as another PlanDesk window or command would: an operation that
// writes waits for it (db/writes-wait.ts, up to the busy timeout), after its progress has begun. A test uses that as
// a real condition to act on a long operation while it is certainly still running, rather than racing its end.
import BetterSqlite3 from 'better-sqlite3';

export interface WorkspaceLock {
  /** Lets the waiting writer go on (nothing was written under the lock); again, nothing. */
  release(): void;
}

export function holdForWriting(workspace: string): WorkspaceLock {
  const sqlite = new BetterSqlite3(workspace, { fileMustExist: true });
  sqlite.exec('BEGIN IMMEDIATE');
  return {
    release() {
      if (!sqlite.open) return;
      sqlite.exec('ROLLBACK');
      sqlite.close();
    },
  };
}
