// Automatic backups of a workspace file, taken with SQLite's online backup API (better-sqlite3's backup()) while
// the workspace stays open: on opening it, every few hours of editing, and before an import, a merge or a package is
// opened. Each backup is a complete workspace file, checked before it counts, in a folder of its own per workspace;
// the older ones are pruned by rotation.ts. Restoring writes a backup into a new file, never over an existing one.
import type BetterSqlite3 from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { AppError } from '../../../shared/result';
import { backupsToRemove } from './rotation';
import { quickCheck } from '../db/integrity';
import { openSqliteFile } from '../db/sqlite-file';

export const BACKUP_REASONS = ['opened', 'editing', 'before-import', 'before-merge', 'before-package', 'before-restore'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export interface Backup {
  readonly path: string;
  /** When it was taken, ISO 8601 (UTC). */
  readonly takenAt: string;
  readonly reason: BackupReason;
  readonly bytes: number;
}

/** A backup as File > Restore from Backup… lists it: what it holds, and whether it is intact. */
export interface BackupDescription extends Backup {
  readonly plans: number;
  readonly actions: number;
  readonly intact: boolean;
}

/** The folder of one workspace's backups under `root`: its name, and a hash of its full path (two files may share a name). */
export function backupFolderOf(root: string, workspacePath: string): string {
  const name = basename(workspacePath, extname(workspacePath));
  const hash = createHash('sha256').update(resolve(workspacePath)).digest('hex').slice(0, 10);
  return join(root, `${name}-${hash}`);
}

// plandesk.2026-12-06T13-40-05-123Z.before-import.sqlite: the time first, so names sort by time.
const NAME = /^(.+)\.(\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z)\.([a-z-]+)\.sqlite$/;

function fileNameOf(workspacePath: string, takenAt: Date, reason: BackupReason): string {
  const stamp = takenAt.toISOString().replace(/[:.]/g, '-');
  return `${basename(workspacePath, extname(workspacePath))}.${stamp}.${reason}.sqlite`;
}

function takenAtOf(stamp: string): string {
  const [date, time] = stamp.split('T') as [string, string];
  const [hours, minutes, seconds, millis] = time.slice(0, -1).split('-');
  return `${date}T${hours}:${minutes}:${seconds}.${millis}Z`;
}

/** The backups in a folder, newest first (a missing folder has none; files of other names are not backups). */
export function listBackups(folder: string): Backup[] {
  if (!existsSync(folder)) return [];
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch (error) {
    throw new AppError('not_available', `Could not read the backups in ${folder}: ${describeError(error)}.`, { folder });
  }
  const backups: Backup[] = [];
  for (const name of names) {
    const match = NAME.exec(name);
    const reason = match?.[3] as BackupReason | undefined;
    if (!match || !reason || !BACKUP_REASONS.includes(reason)) continue;
    const path = join(folder, name);
    backups.push({ path, takenAt: takenAtOf(match[2]!), reason, bytes: statSync(path).size });
  }
  return backups.sort((a, b) => b.takenAt.localeCompare(a.takenAt));
}

function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOSPC') return 'the disk is full';
  if (code === 'EROFS') return 'the folder is read-only';
  if (code === 'ENOTDIR' || code === 'EEXIST') return 'a file is in the way of the folder';
  return message;
}

/** A copy of a workspace keeps its write-ahead-log mode; a backup is better as one file that reading leaves alone. */
function singleFile(path: string): void {
  const sqlite = openSqliteFile(path, { fileMustExist: true });
  try {
    sqlite.pragma('journal_mode = DELETE');
  } finally {
    sqlite.close();
  }
}

function removeIfThere(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // Its folder could not be written or read either: there is nothing to remove.
  }
}

/**
 * Copies the open workspace into `folder` while it stays open, checks the copy, then prunes older backups.
 * Nothing is ever written to the workspace itself; a backup that cannot be written fails with the folder and why.
 */
export async function takeBackup(workspace: BetterSqlite3.Database, folder: string, reason: BackupReason, now: Date): Promise<Backup> {
  const path = join(folder, fileNameOf(workspace.name, now, reason));
  const partial = `${path}.partial`;
  try {
    mkdirSync(folder, { recursive: true });
    await workspace.backup(partial);
    singleFile(partial);
    const problems = quickCheck(partial);
    if (problems.length > 0) throw new Error(`the copy is not intact (${problems[0]})`);
    renameSync(partial, path);
  } catch (error) {
    removeIfThere(partial);
    throw new AppError('not_available', `Could not back up ${basename(workspace.name)} into ${folder}: ${describeError(error)}. The workspace itself is unchanged.`, {
      folder,
    });
  }
  pruneBackups(folder, now);
  return { path, takenAt: now.toISOString(), reason, bytes: statSync(path).size };
}

/** Removes the backups the rotation no longer keeps; returns their paths. */
export function pruneBackups(folder: string, now: Date): string[] {
  const removed = backupsToRemove(listBackups(folder), now);
  for (const backup of removed) rmSync(backup.path, { force: true });
  return removed.map((backup) => backup.path);
}

/** Opens a backup read-only to say what it holds and whether it is intact. */
export function describeBackup(backup: Backup): BackupDescription {
  const problems = quickCheck(backup.path);
  const sqlite = openSqliteFile(backup.path, { readonly: true, fileMustExist: true });
  try {
    // Counted here rather than by the plan's queries: a backup may hold an older schema, and only these two counts
    // (what a person recognises a backup by) are needed.
    const count = (table: 'plans' | 'actions') => (sqlite.prepare(`select count(*) as n from ${table} where deleted_at is null`).get() as { n: number }).n;
    return { ...backup, plans: count('plans'), actions: count('actions'), intact: problems.length === 0 };
  } catch {
    return { ...backup, plans: 0, actions: 0, intact: false };
  } finally {
    sqlite.close();
  }
}

/** The newest backup that is intact, for a workspace that is not. */
export function newestIntactBackup(folder: string): BackupDescription | null {
  for (const backup of listBackups(folder)) {
    const described = describeBackup(backup);
    if (described.intact) return described;
  }
  return null;
}

/**
 * Writes a backup into a new workspace file. Refuses a target that exists (the backup is never written over a
 * file, the open workspace least of all) and a backup that is not intact; the target appears only once complete.
 */
export async function restoreBackup(backupPath: string, targetPath: string): Promise<void> {
  if (existsSync(targetPath)) {
    throw new AppError('conflict', `${targetPath} already exists: a backup is restored into a new file. Choose another name.`);
  }
  const problems = quickCheck(backupPath);
  if (problems.length > 0) {
    throw new AppError('bad_file', `The backup ${basename(backupPath)} is damaged (${problems[0]}), so it was not restored.`);
  }
  const partial = `${targetPath}.partial`;
  const backup = openSqliteFile(backupPath, { readonly: true, fileMustExist: true });
  try {
    await backup.backup(partial);
    renameSync(partial, targetPath);
  } catch (error) {
    removeIfThere(partial);
    throw new AppError('not_available', `Could not restore into ${targetPath}: ${describeError(error)}.`);
  } finally {
    backup.close();
  }
}
