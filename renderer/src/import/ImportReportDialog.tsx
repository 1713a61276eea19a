// An import's report opened again from the History: the repairs it made and the items to check, as kept with the
// import, each entry about an action leading to it (the Actions view selects it). An import made before PlanDesk kept
// its reports, and a PlanDesk plan file (which needs none), say so.
import { useEffect, useRef } from 'react';
import { api, request } from '../data/api';
import { usePlanQuery } from '../data/usePlanQuery';
import { formatNumber, text } from '../language/language';
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
  const words = text();
  const file = fileName || found ? (found?.file ?? fileName) : null;

  return (
    <dialog ref={dialog} className="dialog import-dialog import-report-dialog" aria-labelledby="import-report-title" onClose={onClose}>
      <h2 id="import-report-title" className="dialog__title">
        {file ? words['import.reportTitleOf'](file) : words['import.reportTitle']}
      </h2>
      {kept.problem ? (
        <p className="dialog__problem" role="alert">
          {kept.problem}
        </p>
      ) : kept.data === undefined ? (
        <p className="muted">{words['import.loadingReport']}</p>
      ) : found === null ? (
        <p className="import-report-dialog__none">{words['import.noReportKept']}</p>
      ) : report === null ? (
        <p className="import-report-dialog__none">{words['import.planFileNoReport'](found.user, formatDateTime(found.at))}</p>
      ) : (
        <>
          <p className="dialog__hint">
            {words['import.importedBy'](found.user, formatDateTime(found.at), formatNumber(report.counts.repairs), formatNumber(doubts))}{' '}
            {linked > 0 && words['import.entriesLead'](formatNumber(linked), linked)}
          </p>
          <div className="import-report-dialog__table">
            <ImportReportTable entries={report.entries} fileName={found.file} onOpenAction={onOpenAction} />
          </div>
        </>
      )}
      <div className="dialog__actions">
        <button type="button" className="button" onClick={() => dialog.current?.close()}>
          {words['common.close']}
        </button>
      </div>
    </dialog>
  );
}
