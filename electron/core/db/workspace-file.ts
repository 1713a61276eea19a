// What a file must be for PlanDesk to open it as a workspace, and how one that cannot be written is opened.
//
// Every workspace carries PlanDesk's SQLite application id and its format (user_version: the number of migrations
// it has had). A file with another application id, or with tables but no trace of PlanDesk's migrations, belongs to
// another application and is refused untouched, never converted. A file with migrations this PlanDesk does not know
// comes from a newer PlanDesk and is refused with both formats named. Workspaces from before the application id had
// PlanDesk's migrations table: they are recognised by it and marked on their next opening.
import type BetterSqlite3 from 'better-sqlite3';
import { accessSync, constants, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../../../shared/result';
import { MIGRATIONS } from './migrations';
import { openSqliteFile } from './sqlite-file';
import { sqliteFailureInWords } from './storage-errors';

/** "PLND": the SQLite application id of every PlanDesk workspace (bytes 68–71 of the file). */
export const PLANDESK_APPLICATION_ID = 0x504c4e44;

/** The workspace format this PlanDesk writes: one more with every migration. */
export const WORKSPACE_FORMAT = Object.keys(MIGRATIONS).length;

function hex(id: number): string {
  return `0x${(id >>> 0).toString(16).padStart(8, '0')}`;
}

/**
 * The migrations this file still needs. Refuses a file of another application, or one from a newer PlanDesk, before
 * anything is written to it.
 */
export function pendingMigrations(sqlite: BetterSqlite3.Database, path: string): readonly string[] {
  const applicationId = sqlite.pragma('application_id', { simple: true }) as number;
  if (applicationId !== 0 && applicationId !== PLANDESK_APPLICATION_ID) {
    throw new AppError('bad_file', `${path} is not a PlanDesk workspace: it belongs to another application (SQLite application id ${hex(applicationId)}). PlanDesk did not change it.`);
  }
  const tables = new Set(sqlite.prepare(`select name from sqlite_master where type = 'table'`).pluck().all() as string[]);
  if (!tables.has('kysely_migration')) {
    if (tables.size > 0) {
      throw new AppError('bad_file', `${path} is not a PlanDesk workspace: it is a SQLite database of another application (tables ${[...tables].slice(0, 3).join(', ')}${tables.size > 3 ? ', …' : ''}). PlanDesk did not change it.`);
    }
    return Object.keys(MIGRATIONS);
  }
  const done = new Set(sqlite.prepare('select name from kysely_migration').pluck().all() as string[]);
  const format = Math.max(sqlite.pragma('user_version', { simple: true }) as number, done.size);
  const unknown = [...done].filter((name) => !(name in MIGRATIONS));
  if (unknown.length > 0 || format > WORKSPACE_FORMAT) {
    throw new AppError(
      'bad_file',
      `${path} was written by a newer PlanDesk (workspace format ${format}; this PlanDesk opens formats up to ${WORKSPACE_FORMAT}). Update PlanDesk to open it; it was not changed.`,
      { format, supported: WORKSPACE_FORMAT },
    );
  }
  return Object.keys(MIGRATIONS).filter((name) => !done.has(name));
}

/** After the migrations: the file says what it is, for the next opening and for other tools. */
export function markAsWorkspace(sqlite: BetterSqlite3.Database): void {
  if (sqlite.pragma('application_id', { simple: true }) !== PLANDESK_APPLICATION_ID) sqlite.pragma(`application_id = ${PLANDESK_APPLICATION_ID}`);
  if (sqlite.pragma('user_version', { simple: true }) !== WORKSPACE_FORMAT) sqlite.pragma(`user_version = ${WORKSPACE_FORMAT}`);
}

/** Why an existing workspace cannot be written, in words, or null when it can (SQLite also writes beside it). */
export function readOnlyReason(path: string): string | null {
  const refused = (target: string): string | null => {
    try {
      accessSync(target, constants.W_OK);
      return null;
    } catch (error) {
      return (error as NodeJS.ErrnoException).code ?? 'EACCES';
    }
  };
  const file = refused(path);
  if (file === 'EROFS') return 'it is on a read-only disk or share';
  if (file !== null) return 'the file is read-only';
  const folder = refused(dirname(path));
  if (folder === 'EROFS') return 'it is on a read-only disk or share';
  if (folder !== null) return 'its folder cannot be written (SQLite writes its journal beside the workspace)';
  return null;
}

/**
 * A read-only connection. A workspace in WAL mode needs its shared-memory file beside it, which a read-only folder
 * cannot hold; then the file is read into memory as it is on disk (marked as a rollback-journal database, since a
 * copy in memory has no WAL) and opened from there.
 */
export function openReadOnly(path: string): BetterSqlite3.Database {
  const sqlite = openSqliteFile(path, { readonly: true, fileMustExist: true });
  try {
    sqlite.prepare('select count(*) from sqlite_master').get();
    return sqlite;
  } catch (error) {
    sqlite.close();
    if ((error as { code?: string }).code !== 'SQLITE_CANTOPEN') throw error;
  }
  const bytes = readFileSync(path);
  // Bytes 18 and 19 are the file format's write and read versions: 2 is WAL, 1 a rollback journal.
  if (bytes.length >= 100 && bytes[18] === 2 && bytes[19] === 2) {
    bytes[18] = 1;
    bytes[19] = 1;
  }
  return openSqliteFile(bytes, { readonly: true });
}

/** Why opening failed, for someone who chose the file. */
export function openingFailure(error: unknown, path: string): AppError {
  const code = (error as { code?: string }).code ?? '';
  const cause = error instanceof Error ? error.message : String(error);
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') return new AppError('bad_file', `${path} is not a PlanDesk workspace: ${cause}`);
  return sqliteFailureInWords(error, path) ?? new AppError('bad_file', `${path} is not a PlanDesk workspace: ${cause}`);
}
