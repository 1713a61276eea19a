// The progress of a long operation (an import, a review pack, a package merge…), shown once it has run for half a
// second: what is being done, how far along it is, and Cancel. A modal dialog, because the window's other calls wait
// for the operation anyway, and because it must stay reachable over another modal dialog (the import's). A cancelled
// operation wrote nothing, and the dialog says so before it closes.
import { useEffect, useRef, useState } from 'react';
import { CANCELLED_MESSAGE, countWords, type OperationProgress } from '../../../shared/operations';
import { api } from '../data/api';
import { text } from '../language/language';
import '../styles/dialog.css';
import './progress-bar.css';

/** Shorter operations never show the bar. */
export const SHOW_AFTER_MS = 500;
/** How long "Cancelled — nothing was changed" stays before the dialog closes by itself. */
const CANCELLED_SHOWN_MS = 4000;

/** The dialog's title: what the person asked for, in their words. */
function titleOf(method: string): string {
  const words = text();
  switch (method) {
    case 'import:preview':
    case 'import:commit':
    case 'exchange:send':
    case 'exchange:merge':
    case 'packages:create':
    case 'packages:open':
    case 'packages:merge':
      return words[`progress.${method}`];
    case 'exchange:receive':
    case 'exchange:receiveDropped':
      return words['progress.exchange:receive'];
    case 'reports:model':
    case 'reports:workbook':
    case 'reports:savePdf':
    case 'reports:print':
      return words['progress.reports'];
    default:
      return words['progress.working'];
  }
}

function countOf(progress: OperationProgress): string {
  return countWords(progress, text());
}

type Shown = { readonly progress: OperationProgress; readonly cancelling: boolean } | null;

export function ProgressBar() {
  const dialog = useRef<HTMLDialogElement>(null);
  const [shown, setShown] = useState<Shown>(null);

  useEffect(() => {
    const events = window.operations;
    if (!events) return;
    const firstSeen = new Map<string, number>();
    const latest = new Map<string, OperationProgress>();
    const timers = new Map<string, number>();
    const show = (operationId: string) => {
      const progress = latest.get(operationId);
      if (progress?.state === 'running') setShown((now) => (now?.progress.operationId === operationId ? { ...now, progress } : { progress, cancelling: false }));
    };
    const stop = events.onProgress((progress) => {
      const { operationId } = progress;
      latest.set(operationId, progress);
      if (progress.state === 'running') {
        if (!firstSeen.has(operationId)) {
          firstSeen.set(operationId, performance.now());
          timers.set(operationId, window.setTimeout(() => show(operationId), SHOW_AFTER_MS));
        } else if (performance.now() - firstSeen.get(operationId)! >= SHOW_AFTER_MS) show(operationId);
        return;
      }
      window.clearTimeout(timers.get(operationId));
      timers.delete(operationId);
      firstSeen.delete(operationId);
      latest.delete(operationId);
      setShown((now) => {
        if (now?.progress.operationId !== operationId) return now;
        // Cancelled: the dialog stays to say that nothing was changed; otherwise it goes with the operation.
        return progress.state === 'cancelled' ? { progress, cancelling: false } : null;
      });
    });
    return () => {
      stop();
      for (const timer of timers.values()) window.clearTimeout(timer);
    };
  }, []);

  const open = shown !== null;
  const cancelled = shown?.progress.state === 'cancelled';
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  useEffect(() => {
    if (!cancelled) return;
    const timer = window.setTimeout(() => setShown(null), CANCELLED_SHOWN_MS);
    return () => window.clearTimeout(timer);
  }, [cancelled]);

  const cancel = () => {
    if (!shown) return;
    setShown({ ...shown, cancelling: true });
    void api().operations.cancel({ operationId: shown.progress.operationId });
  };

  const progress = shown?.progress;
  const title = progress ? titleOf(progress.method) : '';
  const determinate = progress !== undefined && progress.total !== null && progress.total > 0;
  return (
    <dialog
      ref={dialog}
      className="dialog progress-dialog"
      aria-labelledby="progress-title"
      aria-describedby="progress-phase"
      // Escape does not close it: only Cancel stops the operation, and the dialog goes when the operation ends.
      onCancel={(event) => event.preventDefault()}
    >
      {progress && (
        <>
          <h2 id="progress-title" className="dialog__title">
            {title}
          </h2>
          {cancelled ? (
            <p id="progress-phase" className="progress-dialog__cancelled" role="status">
              {CANCELLED_MESSAGE}
            </p>
          ) : (
            <>
              <p id="progress-phase" className="progress-dialog__phase">
                <span>{progress.phase}</span>
                <span className="progress-dialog__count">{countOf(progress)}</span>
              </p>
              <progress
                className="progress-dialog__bar"
                aria-labelledby="progress-title"
                aria-valuetext={[progress.phase, countOf(progress)].filter(Boolean).join(', ')}
                {...(determinate ? { value: progress.done, max: progress.total! } : {})}
              />
            </>
          )}
          <div className="dialog__actions">
            {cancelled ? (
              <button type="button" className="button" onClick={() => setShown(null)}>
                {text()['common.close']}
              </button>
            ) : (
              <button type="button" className="button" onClick={cancel} disabled={shown.cancelling}>
                {shown.cancelling ? text()['common.cancelling'] : text()['common.cancel']}
              </button>
            )}
          </div>
        </>
      )}
    </dialog>
  );
}
