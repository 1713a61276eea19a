// File > Restore from Backup…: the automatic backups of the open workspace, newest first, with when and why each was
// taken and what it holds, and restoring the chosen one into a new workspace file (the save dialog asks where; the
// open workspace is never written, and no existing file is written over). A damaged backup is listed, not offered.
import { useEffect, useState } from 'react';
import type { WorkspaceBackup, WorkspaceBackupList } from '../../../shared/domain';
import { api, request } from '../data/api';
import { messageOf } from '../data/errors';
import { formatSize } from '../import/import-model';
import { formatNumber, text } from '../language/language';
import { FormDialog } from '../ui/FormDialog';
import { formatDateTime } from '../ui/format';
import './restore-backup.css';

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

  const words = text();
  return (
    <FormDialog
      id="restore-backup"
      className="dialog--wide"
      title={words['workspace.restoreTitle']}
      hint={words['workspace.restoreHint']}
      submitLabel={words['workspace.restoreInto']}
      busyLabel={words['workspace.restoring']}
      canSubmit={chosen !== null}
      onSubmit={restore}
      onClose={onClose}
    >
      {problem && (
        <p className="dialog__problem" role="alert">
          {problem}
        </p>
      )}
      {!list && !problem && <p className="muted">{words['workspace.readingBackups']}</p>}
      {list && list.backups.length === 0 && <p className="restore-backup__empty">{words['workspace.noBackup']}</p>}
      {list && list.backups.length > 0 && (
        <table className="restore-backup__table">
          <caption className="restore-backup__caption">{words['workspace.backupsCaption']}</caption>
          <thead>
            <tr>
              <th scope="col">{words['workspace.taken']}</th>
              <th scope="col">{words['workspace.why']}</th>
              <th scope="col" className="restore-backup__count">
                {words['workspace.plans']}
              </th>
              <th scope="col" className="restore-backup__count">
                {words['workspace.actions']}
              </th>
              <th scope="col" className="restore-backup__count">
                {words['workspace.size']}
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
      {list && <p className="restore-backup__folder">{words['workspace.keptIn'](list.folder)}</p>}
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
        {!backup.intact && <span className="restore-backup__damaged"> {text()['workspace.damaged']}</span>}
      </td>
      <td>{text()[`workspace.reason.${backup.reason}`]}</td>
      {/* A damaged backup's counts are not known: quick_check failed, so nothing in it is read. */}
      <td className="restore-backup__count">{backup.intact ? formatNumber(backup.plans) : '–'}</td>
      <td className="restore-backup__count">{backup.intact ? formatNumber(backup.actions) : '–'}</td>
      <td className="restore-backup__count">{formatSize(backup.bytes)}</td>
    </tr>
  );
}
