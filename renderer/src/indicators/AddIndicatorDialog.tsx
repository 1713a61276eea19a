// "Add indicator…": chooses the action (the focused row's by default) and names the new indicator.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ActionGridRow, IndicatorGridRow } from '../../../shared/domain';
import { api, request } from '../api';
import '../styles/dialog.css';

interface Props {
  readonly planId: string;
  readonly defaultActionId: string | null;
  readonly onAdded: (row: IndicatorGridRow) => void;
  readonly onClose: () => void;
}

function shortTitle(title: string): string {
  return title.length > 90 ? `${title.slice(0, 88)}…` : title;
}

export function AddIndicatorDialog({ planId, defaultActionId, onAdded, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [actions, setActions] = useState<readonly ActionGridRow[] | null>(null);
  const [actionId, setActionId] = useState(defaultActionId ?? '');
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    dialog.current?.showModal();
    request(api().actions.list({ planId }))
      .then((list) => {
        setActions(list);
        setActionId((current) => current || list[0]?.id || '');
      })
      .catch((error: unknown) => setProblem(error instanceof Error ? error.message : String(error)));
  }, [planId]);

  const chapters = new Map<string, ActionGridRow[]>();
  for (const action of actions ?? []) {
    const key = `${action.chapterCode} ${action.chapterTitle}`.trim();
    chapters.set(key, [...(chapters.get(key) ?? []), action]);
  }

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (!actionId || !name.trim()) return;
    setBusy(true);
    try {
      onAdded(await request(api().indicators.create({ actionId, name: name.trim() })));
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
      setBusy(false);
    }
  };

  return (
    <dialog ref={dialog} className="dialog dialog--wide" aria-labelledby="add-indicator-title" onClose={onClose}>
      <form onSubmit={add}>
        <h2 id="add-indicator-title" className="dialog__title">
          Add an indicator
        </h2>
        <p className="dialog__hint">Its kind is read from the baseline and target you type next; change it in the Kind column.</p>
        <label htmlFor="add-indicator-action" className="field-label">
          Action it measures
        </label>
        <select id="add-indicator-action" className="select-input select-input--full" value={actionId} disabled={!actions} onChange={(e) => setActionId(e.target.value)}>
          {[...chapters].map(([chapter, inChapter]) => (
            <optgroup key={chapter} label={chapter}>
              {inChapter.map((a) => (
                <option key={a.id} value={a.id}>
                  {`${a.code} ${shortTitle(a.title)}`.trim()}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        <label htmlFor="add-indicator-name" className="field-label dialog__field">
          Indicator
        </label>
        <input
          id="add-indicator-name"
          className="text-input"
          value={name}
          maxLength={2000}
          autoFocus
          placeholder="e.g. % of government offices connected"
          onChange={(event) => setName(event.target.value)}
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
          <button type="submit" className="button button--primary" disabled={busy || !actionId || !name.trim()}>
            {busy ? 'Adding…' : 'Add indicator'}
          </button>
        </div>
      </form>
    </dialog>
  );
}
