// The frame of every small form dialog (New plan, Add agency, Add indicator, Merge agencies, Print timeline):
// a modal <dialog> that keeps the focus inside and closes on Escape, a title, a hint, the fields, the reason
// when the request is refused, and Cancel plus the main button, which shows what is happening while it works.
import { text } from '../language/language';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { messageOf } from '../data/errors';

export interface FormDialogProps {
  /** Names the dialog for screen readers and tests: the title gets the id `${id}-title`. */
  readonly id: string;
  readonly title: ReactNode;
  readonly hint?: ReactNode;
  /** Extra classes for the <dialog> (e.g. "dialog--wide"). */
  readonly className?: string;
  readonly describedBy?: string;
  readonly submitLabel: string;
  /** Shown on the main button while `onSubmit` runs ("Creating…"). */
  readonly busyLabel?: string;
  readonly submitKind?: 'primary' | 'danger';
  readonly canSubmit: boolean;
  /** Does the work; a thrown error is shown in the dialog, which stays open. */
  readonly onSubmit: () => void | Promise<void>;
  readonly onClose: () => void;
  readonly children: ReactNode;
}

export function FormDialog(props: FormDialogProps) {
  const { id, title, hint, className, describedBy, submitLabel, busyLabel, submitKind = 'primary', canSubmit, onSubmit, onClose, children } = props;
  const dialog = useRef<HTMLDialogElement>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!canSubmit || busy) return;
    setBusy(true);
    setProblem(null);
    try {
      await onSubmit();
    } catch (error) {
      setProblem(messageOf(error));
    }
    setBusy(false);
  };

  return (
    <dialog ref={dialog} className={`dialog ${className ?? ''}`.trim()} aria-labelledby={`${id}-title`} aria-describedby={describedBy} onClose={onClose}>
      <form onSubmit={submit}>
        <h2 id={`${id}-title`} className="dialog__title">
          {title}
        </h2>
        {hint && <p className="dialog__hint">{hint}</p>}
        {children}
        {problem && (
          <p className="dialog__problem" role="alert">
            {problem}
          </p>
        )}
        <div className="dialog__actions">
          <button type="button" className="button" onClick={() => dialog.current?.close()}>
            {text()['common.cancel']}
          </button>
          <button type="submit" className={`button button--${submitKind}`} disabled={busy || !canSubmit}>
            {busy && busyLabel ? busyLabel : submitLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
