// The open workspace and the app: what the window shows in its header and on the start page.
import type { Language } from '../language/languages';
import type { PlanSummary } from './plan';

export interface AppInfo {
  readonly version: string;
  readonly workspacePath: string;
  readonly userName: string;
  /** The interface's language (View > Language), kept in the preferences. */
  readonly language: Language;
  /** 'electron' in the desktop app, 'browser' in the test harness (no native dialogs). */
  readonly shell: 'electron' | 'browser';
}

export interface WorkspaceSummary {
  readonly workspacePath: string;
  readonly agencies: number;
  readonly plans: readonly PlanSummary[];
}

/** Why an automatic backup was taken (electron/core/backups). */
export type BackupReason = 'opened' | 'editing' | 'before-import' | 'before-merge' | 'before-package' | 'before-restore';

/** One backup of the open workspace, as File > Restore from Backup… lists it. */
export interface WorkspaceBackup {
  /** Its file's name in the backups folder: the page names a backup by it, never by a path. */
  readonly fileName: string;
  /** When it was taken, ISO 8601 (UTC). */
  readonly takenAt: string;
  readonly reason: BackupReason;
  readonly bytes: number;
  readonly plans: number;
  readonly actions: number;
  /** Whether it passes SQLite's quick_check: a damaged backup is listed as such and cannot be restored. */
  readonly intact: boolean;
}

export interface WorkspaceBackupList {
  /** The folder holding this workspace's backups. */
  readonly folder: string;
  /** Newest first. */
  readonly backups: readonly WorkspaceBackup[];
}
