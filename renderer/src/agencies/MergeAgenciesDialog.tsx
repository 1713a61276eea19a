// Merging two agencies: the one being merged leaves the registry, its action links, units and names move to
// the one kept. It cannot be undone, so the dialog says exactly what will happen and asks for confirmation.
import { useState } from 'react';
import type { AgencyListRow } from '../../../shared/domain';
import { api, request } from '../data/api';
import { agencyLabel } from './agency-columns';
import { FormDialog } from '../ui/FormDialog';
import './merge-agencies-dialog.css';

interface Props {
  readonly merged: AgencyListRow;
  readonly agencies: readonly AgencyListRow[];
  readonly onMerged: (agencies: readonly AgencyListRow[], kept: AgencyListRow) => void;
  readonly onClose: () => void;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function MergeAgenciesDialog({ merged, agencies, onMerged, onClose }: Props) {
  const [keepId, setKeepId] = useState('');
  const others = agencies.filter((a) => a.id !== merged.id).sort((a, b) => agencyLabel(a).localeCompare(agencyLabel(b)));
  const kept = others.find((a) => a.id === keepId) ?? null;
  const units = agencies.filter((a) => a.parentId === merged.id).length;
  const mergedName = merged.acronym ?? merged.name;

  const merge = async () => {
    if (kept) onMerged(await request(api().agencies.merge({ keepId: kept.id, mergeId: merged.id })), kept);
  };

  return (
    <FormDialog
      id="merge"
      className="dialog--wide"
      describedBy="merge-warning"
      title={`Merge ${mergedName} into another agency`}
      hint="For an agency written two ways, or entered twice: one registry entry remains."
      submitKind="danger"
      submitLabel={kept ? `Merge into ${kept.acronym ?? kept.name}` : 'Merge'}
      busyLabel="Merging…"
      canSubmit={kept !== null}
      onSubmit={merge}
      onClose={onClose}
    >
      <label htmlFor="merge-keep" className="field-label">
        Keep this agency
      </label>
      <select id="merge-keep" className="select-input select-input--full" value={keepId} autoFocus onChange={(e) => setKeepId(e.target.value)}>
        <option value="">Choose the agency to keep…</option>
        {others.map((a) => (
          <option key={a.id} value={a.id}>
            {agencyLabel(a)}
            {a.confirmed ? '' : ' (unconfirmed)'}
          </option>
        ))}
      </select>
      {kept && (
        <ul className="merge-effects" aria-label="What the merge does">
          <li>
            {plural(merged.leadCount + merged.collaboratorCount, 'action link', 'action links')} of {mergedName} ({merged.leadCount} led,{' '}
            {merged.collaboratorCount} collaborating) {merged.leadCount + merged.collaboratorCount === 1 ? 'moves' : 'move'} to{' '}
            <strong>{kept.acronym ?? kept.name}</strong>.
          </li>
          <li>
            “{merged.name}”{merged.acronym && merged.acronym !== merged.name ? `, “${merged.acronym}”` : ''}
            {merged.aliases.length > 0 ? ` and its ${plural(merged.aliases.length, 'alias', 'aliases')}` : ''} become aliases of {kept.acronym ?? kept.name}, so
            later imports find it.
          </li>
          {units > 0 && <li>Its {plural(units, 'unit moves', 'units move')} under {kept.acronym ?? kept.name}.</li>}
          <li>{mergedName} leaves the registry.</li>
        </ul>
      )}
      <p id="merge-warning" className="merge-warning">
        A merge cannot be undone (Ctrl+Z does not bring {mergedName} back).
      </p>
    </FormDialog>
  );
}
