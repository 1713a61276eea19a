// Links an action to the agencies its lead or collaborators text names, when the analyst types the text
// ("DITT/MoIC"): known acronyms, names and aliases link; an unknown name becomes an unconfirmed agency, as on
// import; an acronym naming two agencies (DOI) is left unlinked rather than guessed.
import type { DbOrTx } from '../db/schema';
import type { FieldChange } from '../history/store';
import type { ChangeContext } from '../host/context';
import { looksLikeAcronym, parseAgencyCell } from './agency-names';
import { insertAgency, loadAgencyIndex, type AgencyIndex } from './registry';

/**
 * The agency ids a text names, creating unconfirmed agencies for unknown names (recorded in `changes`). `registry`:
 * the index already read in this transaction (a block of cells reads it once; agencies created here join it).
 */
export async function agenciesNamedBy(tx: DbOrTx, context: ChangeContext, text: string, changes: FieldChange[], registry?: AgencyIndex): Promise<string[]> {
  const index = registry ?? (await loadAgencyIndex(tx));
  const reading = parseAgencyCell(text, { isKnown: (key) => index.byKey(key).length > 0 });
  const ids: string[] = [];
  for (const mention of reading.mentions) {
    const unit = mention.path[0] ?? mention.text;
    const matches = index.byKey(unit);
    if (matches.length > 1) continue;
    let id = matches[0]?.id;
    if (!id) {
      const parent = mention.path[1] ? index.byKey(mention.path[1]) : [];
      const acronym = mention.acronym ?? (looksLikeAcronym(unit) ? unit : null);
      const row = await insertAgency(
        tx,
        index,
        {
          kind: mention.kind,
          acronym,
          name: mention.name ?? unit,
          parentId: parent.length === 1 ? parent[0]!.id : null,
          confirmed: false,
          origin: 'edit',
          aliases: [],
        },
        context.at,
      );
      id = row.id;
      changes.push({ planId: null, entity: 'agency', entityId: id, field: 'created', oldValue: null, newValue: { acronym, name: row.name } });
    }
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

