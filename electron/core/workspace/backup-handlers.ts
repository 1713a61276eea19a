// File > Restore from Backup…: lists the open workspace's automatic backups (taken by the host: core/backups) and
// restores one into a new workspace file the person names in the save dialog. The page names a backup by its file
// name as listed, never by a path; the open workspace is never written.
import { basename, extname } from 'node:path';
import type { WorkspaceBackup } from '../../../shared/domain';
import { AppError } from '../../../shared/result';
import { WorkspaceBackups } from '../backups/workspace-backups';
import type { BackupDescription } from '../backups/backups';
import type { Handlers } from '../host/dispatch';
import type { HandlerKit } from '../host/kit';

const WORKSPACE_FILTERS = [{ name: 'PlanDesk workspace', extensions: ['sqlite', 'plandesk'] }];

function listed(backup: BackupDescription): WorkspaceBackup {
  const { takenAt, reason, bytes, plans, actions, intact } = backup;
  return { fileName: basename(backup.path), takenAt, reason, bytes, plans, actions, intact };
}

/** A name for the restored file that says what it is: plandesk-restored-2026-12-06-1340.sqlite. */
function restoredName(workspacePath: string, takenAt: string): string {
  const stamp = takenAt.slice(0, 16).replace('T', '-').replace(':', '');
  return `${basename(workspacePath, extname(workspacePath))}-restored-${stamp}.sqlite`;
}

export function backupHandlers(kit: HandlerKit): Pick<Handlers, 'backups:list' | 'backups:restore'> {
  const { app } = kit;
  const backups = () => {
    if (!app.backupsRoot) throw new AppError('not_available', 'Backups are kept by the desktop app; this window keeps none');
    return new WorkspaceBackups({ root: app.backupsRoot });
  };
  return {
    'backups:list': () => {
      const workspace = app.connection().path;
      const kept = backups();
      return { folder: kept.folderOf(workspace), backups: kept.list(workspace).map(listed) };
    },
    'backups:restore': async ({ fileName }) => {
      const workspace = app.connection().path;
      const kept = backups();
      const backup = kept.list(workspace).find((b) => basename(b.path) === fileName);
      if (!backup) throw new AppError('not_found', `There is no backup ${fileName} of ${basename(workspace)}`);
      if (!backup.intact) throw new AppError('bad_file', `The backup ${fileName} is damaged, so it cannot be restored: choose another one.`);
      const target = await kit.dialog('chooseSavePath')({
        title: 'Restore the backup into a new workspace file',
        defaultName: restoredName(workspace, backup.takenAt),
        filters: WORKSPACE_FILTERS,
      });
      if (!target) return null;
      await kept.restore(workspace, fileName, target);
      return { path: target };
    },
  };
}
