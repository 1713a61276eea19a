// File > Restore from Backup…: the automatic backups of the open workspace, newest first, with when and why each was
// taken and what it holds, and restoring the chosen one into a new workspace file (the save dialog asks where; the
// open workspace is never written, and no existing file is written over). A damaged backup is listed, not offered.
import { useEffect, useState } from 'react';
import type { BackupReason, WorkspaceBackup, WorkspaceBackupList } from '../../../shared/domain';
import { api, request } from '../data/api';
import { messageOf } from '../data/errors';
import { FormDialog } from '../ui/FormDialog';
import { formatDateTime } from '../ui/format';
import './restore-backup.css';

const REASONS: Readonly<Record<BackupReason, string>> = {
  opened: 'Workspace opened',
  editing: 'After two hours of editing',
  'before-import': 'Before an import',
  'before-merge': 'Before merging returned workbooks',
  'before-package': 'Before merging a package',
  'before-restore': 'Before a restore',
};

function size(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function RestoreBackupDialog({ onRestored, onClose }: { onRestored: (path: string) => void; onClose: () => void }) {
  const [list, setList] = useState<WorkspaceBackupList | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);

  useEffect(() => {
    request(api().backups.list({})).then(
      (found) => {
        setList(found);
        setChosen(found.backups.find((b) => b.intact)?.fileName ?? null);
      },
      (error: unknown) => setProblem(messageOf(error)),
    );
  }, []);

  const restore = async () => {
    if (!chosen) return;
    const restored = await request(api().backups.restore({ fileName: chosen }));
    if (restored) onRestored(restored.path);
  };

  return (
    <FormDialog
      id="restore-backup"
      className="dialog--wide"
      title="Restore from backup"
      hint="PlanDesk backs this workspace up when it opens it, after every two hours of editing, and before an import or a merge. The backup you choose is written into a new workspace file; this one stays as it is."
      submitLabel="Restore into a new file…"
      busyLabel="Restoring…"
      canSubmit={chosen !== null}
      onSubmit={restore}
      onClose={onClose}
    >
      {problem && (
        <p className="dialog__problem" role="alert">
          {problem}
        </p>
      )}
      {!list && !problem && <p className="muted">Reading the backups…</p>}
      {list && list.backups.length === 0 && <p className="restore-backup__empty">There is no backup of this workspace yet.</p>}
      {list && list.backups.length > 0 && (
        <table className="restore-backup__table">
          <caption className="restore-backup__caption">Backups of this workspace, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Taken</th>
              <th scope="col">Why</th>
              <th scope="col" className="restore-backup__count">
                Plans
              </th>
              <th scope="col" className="restore-backup__count">
                Actions
              </th>
              <th scope="col" className="restore-backup__count">
                Size
              </th>
            </tr>
          </thead>
          <tbody>
            {list.backups.map((backup) => (
              <BackupRow key={backup.fileName} backup={backup} chosen={chosen === backup.fileName} onChoose={() => setChosen(backup.fileName)} />
            ))}
          </tbody>
        </table>
      )}
      {list && <p className="restore-backup__folder">Kept in {list.folder}</p>}
    </FormDialog>
  );
}

function BackupRow({ backup, chosen, onChoose }: { backup: WorkspaceBackup; chosen: boolean; onChoose: () => void }) {
  const id = `backup-${backup.fileName}`;
  return (
    <tr className={chosen ? 'restore-backup__row restore-backup__row--chosen' : 'restore-backup__row'}>
      <td>
        <input type="radio" name="backup" id={id} checked={chosen} disabled={!backup.intact} onChange={onChoose} />{' '}
        <label htmlFor={id}>{formatDateTime(backup.takenAt)}</label>
        {!backup.intact && <span className="restore-backup__damaged"> damaged, cannot be restored</span>}
      </td>
      <td>{REASONS[backup.reason]}</td>
      {/* A damaged backup's counts are not known: quick_check failed, so nothing in it is read. */}
      <td className="restore-backup__count">{backup.intact ? backup.plans.toLocaleString('en') : '–'}</td>
      <td className="restore-backup__count">{backup.intact ? backup.actions.toLocaleString('en') : '–'}</td>
      <td className="restore-backup__count">{size(backup.bytes)}</td>
    </tr>
  );
}
