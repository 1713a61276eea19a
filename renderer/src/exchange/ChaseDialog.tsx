// Chasing an agency that has not returned its workbook: the reminder ready to send (subject and text, with the due
// date, the period, the actions missing, signed by the user), copied to the clipboard or saved as an .eml draft with
// the workbook attached, and the workbook as it was sent, saved again to attach. Each of these is recorded as a chase.
import { useEffect, useRef, useState } from 'react';
import type { ReturnRow } from '../../../shared/domain';
import { api, request } from '../data/api';
import { messageOf } from '../data/errors';
import { usePlanQuery } from '../data/usePlanQuery';
import { formatNumber, text } from '../language/language';
import { formatDate } from '../ui/format';

interface Props {
  readonly planId: string;
  readonly row: ReturnRow;
  /** A chase was recorded: the table shows it. */
  readonly onChased: () => void;
  readonly onClose: () => void;
}

export function ChaseDialog({ planId, row, onChased, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const { data: reminder, problem: loadProblem } = usePlanQuery(() => request(api().exchange.reminder({ planId, packageId: row.packageId })), [planId, row.packageId]);
  const [busy, setBusy] = useState<null | 'copy' | 'eml' | 'workbook'>(null);
  const [done, setDone] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const act = async (what: NonNullable<typeof busy>, work: () => Promise<string | null>) => {
    setBusy(what);
    setProblem(null);
    setDone(null);
    try {
      const said = await work();
      if (said !== null) {
        setDone(said);
        onChased();
      }
    } catch (error) {
      setProblem(messageOf(error));
    }
    setBusy(null);
  };

  const copy = () =>
    act('copy', async () => {
      if (!reminder) return null;
      try {
        await navigator.clipboard.writeText(reminder.text);
      } catch {
        throw new Error(text()['exchange.clipboardRefused']);
      }
      await request(api().exchange.chaseCopied({ planId, packageId: row.packageId }));
      return text()['exchange.reminderCopied'];
    });

  const save = (what: 'eml' | 'workbook') =>
    act(what, async () => {
      const saved = await request(api().exchange.saveChase({ planId, packageId: row.packageId, what }));
      if (saved === null) return null;
      return what === 'eml' ? text()['exchange.reminderSaved'](saved.path) : text()['exchange.workbookSaved'](saved.path);
    });

  const words = text();
  const late = row.standing === 'overdue' ? `, ${words['exchange.daysLate'](formatNumber(row.daysLate), row.daysLate)}` : '';
  const due = row.dueDate ? `${words['exchange.dueOn'](formatDate(row.dueDate))}${late}` : words['exchange.noDueDateShort'];
  return (
    <dialog ref={dialog} className="dialog dialog--wide chase-dialog" aria-labelledby="chase-title" aria-describedby="chase-hint" onClose={onClose}>
      <h2 id="chase-title" className="dialog__title">
        {words['exchange.chaseTitle'](row.agency, reminder?.period.label ?? '…')}
      </h2>
      <p id="chase-hint" className="dialog__hint">
        {words['exchange.chaseHint'](due, formatNumber(row.actions), row.actions, formatDate(row.sentOn))}
      </p>
      {reminder && (
        <>
          <label className="dialog__field chase-dialog__field">
            <span>{words['exchange.subject']}</span>
            <input type="text" className="text-input" readOnly value={reminder.subject} />
          </label>
          <label className="dialog__field chase-dialog__field">
            <span>{words['exchange.message']}</span>
            <textarea className="text-input" readOnly rows={13} value={reminder.text} />
          </label>
          <p className="chase-dialog__note muted">
            {reminder.workbook.available ? words['exchange.chaseNote'](row.agency) : words['exchange.chaseNoteNoCopy'](row.agency)}
          </p>
        </>
      )}
      {!reminder && !loadProblem && <p className="muted">{words['exchange.writingReminder']}</p>}
      {done && (
        <p className="chase-dialog__done" role="status">
          {done}
        </p>
      )}
      {(problem ?? loadProblem) && (
        <p className="dialog__problem" role="alert">
          {problem ?? loadProblem}
        </p>
      )}
      <div className="dialog__actions chase-dialog__actions">
        <button type="button" className="button button--primary" autoFocus disabled={!reminder || busy !== null} onClick={() => void copy()}>
          {busy === 'copy' ? words['exchange.copying'] : words['exchange.copyToClipboard']}
        </button>
        <button type="button" className="button" disabled={!reminder || busy !== null} onClick={() => void save('eml')}>
          {busy === 'eml' ? words['exchange.saving'] : words['exchange.saveEml']}
        </button>
        <button type="button" className="button" disabled={!reminder?.workbook.available || busy !== null} onClick={() => void save('workbook')} title={reminder?.workbook.fileName}>
          {busy === 'workbook' ? words['exchange.saving'] : words['exchange.saveWorkbook']}
        </button>
        <span className="chase-dialog__spacer" />
        <button type="button" className="button" onClick={() => dialog.current?.close()}>
          {words['common.close']}
        </button>
      </div>
    </dialog>
  );
}
