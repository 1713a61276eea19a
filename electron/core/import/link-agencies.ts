// Links agency cells to agencies: the registry (when importing into a workspace), the file's stakeholder list,
// and agencies this import creates. Acronyms, names and aliases match case-insensitively; a unit path
// ("BCIRT-DITT-MoiC") links the unit and records its parents; unknown names become new agencies marked
// unconfirmed (origin 'import'); groups ("All Government Agencies") stay groups; an acronym naming two
// agencies (DOI) is never guessed.
import { randomUUID } from 'node:crypto';
import { isGroupPhrase, looksLikeAcronym, looksLikeAgencyCell, parseAgencyCell, type AgencyMention } from '../agencies/agency-names';
import { AGENCY_LIMITS, type PlanFileAgency } from '../planfile/format';
import { clip, type ReportLog } from './report';
import type { ListedAgency } from './stakeholders';

/** A registry agency as the linker needs it. */
export interface KnownAgency {
  readonly id: string;
  readonly acronym: string | null;
  readonly name: string;
  readonly kind: 'agency' | 'group';
}

export interface AgencyDirectory {
  byKey(key: string): readonly KnownAgency[];
}

export interface Where {
  readonly sheet: string | null;
  readonly row: number;
  readonly column: string;
}

function keyOf(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ').replace(/[.,;:]+$/, '');
}

function labelOf(agency: KnownAgency): string {
  return agency.acronym && agency.acronym !== agency.name ? `${agency.acronym} (${agency.name})` : agency.name;
}

/** Edit distance, bounded: enough to see "Cabinet Secretariate" is "Cabinet Secretariat". */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

export class AgencyLinker {
  /** Agencies the plan file must create (stakeholder list entries and new ones). */
  readonly agencies: PlanFileAgency[] = [];
  readonly listedCount: number;
  private readonly local = new Map<string, KnownAgency[]>();
  private readonly created = new Set<string>();
  private readonly reportedSpellings = new Set<string>();
  private readonly reportedNew = new Set<string>();
  /** Readings of cells already seen, valid while no agency is added (a plan repeats the same few cells). */
  private readonly readings = new Map<string, { version: number; reading: ReturnType<typeof parseAgencyCell> }>();
  private version = 0;
  private readonly agencyCells = new Map<string, { version: number; answer: boolean }>();

  constructor(
    private readonly registry: AgencyDirectory | null,
    listed: readonly (ListedAgency & { sheet: string | null })[],
    private readonly log: ReportLog,
  ) {
    let count = 0;
    for (const entry of listed) {
      const same = (this.registry?.byKey(entry.acronym ?? entry.name) ?? []).find((a) => keyOf(a.name) === keyOf(entry.name));
      const repeated = (this.local.get(keyOf(entry.acronym ?? entry.name)) ?? []).find((a) => keyOf(a.name) === keyOf(entry.name));
      if (repeated) continue;
      count++;
      if (same) {
        this.remember(same);
        continue;
      }
      const agency: KnownAgency = { id: randomUUID(), acronym: entry.acronym, name: entry.name, kind: 'agency' };
      this.agencies.push({ id: agency.id, kind: 'agency', acronym: entry.acronym, name: this.nameWithinLimit(entry.name, { sheet: entry.sheet, row: entry.row + 1 }), aliases: [], parent: null, confirmed: true });
      this.remember(agency);
    }
    this.listedCount = count;
    for (const [key, list] of this.local) {
      if (list.length > 1 && list.every((a) => a.acronym && keyOf(a.acronym) === key)) {
        log.add({
          sheet: null,
          row: null,
          severity: 'info',
          topic: 'agency',
          message: `the stakeholder list gives the acronym ${list[0]!.acronym} to ${list.length} agencies (${list.map((a) => a.name).join('; ')}); both kept, and a cell naming ${list[0]!.acronym} alone is not linked`,
        });
      }
    }
  }

  private remember(agency: KnownAgency, extraKeys: readonly string[] = []): void {
    this.version++;
    for (const key of [agency.acronym, agency.name, ...extraKeys]) {
      if (!key) continue;
      const k = keyOf(key);
      const list = this.local.get(k) ?? [];
      if (!list.some((a) => a.id === agency.id)) list.push(agency);
      this.local.set(k, list);
    }
  }

