// Finds the lead agency a pack is for from what a person types ("MoIC", "moic", an alias, or an id).
// Acronyms are not unique (DOI is two departments): then the answer lists the candidates and their ids.
import type { AgencyListRow } from '../../../shared/domain';
import { AppError } from '../../../shared/result';
import { listAgencies } from '../agencies/agency-commands';
import type { DbOrTx } from '../db/schema';

export function matchAgency(agencies: readonly AgencyListRow[], typed: string): AgencyListRow {
  const key = typed.trim().toLowerCase();
  const byId = agencies.find((a) => a.id === typed.trim());
  if (byId) return byId;
  let found = agencies.filter((a) => (a.acronym ?? '').toLowerCase() === key);
  if (found.length === 0) found = agencies.filter((a) => a.name.toLowerCase() === key || a.aliases.some((alias) => alias.toLowerCase() === key));
  if (found.length === 1) return found[0]!;
  if (found.length === 0) throw new AppError('not_found', `No agency "${typed}" in the registry`);
  const candidates = found.map((a) => `${a.name} (id ${a.id})`).join('; ');
  throw new AppError('invalid_input', `"${typed}" names ${found.length} agencies: ${candidates}. Give the id instead`);
}

export async function findAgency(db: DbOrTx, typed: string): Promise<AgencyListRow> {
  return matchAgency(await listAgencies(db), typed);
}
