// Merging two agencies: the one being merged leaves the registry, its action links, units and names move to
// the one kept. The dialog says exactly what will happen; like any edit, Edit > Undo (Ctrl+Z) takes it back.
import { useState, type ReactNode } from 'react';
import type { AgencyListRow } from '../../../shared/domain';
import { api, request } from '../data/api';
import { formatNumber, text } from '../language/language';
import { AgencyCombobox } from './AgencyCombobox';
import { FormDialog } from '../ui/FormDialog';
import './merge-agencies-dialog.css';

interface Props {
  readonly merged: AgencyListRow;
  readonly agencies: readonly AgencyListRow[];
  readonly onMerged: (agencies: readonly AgencyListRow[], kept: AgencyListRow) => void;
  readonly onClose: () => void;
}

/** A sentence with the agency kept in bold, wherever the language puts its name. */
function withKeptInBold(sentence: string, kept: string): ReactNode {
  const at = sentence.lastIndexOf(kept);
  if (at === -1) return sentence;
  return (
    <>
      {sentence.slice(0, at)}
      <strong>{kept}</strong>
      {sentence.slice(at + kept.length)}
    </>
  );
}

export function MergeAgenciesDialog({ merged, agencies, onMerged, onClose }: Props) {
  const [kept, setKept] = useState<AgencyListRow | null>(null);
  const units = agencies.filter((a) => a.parentId === merged.id).length;
  const mergedName = merged.acronym ?? merged.name;
  const keptName = kept ? (kept.acronym ?? kept.name) : null;
  const links = merged.leadCount + merged.collaboratorCount;
  const words = text();
  // Its name, its acronym where it has one of its own, and its aliases, all kept as aliases of the agency kept.
  const quotedNames = [merged.name, ...(merged.acronym && merged.acronym !== merged.name ? [merged.acronym] : [])].map(words['agencies.merge.quoted']).join(', ');
  const names = merged.aliases.length > 0 ? words['agencies.merge.andAliases'](quotedNames, formatNumber(merged.aliases.length), merged.aliases.length) : quotedNames;

  const merge = async () => {
    if (kept) onMerged(await request(api().agencies.merge({ keepId: kept.id, mergeId: merged.id })), kept);
  };

  return (
    <FormDialog
      id="merge"
      className="dialog--wide"
      describedBy="merge-undo"
      title={words['agencies.merge.title'](mergedName)}
      hint={words['agencies.merge.hint']}
      submitLabel={keptName ? words['agencies.merge.into'](keptName) : words['agencies.merge.button']}
      busyLabel={words['agencies.merge.merging']}
      canSubmit={kept !== null}
      onSubmit={merge}
      onClose={onClose}
    >
      <AgencyCombobox label={words['agencies.merge.keep']} compareWith={merged} agencies={agencies} chosen={kept} onChoose={setKept} />
      {keptName && (
        <ul className="merge-effects" aria-label={words['agencies.merge.effects']}>
          <li>
            {withKeptInBold(
              words['agencies.merge.linksMove'](mergedName, keptName, formatNumber(links), links, formatNumber(merged.leadCount), formatNumber(merged.collaboratorCount)),
              keptName,
            )}
          </li>
          <li>{words['agencies.merge.namesBecomeAliases'](names, keptName)}</li>
          {units > 0 && <li>{words['agencies.merge.unitsMove'](keptName, formatNumber(units), units)}</li>}
          <li>{words['agencies.merge.leaves'](mergedName)}</li>
        </ul>
      )}
      <p id="merge-undo" className="merge-undo">
        {words['agencies.merge.undo'](mergedName)}
      </p>
    </FormDialog>
  );
}
