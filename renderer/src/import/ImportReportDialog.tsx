// An import's report opened again from the History: the repairs it made and the items to check, as kept with the
// import, each entry about an action leading to it (the Actions view selects it). An import made before PlanDesk kept
// its reports, and a PlanDesk plan file (which needs none), say so.
import { useEffect, useRef } from 'react';
import { api, request } from '../data/api';
import { usePlanQuery } from '../data/usePlanQuery';
import { formatDateTime } from '../ui/format';
import { ImportReportTable } from './ImportReportTable';
import './import-dialog.css';
import './import-report-dialog.css';

interface Props {
  /** The import's batch of the change history. */
  readonly batchId: string;
  /** The file as the History names it, until the kept report says more. */
  readonly fileName: string | null;
  readonly onOpenAction: (actionId: string) => void;
  readonly onClose: () => void;
}

export function ImportReportDialog({ batchId, fileName, onOpenAction, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const kept = usePlanQuery(() => request(api().import.report({ batchId })), [batchId]);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  const found = kept.data ?? null;
  const report = found?.report ?? null;
  const doubts = report?.counts.doubts ?? 0;
  const linked = report?.entries.filter((e) => e.actionId).length ?? 0;

  return (
    <dialog ref={dialog} className="dialog import-dialog import-report-dialog" aria-labelledby="import-report-title" onClose={onClose}>
      <h2 id="import-report-title" className="dialog__title">
        Import report{fileName || found ? ` — ${found?.file ?? fileName}` : ''}
      </h2>
      {kept.problem ? (
        <p className="dialog__problem" role="alert">
          {kept.problem}
        </p>
      ) : kept.data === undefined ? (
        <p className="muted">Loading the report…</p>
      ) : found === null ? (
        <p className="import-report-dialog__none">
          No report was kept for this import: it was made before PlanDesk kept import reports. Import the file again into this plan to see what the importer
          repairs and what to check; matched actions are updated, nothing is added twice.
        </p>
      ) : report === null ? (
        <p className="import-report-dialog__none">
          Imported by {found.user} on {formatDateTime(found.at)}. A PlanDesk plan file is read as it was written: nothing needed repairing, so there is no report.
        </p>
      ) : (
        <>
          <p className="dialog__hint">
            Imported by {found.user} on {formatDateTime(found.at)}: {report.counts.repairs.toLocaleString('en')} repaired, {doubts.toLocaleString('en')} to check.{' '}
            {linked > 0 && `The ${linked === 1 ? 'entry' : `${linked.toLocaleString('en')} entries`} about an action ${linked === 1 ? 'leads' : 'lead'} to it in the Actions view.`}
          </p>
          <div className="import-report-dialog__table">
            <ImportReportTable entries={report.entries} fileName={found.file} onOpenAction={onOpenAction} />
          </div>
        </>
      )}
      <div className="dialog__actions">
        <button type="button" className="button" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </div>
    </dialog>
  );
}
