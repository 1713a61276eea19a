// The small modal dialogs of the actions view: confirm a delete, name a chapter or statement, move an action.
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { PlanOutline } from '../../../shared/plan-outline';
import { text as words } from '../language/language';
import './dialogs.css';

function useModal() {
  const dialog = useRef<HTMLDialogElement>(null);
  // A modal <dialog> keeps the focus inside and closes on Escape, as a desktop dialog does.
  // showModal() focuses the first control; the one marked data-autofocus is where typing should start.
  useEffect(() => {
    dialog.current?.showModal();
    dialog.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }, []);
  return dialog;
}

export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  onConfirm,
  onClose,
}: {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const dialog = useModal();
  const titleId = useId();
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby={titleId} onClose={onClose}>
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          onConfirm();
        }}
      >
        <h2 id={titleId} className="dialog__title">
          {title}
        </h2>
        <div className="dialog__hint">{children}</div>
        <div className="dialog__actions">
          <button type="button" className="button" onClick={() => dialog.current?.close()}>
            {words()['common.cancel']}
          </button>
          <button type="submit" className="button button--danger" data-autofocus>
            {confirmLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}

export interface NameFields {
  readonly code: string;
  readonly text: string;
}

/** Asks for a code and a title (chapter) or text (statement). Resolves to an error message to show, or null when done. */
export function NameDialog({
  title,
  hint,
  textLabel,
  initial,
  submitLabel,
  multiline,
  onSubmit,
  onClose,
}: {
  title: string;
  hint: string;
  textLabel: string;
  initial: NameFields;
  submitLabel: string;
  multiline: boolean;
  onSubmit: (fields: NameFields) => Promise<string | null>;
  onClose: () => void;
}) {
  const dialog = useModal();
  const [code, setCode] = useState(initial.code);
  const [text, setText] = useState(initial.text);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const titleId = useId();
  const codeId = useId();
  const textId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return setProblem(words()['actions.cannotBeEmpty'](textLabel));
    setBusy(true);
    const failure = await onSubmit({ code: code.trim(), text: text.trim() });
    setBusy(false);
    if (failure) setProblem(failure);
    else dialog.current?.close();
  };

  return (
    <dialog ref={dialog} className="dialog dialog--wide" aria-labelledby={titleId} onClose={onClose}>
      <form onSubmit={submit}>
        <h2 id={titleId} className="dialog__title">
          {title}
        </h2>
        <p className="dialog__hint">{hint}</p>
        <div className="dialog__fields">
          <div className="dialog__code">
            <label htmlFor={codeId} className="field-label">
              {words()['actions.column.code']}
            </label>
            <input id={codeId} className="text-input" value={code} maxLength={100} onChange={(event) => setCode(event.target.value)} />
          </div>
          <div className="dialog__text">
            <label htmlFor={textId} className="field-label">
              {textLabel}
            </label>
            {multiline ? (
              <textarea
                id={textId}
                className="text-input dialog__textarea"
                value={text}
                data-autofocus
                rows={3}
                onChange={(event) => setText(event.target.value)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter' && !event.shiftKey) {
                    event.preventDefault();
                    event.currentTarget.form?.requestSubmit();
                  }
                }}
              />
            ) : (
              <input id={textId} className="text-input" value={text} data-autofocus onChange={(event) => setText(event.target.value)} />
            )}
          </div>
        </div>
        {problem && (
          <p className="dialog__problem" role="alert">
            {problem}
          </p>
        )}
        <div className="dialog__actions">
          <button type="button" className="button" onClick={() => dialog.current?.close()}>
            {words()['common.cancel']}
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? words()['actions.saving'] : submitLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}

/** Moves an action to another statement (the keyboard's way to do what dragging does). */
export function MoveDialog({
  tree,
  actionLabel,
  currentStatementId,
  onMove,
  onClose,
}: {
  tree: PlanOutline;
  actionLabel: string;
  currentStatementId: string;
  onMove: (statementId: string, position: 'first' | 'last') => void;
  onClose: () => void;
}) {
  const dialog = useModal();
  const [statementId, setStatementId] = useState(currentStatementId);
  const [position, setPosition] = useState<'first' | 'last'>('last');
  const titleId = useId();
  const selectId = useId();
  return (
    <dialog ref={dialog} className="dialog dialog--wide" aria-labelledby={titleId} onClose={onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onMove(statementId, position);
          dialog.current?.close();
        }}
      >
        <h2 id={titleId} className="dialog__title">
          {words()['actions.moveActionTitle']}
        </h2>
        <p className="dialog__hint">{actionLabel}</p>
        <label htmlFor={selectId} className="field-label">
          {words()['actions.policyStatement']}
        </label>
        <select id={selectId} className="text-input dialog__select" value={statementId} data-autofocus onChange={(event) => setStatementId(event.target.value)}>
          {tree.chapters.map((chapter) => (
            <optgroup key={chapter.id} label={[chapter.code, chapter.title].filter(Boolean).join(' ')}>
              {chapter.statements.map((statement) => (
                <option key={statement.id} value={statement.id}>
                  {[statement.code, statement.text].filter(Boolean).join(' ').slice(0, 110)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        <fieldset className="dialog__choice">
          <legend className="field-label">{words()['actions.placeIt']}</legend>
          <label>
            <input type="radio" name="position" checked={position === 'first'} onChange={() => setPosition('first')} /> {words()['actions.firstInStatement']}
          </label>
          <label>
            <input type="radio" name="position" checked={position === 'last'} onChange={() => setPosition('last')} /> {words()['actions.lastInStatement']}
          </label>
        </fieldset>
        <div className="dialog__actions">
          <button type="button" className="button" onClick={() => dialog.current?.close()}>
            {words()['common.cancel']}
          </button>
          <button type="submit" className="button button--primary">
            {words()['actions.moveButton']}
          </button>
        </div>
      </form>
    </dialog>
  );
}
