// Agencies as typed in a cell ("DITT-MoIC, GovTech and RCSC") matched to the registry: each name that the
// registry knows (acronym, alias or full name, any case) is linked; other words stay as written, unlinked.
import type { AgencyListRow } from '../../../shared/domain';

const LIST_SEPARATORS = /\s*(?:,|;|\/|&|\band\b|\n)\s*/i;

function keyOf(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ').replace(/[.,;:]+$/, '');
}

function keysOf(agency: AgencyListRow): string[] {
  return [agency.acronym, agency.name, ...agency.aliases].filter((k): k is string => Boolean(k)).map(keyOf);
}

/** The parts of a cell that each name one agency; a unit path "BCIRT-DITT-MoIC" names its first unit. */
export function agencyNamesIn(text: string): string[] {
  return text
    .split(LIST_SEPARATORS)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** The registry agencies a cell names, in order, without repeats. An acronym that names two agencies is not guessed. */
export function matchAgencies(text: string, registry: readonly AgencyListRow[]): string[] {
  const byKey = new Map<string, AgencyListRow[]>();
  for (const agency of registry) {
    for (const key of new Set(keysOf(agency))) {
      const list = byKey.get(key);
      if (list) list.push(agency);
      else byKey.set(key, [agency]);
    }
  }
  const found: string[] = [];
  const take = (name: string): boolean => {
    const matches = byKey.get(keyOf(name)) ?? [];
    if (matches.length !== 1) return false;
    if (!found.includes(matches[0]!.id)) found.push(matches[0]!.id);
    return true;
  };
  for (const name of agencyNamesIn(text)) {
    if (take(name)) continue;
    // "DITT-MoIC": the unit, else its parent.
    const path = name.split(/\s*-\s*/).filter(Boolean);
    if (path.length > 1) path.some((unit) => take(unit));
  }
  return found;
}

/** The name being typed: what follows the last separator. */
export function lastAgencyToken(text: string): string {
  const parts = text.split(/,|;|\/|&|\band\b/i);
  return (parts[parts.length - 1] ?? '').trim();
}

export function replaceLastAgencyToken(text: string, name: string): string {
  const match = /^(.*(?:,|;|\/|&|\band\b))?\s*[^,;/&]*$/i.exec(text);
  const head = match?.[1] ?? '';
  return head === '' ? name : `${head.trimEnd()} ${name}`;
}

/** Registry agencies whose acronym or name starts with (or contains) the token, best first. */
export function agencySuggestions(registry: readonly AgencyListRow[], token: string, limit: number): AgencyListRow[] {
  const t = keyOf(token);
  if (t === '') return [];
  const starts: AgencyListRow[] = [];
  const contains: AgencyListRow[] = [];
  for (const agency of registry) {
    const keys = keysOf(agency);
    if (keys.some((k) => k === t) && keys.length > 0 && keyOf(agency.acronym ?? agency.name) === t) {
      starts.unshift(agency);
    } else if (keys.some((k) => k.startsWith(t))) starts.push(agency);
    else if (keys.some((k) => k.includes(t))) contains.push(agency);
  }
  return [...starts, ...contains].slice(0, limit);
}
