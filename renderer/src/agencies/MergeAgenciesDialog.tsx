// Merging two agencies: the one being merged leaves the registry, its action links, units and names move to
// the one kept. The dialog says exactly what will happen; like any edit, Edit > Undo (Ctrl+Z) takes it back.
import { useState } from 'react';
import type { AgencyListRow } from '../../../shared/domain';
import { api, request } from '../data/api';
import { AgencyCombobox } from './AgencyCombobox';
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
  const [kept, setKept] = useState<AgencyListRow | null>(null);
  const units = agencies.filter((a) => a.parentId === merged.id).length;
  const mergedName = merged.acronym ?? merged.name;

  const merge = async () => {
    if (kept) onMerged(await request(api().agencies.merge({ keepId: kept.id, mergeId: merged.id })), kept);
  };

  return (
    <FormDialog
      id="merge"
      className="dialog--wide"
      describedBy="merge-undo"
      title={`Merge ${mergedName} into another agency`}
      hint="For an agency written two ways, or entered twice: one registry entry remains."
      submitLabel={kept ? `Merge into ${kept.acronym ?? kept.name}` : 'Merge'}
      busyLabel="Merging…"
      canSubmit={kept !== null}
      onSubmit={merge}
      onClose={onClose}
    >
      <AgencyCombobox label="Keep this agency" compareWith={merged} agencies={agencies} chosen={kept} onChoose={setKept} />
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
      <p id="merge-undo" className="merge-undo">
        Edit &gt; Undo (Ctrl+Z) brings {mergedName} back with its action links, units and names.
      </p>
    </FormDialog>
  );
}
