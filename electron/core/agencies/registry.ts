// The agency registry: finding agencies by id, acronym, name or alias (case-insensitively), and adding new ones.
// Acronyms are not unique (DOI is two departments): a lookup by acronym can answer several agencies.
import { randomUUID } from 'node:crypto';
import type { AgencyRef } from '../../../shared/domain';
import type { AgencyRow, DbOrTx } from '../db/schema';
import { live } from '../db/live';

export interface AgencyIndex {
  readonly byId: Map<string, AgencyRow>;
  byKey(key: string): AgencyRow[];
  add(row: AgencyRow, aliases: readonly string[]): void;
}

function keyOf(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** The agency a reference names: an id, or an acronym, name or alias that names one agency only (else null). */
export function agencyIdOf(index: AgencyIndex, ref: string): string | null {
  if (index.byId.has(ref)) return ref;
  const matches = index.byKey(ref);
  return matches.length === 1 ? matches[0]!.id : null;
}

export async function loadAgencyIndex(db: DbOrTx): Promise<AgencyIndex> {
  const rows = await db.selectFrom('agencies').selectAll().where(live()).execute();
  const aliases = await db.selectFrom('agency_aliases').selectAll().execute();
  const byId = new Map<string, AgencyRow>();
  const byKeyMap = new Map<string, AgencyRow[]>();
  const put = (key: string, row: AgencyRow) => {
    const k = keyOf(key);
    if (k === '') return;
    const list = byKeyMap.get(k) ?? [];
    if (!list.some((r) => r.id === row.id)) list.push(row);
    byKeyMap.set(k, list);
  };
  const index: AgencyIndex = {
    byId,
    byKey: (key) => byKeyMap.get(keyOf(key)) ?? [],
    add: (row, rowAliases) => {
      byId.set(row.id, row);
      if (row.acronym) put(row.acronym, row);
      put(row.name, row);
      for (const alias of rowAliases) put(alias, row);
    },
  };
  const aliasesOf = new Map<string, string[]>();
  for (const a of aliases) aliasesOf.set(a.agency_id, [...(aliasesOf.get(a.agency_id) ?? []), a.alias]);
  for (const row of rows) index.add(row, aliasesOf.get(row.id) ?? []);
  return index;
}

export interface NewAgency {
  readonly id?: string;
  readonly kind: 'agency' | 'group';
  readonly acronym: string | null;
  readonly name: string;
  readonly parentId: string | null;
  readonly confirmed: boolean;
  readonly origin: 'registry' | 'import' | 'edit';
  readonly aliases: readonly string[];
}

export async function insertAgency(db: DbOrTx, index: AgencyIndex, agency: NewAgency, at: string): Promise<AgencyRow> {
  const row: AgencyRow = {
    id: agency.id ?? randomUUID(),
    kind: agency.kind,
    acronym: agency.acronym,
    name: agency.name,
    parent_id: agency.parentId,
    confirmed: agency.confirmed ? 1 : 0,
    origin: agency.origin,
    created_at: at,
    updated_at: at,
    deleted_at: null,
  };
  await db.insertInto('agencies').values(row).execute();
  const aliases = [...new Set(agency.aliases.map((a) => a.trim()).filter((a) => a !== ''))];
  if (aliases.length > 0) {
    await db
      .insertInto('agency_aliases')
      .values(aliases.map((alias) => ({ agency_id: row.id, alias })))
      .execute();
  }
  index.add(row, aliases);
  return row;
}

export function toAgencyRef(row: AgencyRow): AgencyRef {
  return { id: row.id, acronym: row.acronym, name: row.name, kind: row.kind === 'group' ? 'group' : 'agency' };
}

export async function countAgencies(db: DbOrTx): Promise<number> {
  const row = await db
    .selectFrom('agencies')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where(live())
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
