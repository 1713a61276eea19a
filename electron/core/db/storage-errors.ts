// What SQLite's and the file system's failures mean to the person who was saving: a busy workspace, a full disk, a
// read-only file, a damaged one. Every query goes through writes-wait.ts, which turns its SQLite errors into these;
// files/write-file.ts turns the file system's, so that a full disk reads the same wherever it happens.
import { AppError } from '../../../shared/result';

export const BUSY_MESSAGE = 'another PlanDesk window or command is writing to this workspace; try again';

function codeOf(error: unknown): string {
  return error !== null && typeof error === 'object' && 'code' in error && typeof error.code === 'string' ? error.code : '';
}

/** Refusing an edit of a workspace that opened read-only, saying why it did. */
export function readOnlyRefusal(path: string, reason: string): AppError {
  return new AppError('read_only', `${path} is open read-only (${reason}): it can be viewed and exported, but not changed.`);
}

/**
 * The words for a failure of SQLite on the workspace `path`, or null when it is not one of the storage failures.
 * `readOnly` is why the workspace opened read-only, when it did.
 */
export function sqliteFailureInWords(error: unknown, path: string, readOnly: string | null = null): AppError | null {
  const code = codeOf(error);
  const cause = error instanceof Error ? error.message : String(error);
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return new AppError('busy', BUSY_MESSAGE);
  if (code === 'SQLITE_FULL') return new AppError('storage', `the disk is full: ${path} could not be written, and nothing was changed. Free some space and try again.`);
  if (code.startsWith('SQLITE_READONLY')) return readOnlyRefusal(path, readOnly ?? cause);
  if (code.startsWith('SQLITE_IOERR')) return new AppError('storage', `${path} could not be read or written (${cause}); nothing was changed.`);
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') return new AppError('bad_file', `${path} is damaged (${cause}).`);
  return null;
}

/** The words for a failure of the file system while writing `path`, or null when it is not one of them. */
export function fileFailureInWords(error: unknown, path: string): AppError | null {
  switch (codeOf(error)) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new AppError('storage', `the disk is full: ${path} could not be written, and the file that was there (if any) is unchanged. Free some space and try again.`);
    case 'EACCES':
    case 'EPERM':
      return new AppError('storage', `${path} could not be written: permission denied.`);
    case 'EROFS':
      return new AppError('storage', `${path} could not be written: the disk or share is read-only.`);
    case 'EIO':
      return new AppError('storage', `${path} could not be written: the disk reported an input/output error.`);
    case 'ENOENT':
    case 'ENOTDIR':
      return new AppError('storage', `${path} could not be written: its folder does not exist.`);
    default:
      return null;
  }
}
