// Opens a workspace file: one SQLite database per workspace, WAL journal, foreign keys on, a busy timeout,
// migrated to the latest schema before anything else touches it.
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, type MigrationProvider } from 'kysely';
import { AppError } from '../../../shared/result';
import { MIGRATIONS } from './migrations';
import type { Database, Db } from './schema';

export interface OpenOptions {
  /** Path of better-sqlite3's compiled addon; the Electron build lives apart from the Node build used by tests. */
  readonly nativeBinding?: string;
  /** Open without migrating (tests of the migrations themselves). */
  readonly migrate?: boolean;
}

export interface Connection {
  readonly db: Db;
  readonly sqlite: BetterSqlite3.Database;
  readonly path: string;
  close(): Promise<void>;
}

const staticMigrations: MigrationProvider = { getMigrations: async () => ({ ...MIGRATIONS }) };

export function createMigrator(db: Kysely<Database>): Migrator {
  return new Migrator({ db, provider: staticMigrations });
}

export async function openDatabase(path: string, options: OpenOptions = {}): Promise<Connection> {
  let sqlite: BetterSqlite3.Database;
  try {
    sqlite = new BetterSqlite3(path, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
    sqlite.pragma('busy_timeout = 5000');
    // Reading the header fails here when the file is not a SQLite database.
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('synchronous = NORMAL');
  } catch (error) {
    throw new AppError('bad_file', `${path} is not a PlanDesk workspace: ${(error as Error).message}`);
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
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
