// "Add agency…": an acronym (optional: groups such as "All Government Agencies" have none) and a name.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { AgencyListRow } from '../../../shared/domain';
import { api, request } from '../api';
import '../styles/dialog.css';

interface Props {
  readonly onAdded: (agencies: readonly AgencyListRow[], acronym: string | null, name: string) => void;
  readonly onClose: () => void;
}

export function AddAgencyDialog({ onAdded, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [acronym, setAcronym] = useState('');
  const [name, setName] = useState('');
  const [kind, setKind] = useState<'agency' | 'group'>('agency');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    setBusy(true);
    try {
      const acronymOrNull = acronym.trim() || null;
      onAdded(await request(api().agencies.create({ acronym: acronymOrNull, name: name.trim(), kind })), acronymOrNull, name.trim());
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
      setBusy(false);
    }
  };

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="add-agency-title" onClose={onClose}>
      <form onSubmit={add}>
        <h2 id="add-agency-title" className="dialog__title">
          Add an agency
        </h2>
        <p className="dialog__hint">Agencies you add are confirmed; agencies an import finds are not until you check them.</p>
        <div className="dialog__row">
          <div className="dialog__cell dialog__cell--narrow">
            <label htmlFor="add-agency-acronym" className="field-label">
              Acronym
            </label>
            <input id="add-agency-acronym" className="text-input" value={acronym} maxLength={100} autoFocus onChange={(e) => setAcronym(e.target.value)} />
          </div>
          <div className="dialog__cell">
            <label htmlFor="add-agency-kind" className="field-label">
              Kind
            </label>
            <select id="add-agency-kind" className="select-input select-input--full" value={kind} onChange={(e) => setKind(e.target.value as 'agency' | 'group')}>
              <option value="agency">Agency</option>
              <option value="group">Group of agencies</option>
            </select>
          </div>
        </div>
        <label htmlFor="add-agency-name" className="field-label dialog__field">
          Name
        </label>
        <input
          id="add-agency-name"
          className="text-input"
          value={name}
          maxLength={5000}
          placeholder="e.g. Department of Information Technology and Telecom"
          onChange={(e) => setName(e.target.value)}
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
          <button type="submit" className="button button--primary" disabled={busy || !name.trim()}>
            {busy ? 'Adding…' : 'Add agency'}
          </button>
        </div>
      </form>
    </dialog>
  );
}
