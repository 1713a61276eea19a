// The backups of the workspace a host has open, as the host takes them: when it opens the workspace, before an
// import, a merge or a package is merged (the contract methods in BACKUP_BEFORE), and every few hours of editing.
// Each backup is read through a read-only connection of its own, so the host (the Electron main process, the
// harness) takes them beside the worker thread that owns the workspace's connection, without waiting for it.
import { basename } from 'node:path';
import type { Channel } from '../../../shared/contract';
import { AppError } from '../../../shared/result';
import { openSqliteFile } from '../db/sqlite-file';
import { backupFolderOf, describeBackup, listBackups, newestIntactBackup, restoreBackup, takeBackup, type Backup, type BackupDescription, type BackupReason } from './backups';
import { editingBackupDue } from './rotation';

/** The contract methods a backup is taken before, and why. */
export const BACKUP_BEFORE: Readonly<Partial<Record<Channel, BackupReason>>> = {
  'import:commit': 'before-import',
  'exchange:merge': 'before-merge',
  'packages:merge': 'before-package',
};

/** Hours of editing between two backups. */
export const EDITING_BACKUP_HOURS = 2;

export interface WorkspaceBackupsOptions {
  /** The folder holding one folder of backups per workspace (the app's user data folder's backups/). */
  readonly root: string;
  readonly now?: () => Date;
}

export class WorkspaceBackups {
  private readonly root: string;
  private readonly now: () => Date;
  private lastBackupAt: Date | null = null;
  private lastEditAt: Date | null = null;

  constructor({ root, now = () => new Date() }: WorkspaceBackupsOptions) {
    this.root = root;
    this.now = now;
  }

  folderOf(workspacePath: string): string {
    return backupFolderOf(this.root, workspacePath);
  }

  /** Backs up the workspace file through a read-only connection of its own. */
  async take(workspacePath: string, reason: BackupReason): Promise<Backup> {
    const sqlite = openSqliteFile(workspacePath, { readonly: true, fileMustExist: true });
    try {
      const backup = await takeBackup(sqlite, this.folderOf(workspacePath), reason, this.now());
      this.lastBackupAt = new Date(backup.takenAt);
      return backup;
    } finally {
      sqlite.close();
    }
  }

  /** Before a call: a backup when the method is one of BACKUP_BEFORE; an edit is noted for the editing backups. */
  async beforeCall(workspacePath: string, channel: string, isEdit: boolean): Promise<Backup | null> {
    const reason = BACKUP_BEFORE[channel as Channel];
    if (isEdit) this.lastEditAt = this.now();
    return reason ? this.take(workspacePath, reason) : null;
  }

  /** A switched workspace starts its own count of editing hours. */
  opened(): void {
    this.lastBackupAt = null;
    this.lastEditAt = null;
  }

  /** Called now and then (a timer): a backup when hours of editing have passed since the last one. */
  async takeIfEditingDue(workspacePath: string): Promise<Backup | null> {
    if (!editingBackupDue(this.lastBackupAt, this.lastEditAt, this.now(), EDITING_BACKUP_HOURS)) return null;
    return this.take(workspacePath, 'editing');
  }

  /** The workspace's backups as File > Restore from Backup… lists them, newest first. */
  list(workspacePath: string): BackupDescription[] {
    return listBackups(this.folderOf(workspacePath)).map(describeBackup);
  }

  newestIntact(workspacePath: string): BackupDescription | null {
    return newestIntactBackup(this.folderOf(workspacePath));
  }

  /** Restores the backup of this workspace named `fileName` (as list() gave it) into `targetPath`, a new file. */
  async restore(workspacePath: string, fileName: string, targetPath: string): Promise<void> {
    const backup = listBackups(this.folderOf(workspacePath)).find((b) => basename(b.path) === fileName);
    if (!backup) throw new AppError('not_found', `There is no backup ${fileName} of ${basename(workspacePath)}`);
    await restoreBackup(backup.path, targetPath);
  }
}
