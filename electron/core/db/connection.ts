// Opens a workspace file: one SQLite database per workspace, WAL journal, foreign keys on, a busy timeout,
// migrated to the latest schema before anything else touches it.
import type BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, type MigrationProvider } from 'kysely';
import { existsSync, statSync } from 'node:fs';
import { AppError } from '../../../shared/result';
import { quickCheck } from './integrity';
import { MIGRATIONS } from './migrations';
import type { Database, Db } from './schema';
import { openSqliteFile, useSqliteAddon } from './sqlite-file';
import { WritesWaitDialect } from './writes-wait';

export interface OpenOptions {
  /**
   * Path of better-sqlite3's addon built for Electron (the tests and the CLI use the Node build in node_modules). Kept
   * for every later connection of this thread, the backups' included (useSqliteAddon).
   */
  readonly nativeBinding?: string | undefined;
  /** Open without migrating (tests of the migrations themselves). */
  readonly migrate?: boolean;
}

export interface Connection {
  readonly db: Db;
  readonly sqlite: BetterSqlite3.Database;
  readonly path: string;
  close(): Promise<void>;
}

/**
 * How long a write waits for another window or command to finish its own (writes-wait.ts makes every transaction
 * wait here): long enough for a large import or merge, the longest writes there are.
 */
export const BUSY_TIMEOUT_MS = 30_000;

const staticMigrations: MigrationProvider = { getMigrations: async () => ({ ...MIGRATIONS }) };

export function createMigrator(db: Kysely<Database>): Migrator {
  return new Migrator({ db, provider: staticMigrations });
}

/**
 * A workspace SQLite finds damaged is refused before anything writes to it (journal mode, migrations), so that it stays
 * as it was for its backups to replace; `details.damaged` tells the host to offer the newest intact backup.
 */
function refuseDamaged(path: string): void {
  if (!existsSync(path) || statSync(path).size === 0) return;
  const problems = quickCheck(path);
  // A file that is no SQLite database at all is refused below, as not a workspace.
  if (problems.length === 0 || problems.some((problem) => /not a database/.test(problem))) return;
  throw new AppError('bad_file', `${path} is damaged (${problems[0]}). PlanDesk did not open it and wrote nothing to it.`, { damaged: true, path, problems });
}

export async function openDatabase(path: string, options: OpenOptions = {}): Promise<Connection> {
  if (options.nativeBinding) useSqliteAddon(options.nativeBinding);
  refuseDamaged(path);
  let sqlite: BetterSqlite3.Database;
  try {
    sqlite = openSqliteFile(path);
    sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    // Reading the header fails here when the file is not a SQLite database.
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('synchronous = NORMAL');
  } catch (error) {
    throw new AppError('bad_file', `${path} is not a PlanDesk workspace: ${(error as Error).message}`);
  }
  const db = new Kysely<Database>({ dialect: new WritesWaitDialect(sqlite) });
  const connection: Connection = {
    db,
    sqlite,
    path,
    close: async () => {
      await db.destroy();
    },
  };
  if (options.migrate !== false) {
    try {
      await migrateToLatest(db);
    } catch (error) {
      await connection.close();
      throw error;
    }
  }
  return connection;
}

export async function migrateToLatest(db: Kysely<Database>): Promise<void> {
  const { error, results } = await createMigrator(db).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new AppError('internal', `The workspace could not be upgraded (migration ${failed}): ${String(error)}`);
  }
}
