// File > New Plan… in the desktop menu: asks the new plan's title, creates it, and opens it.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { PlanSummary } from '../../../shared/domain';
import { api, request } from '../api';
import '../styles/dialog.css';

export function NewPlanDialog({ onCreated, onClose }: { onCreated: (plan: PlanSummary) => void; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  // A modal <dialog> keeps the focus inside and closes on Escape, as a desktop dialog does.
  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) return;
    setBusy(true);
    try {
      onCreated(await request(api().plans.create({ title: title.trim() })));
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
      setBusy(false);
    }
  };

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="new-plan-title" onClose={onClose}>
      <form onSubmit={create}>
        <h2 id="new-plan-title" className="dialog__title">
          New plan
        </h2>
        <p className="dialog__hint">It opens empty; add chapters and actions, or import a spreadsheet, next.</p>
        <label htmlFor="new-plan-name" className="field-label">
          Plan title
        </label>
        <input
          id="new-plan-name"
          className="text-input"
          value={title}
          maxLength={300}
          autoFocus
          onChange={(event) => setTitle(event.target.value)}
        />
        {problem && (
          <p className="dialog__problem" role="alert">
            {problem}
          </p>
        )}
        <div className="dialog__actions">
          <button type="button" className="button" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={busy || !title.trim()}>
            {busy ? 'Creating…' : 'Create plan'}
          </button>
        </div>
      </form>
    </dialog>
  );
}