  private lookup(text: string): KnownAgency[] {
    const found = new Map<string, KnownAgency>();
    for (const a of this.local.get(keyOf(text)) ?? []) found.set(a.id, a);
    for (const a of this.registry?.byKey(text.trim()) ?? []) found.set(a.id, a);
    return [...found.values()];
  }

  readonly isKnown = (text: string): boolean => this.lookup(text).length > 0;

  /** Whether a cell reads as agency names, remembered until the linker learns a new agency. */
  readonly looksLikeAgencies = (text: string): boolean => {
    const cached = this.agencyCells.get(text);
    if (cached && cached.version === this.version) return cached.answer;
    const answer = looksLikeAgencyCell(text, { isKnown: this.isKnown });
    this.agencyCells.set(text, { version: this.version, answer });
    return answer;
  };

  /** A name written a little differently from a known one: truncated ("Cabinet Secret") or one letter off. */
  private nearMatch(text: string): KnownAgency | null {
    const k = keyOf(text);
    if (k.length < 8 || looksLikeAcronym(text.trim())) return null;
    const candidates = new Map<string, KnownAgency>();
    for (const [key, list] of this.local) {
      if (key.length < 8) continue;
      if ((key.startsWith(k) && k.length >= 10) || withinOneEdit(key, k)) for (const a of list) if (keyOf(a.name) === key) candidates.set(a.id, a);
    }
    return candidates.size === 1 ? [...candidates.values()][0]! : null;
  }

  /** A new agency's name as the plan file keeps it: at most AGENCY_LIMITS.name characters, the cut said. */
  private nameWithinLimit(name: string, where: { readonly sheet: string | null; readonly row: number; readonly column?: string }): string {
    if (name.length <= AGENCY_LIMITS.name) return name;
    this.log.add({ ...where, severity: 'doubt', topic: 'agency', message: `an agency's name is ${name.length.toLocaleString('en')} characters long (more than ${AGENCY_LIMITS.name}); kept cut short`, read: clip(name, 100) });
    return name.slice(0, AGENCY_LIMITS.name);
  }

  private create(mention: { text: string; kind: 'agency' | 'group'; acronym: string | null; name: string }, where: Where): KnownAgency {
    const agency: KnownAgency = { id: randomUUID(), acronym: mention.acronym, name: mention.name, kind: mention.kind };
    this.agencies.push({ id: agency.id, kind: mention.kind, acronym: mention.acronym, name: this.nameWithinLimit(mention.name, where), aliases: [], parent: null, confirmed: false });
    this.created.add(agency.id);
    this.remember(agency);
    if (!this.reportedNew.has(agency.id)) {
      this.reportedNew.add(agency.id);
      this.log.add({
        ...where,
        severity: 'doubt',
        topic: 'agency',
        message:
          mention.kind === 'group'
            ? `"${mention.name}" names a group of agencies; added to the registry as a group, unconfirmed`
            : `"${mention.text}" is not in the registry nor in the stakeholder list; added as a new agency, unconfirmed`,
        read: mention.text,
        stored: mention.kind === 'group' ? `group: ${mention.name}` : mention.acronym ? `acronym ${mention.acronym}` : mention.name,
      });
    }
    return agency;
  }

