// "Add agency…": an acronym (optional: groups such as "All Government Agencies" have none) and a name.
import { useState } from 'react';
import type { AgencyListRow } from '../../../shared/domain';
import { api, request } from '../data/api';
import { text } from '../language/language';
import { FormDialog } from '../ui/FormDialog';
import './add-agency-dialog.css';

interface Props {
  readonly onAdded: (agencies: readonly AgencyListRow[], acronym: string | null, name: string) => void;
  readonly onClose: () => void;
}

export function AddAgencyDialog({ onAdded, onClose }: Props) {
  const [acronym, setAcronym] = useState('');
  const [name, setName] = useState('');
  const [kind, setKind] = useState<'agency' | 'group'>('agency');

  const add = async () => {
    const acronymOrNull = acronym.trim() || null;
    onAdded(await request(api().agencies.create({ acronym: acronymOrNull, name: name.trim(), kind })), acronymOrNull, name.trim());
  };

  const words = text();
  return (
    <FormDialog
      id="add-agency"
      title={words['agencies.addTitle']}
      hint={words['agencies.addHint']}
      submitLabel={words['agencies.addButton']}
      busyLabel={words['agencies.adding']}
      canSubmit={name.trim() !== ''}
      onSubmit={add}
      onClose={onClose}
    >
      <div className="dialog__row">
        <div className="dialog__cell dialog__cell--narrow">
          <label htmlFor="add-agency-acronym" className="field-label">
            {words['agencies.acronym']}
          </label>
          <input id="add-agency-acronym" className="text-input" value={acronym} maxLength={100} autoFocus onChange={(e) => setAcronym(e.target.value)} />
        </div>
        <div className="dialog__cell">
          <label htmlFor="add-agency-kind" className="field-label">
            {words['agencies.kind']}
          </label>
          <select id="add-agency-kind" className="select-input select-input--full" value={kind} onChange={(e) => setKind(e.target.value as 'agency' | 'group')}>
            <option value="agency">{words['agencies.kindAgency']}</option>
            <option value="group">{words['agencies.kindGroup']}</option>
          </select>
        </div>
      </div>
      <label htmlFor="add-agency-name" className="field-label dialog__field">
        {words['agencies.name']}
      </label>
      <input
        id="add-agency-name"
        className="text-input"
        value={name}
        maxLength={5000}
        placeholder={words['agencies.namePlaceholder']}
        onChange={(e) => setName(e.target.value)}
      />
    </FormDialog>
  );
}
