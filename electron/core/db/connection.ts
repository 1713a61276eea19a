// Opens a workspace file: one SQLite database per workspace, WAL journal, foreign keys on, a busy timeout,
// migrated to the latest schema before anything else touches it. A file that is not a PlanDesk workspace, or one from
// a newer PlanDesk, is refused unchanged (workspace-file.ts); a file that cannot be written opens read-only.
import type BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, type MigrationProvider } from 'kysely';
import { existsSync, statSync } from 'node:fs';
import { AppError } from '../../../shared/result';
import { quickCheck } from './integrity';
import { MIGRATIONS } from './migrations';
import type { Database, Db } from './schema';
import { openSqliteFile, useSqliteAddon } from './sqlite-file';
import { markAsWorkspace, openingFailure, openReadOnly, pendingMigrations, readOnlyReason } from './workspace-file';
import { WritesWaitDialect } from './writes-wait';

export interface OpenOptions {
  /**
   * Path of better-sqlite3's addon built for Electron (the tests and the CLI use the Node build in node_modules). Kept
   * for every later connection of this thread, the backups' included (useSqliteAddon).
   */
  readonly nativeBinding?: string | undefined;
  /** Open without migrating (tests of the migrations themselves). */
  readonly migrate?: boolean;
  /** Refuse a path where no file exists, instead of creating a workspace there (every command that reads one). */
  readonly mustExist?: boolean;
}

export interface Connection {
  readonly db: Db;
  readonly sqlite: BetterSqlite3.Database;
  readonly path: string;
  /** Why the workspace cannot be written ("the file is read-only"), or null: it then opens for viewing and exports only. */
  readonly readOnly: string | null;
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
  const exists = existsSync(path);
  if (!exists && options.mustExist) {
    throw new AppError('not_found', `There is no workspace at ${path}: no such file. Check the path (only import and unpack create a workspace).`);
  }
  refuseDamaged(path);
  const readOnly = exists ? readOnlyReason(path) : null;
  let sqlite: BetterSqlite3.Database | null = null;
  let pending: readonly string[];
  try {
    sqlite = readOnly ? openReadOnly(path) : openSqliteFile(path);
    sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    pending = pendingMigrations(sqlite, path);
    if (!readOnly) sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('synchronous = NORMAL');
  } catch (error) {
    sqlite?.close();
    if (error instanceof AppError) throw error;
    throw openingFailure(error, path);
  }
  if (readOnly && pending.length > 0) {
    sqlite.close();
    throw new AppError(
      'read_only',
      `${path} cannot be opened: ${readOnly}, and it was written by an older PlanDesk, so it must be upgraded once, which needs writing to it. Copy it to a folder you can write to and open the copy.`,
    );
  }
  const db = new Kysely<Database>({ dialect: new WritesWaitDialect(sqlite, path, readOnly) });
  const connection: Connection = {
    db,
    sqlite,
    path,
    readOnly,
    close: async () => {
      await db.destroy();
    },
  };
  if (options.migrate !== false && !readOnly) {
    try {
      await migrateToLatest(db);
      markAsWorkspace(sqlite);
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