  /** One name (acronym or name) to one agency: found, near-matched, or created. Null when ambiguous. */
  private resolveName(text: string, kind: 'agency' | 'group', where: Where, name: string | null = null): KnownAgency | null {
    let matches = this.lookup(text);
    if (matches.length === 0 && name) matches = this.lookup(name);
    if (kind === 'group') matches = matches.filter((m) => m.kind === 'group').length > 0 ? matches.filter((m) => m.kind === 'group') : matches;
    if (matches.length > 1) {
      this.log.add({
        ...where,
        severity: 'doubt',
        topic: 'agency',
        message: `"${text}" names ${matches.length} agencies (${matches.map(labelOf).join('; ')}); not linked, choose one in the plan`,
        read: text,
      });
      return null;
    }
    const match = matches[0];
    if (match) {
      const spelled = text.trim();
      if (spelled !== match.acronym && spelled !== match.name && !this.reportedSpellings.has(spelled)) {
        this.reportedSpellings.add(spelled);
        this.log.add({ ...where, severity: 'info', topic: 'agency', message: `"${spelled}" read as ${labelOf(match)}`, read: spelled, stored: labelOf(match) });
      }
      return match;
    }
    const near = this.nearMatch(text);
    if (near) {
      this.remember(near, [text]);
      const entry = this.agencies.find((a) => a.id === near.id);
      // An alias as the plan file keeps them: at most AGENCY_LIMITS.aliases of AGENCY_LIMITS.name characters.
      const alias = text.trim();
      if (entry && alias.length <= AGENCY_LIMITS.name && entry.aliases.length < AGENCY_LIMITS.aliases && !entry.aliases.includes(alias)) entry.aliases.push(alias);
      this.log.add({
        ...where,
        severity: 'doubt',
        topic: 'agency',
        message: `"${text}" read as ${labelOf(near)} (written differently)`,
        read: text,
        stored: labelOf(near),
      });
      return near;
    }
    const trimmed = text.trim();
    const acronym = kind === 'agency' && trimmed.length <= AGENCY_LIMITS.acronym && (looksLikeAcronym(trimmed) || /^[A-Z][A-Za-z0-9&]*(-[A-Z][A-Za-z0-9&]*)+$/.test(trimmed)) ? trimmed : null;
    return this.create({ text, kind, acronym, name: name ?? text.trim() }, where);
  }

  private resolveMention(mention: AgencyMention, where: Where): KnownAgency | null {
    if (mention.kind === 'group') return this.resolveName(mention.text, 'group', where);
    const [unit, ...parents] = mention.path;
    const agency = this.resolveName(unit ?? mention.text, 'agency', where, mention.name);
    if (!agency || parents.length === 0) return agency;
    // Record the chain of parents for units this import creates; registry agencies keep theirs.
    let child = agency;
    for (const parentText of parents) {
      const parent = this.resolveName(parentText, 'agency', where);
      if (!parent) break;
      const entry = this.agencies.find((a) => a.id === child.id);
      if (entry && this.created.has(child.id) && entry.parent === null && parent.id !== child.id) {
        entry.parent = parent.id;
        this.log.add({ ...where, severity: 'info', topic: 'agency', message: `${child.acronym ?? child.name} recorded as a unit of ${labelOf(parent)} (from "${mention.text}")`, read: mention.text });
      }
      child = parent;
    }
    return agency;
  }

  /** Links an agency cell; the text is kept as written. */
  link(cell: string, where: Where): { text: string; agencies: string[] } {
    const text = cell.trim();
    if (text === '') return { text: '', agencies: [] };
    const cached = this.readings.get(text);
    const reading = cached && cached.version === this.version ? cached.reading : parseAgencyCell(text, { isKnown: this.isKnown });
    if (!cached || cached.version !== this.version) this.readings.set(text, { version: this.version, reading });
    const ids: string[] = [];
    for (const mention of reading.mentions) {
      const agency = this.resolveMention(mention, where);
      if (!agency || ids.includes(agency.id)) continue;
      if (ids.length === AGENCY_LIMITS.perField) {
        this.log.add({ ...where, severity: 'doubt', topic: 'agency', message: `the cell names more than ${AGENCY_LIMITS.perField} agencies; the first ${AGENCY_LIMITS.perField} linked, the text kept whole`, read: clip(text) });
        break;
      }
      ids.push(agency.id);
    }
    if (reading.note !== '') {
      this.log.add({ ...where, severity: 'info', topic: 'agency', message: `"${clip(reading.note)}" names no agency; kept in the cell's text`, read: text });
    }
    if (reading.mentions.length === 0 && !isGroupPhrase(text)) {
      this.log.add({ ...where, severity: 'doubt', topic: 'agency', message: 'no agency could be linked from this cell; its text is kept', read: text });
    }
    return { text, agencies: ids };
  }
}
