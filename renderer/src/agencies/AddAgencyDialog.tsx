// "Add agency…": an acronym (optional: groups such as "All Government Agencies" have none) and a name.
import { useState } from 'react';
import type { AgencyListRow } from '../../../shared/domain';
import { api, request } from '../data/api';
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

  return (
    <FormDialog
      id="add-agency"
      title="Add an agency"
      hint="Agencies you add are confirmed; agencies an import finds are not until you check them."
      submitLabel="Add agency"
      busyLabel="Adding…"
      canSubmit={name.trim() !== ''}
      onSubmit={add}
      onClose={onClose}
    >
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
    </FormDialog>
  );
}
