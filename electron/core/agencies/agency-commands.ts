// The agency registry as the analyst edits it: list with counts, add, change, merge two into one.
import type { AgencyListRow } from '../../../shared/domain';
import { AppError } from '../../../shared/result';
import { groupBy } from '../../../shared/collections';
import type { Db, DbOrTx } from '../db/schema';
import { recordChanges, type FieldChange } from '../history/store';
import type { ChangeContext } from '../host/context';
import { updateRow } from '../history/tracked-update';
import { insertAgency, loadAgencyIndex } from './registry';
import { LINK_FIELDS, LINK_REVERTS, linksOf, writeLinks } from './action-links';
import { live } from '../db/live';

export type AgencyField = 'acronym' | 'name' | 'aliases' | 'parentId' | 'kind' | 'confirmed';

export async function listAgencies(db: DbOrTx): Promise<AgencyListRow[]> {
  const agencies = await db.selectFrom('agencies').selectAll().where(live()).execute();
  const aliases = groupBy(await db.selectFrom('agency_aliases').selectAll().orderBy('alias').execute(), (a) => a.agency_id);
  const counts = await db
    .selectFrom('action_agencies')
    .innerJoin('actions', 'actions.id', 'action_agencies.action_id')
    .select(['action_agencies.agency_id', 'action_agencies.role', (eb) => eb.fn.countAll<number>().as('n')])
    .where(live('actions'))
    .groupBy(['action_agencies.agency_id', 'action_agencies.role'])
    .execute();
  const countOf = (id: string, role: string) => Number(counts.find((c) => c.agency_id === id && c.role === role)?.n ?? 0);
  const nameOf = new Map(agencies.map((a) => [a.id, a.acronym ?? a.name]));
  return agencies
    .map((a) => ({
      id: a.id,
      acronym: a.acronym,
      name: a.name,
      kind: a.kind === 'group' ? ('group' as const) : ('agency' as const),
      aliases: (aliases.get(a.id) ?? []).map((x) => x.alias),
      parentId: a.parent_id,
      parentName: a.parent_id ? (nameOf.get(a.parent_id) ?? null) : null,
      confirmed: a.confirmed === 1,
      origin: a.origin,
      leadCount: countOf(a.id, 'lead'),
      collaboratorCount: countOf(a.id, 'collaborator'),
    }))
    .sort((a, b) => (a.acronym ?? a.name).localeCompare(b.acronym ?? b.name, 'en', { sensitivity: 'base' }));
}

export async function createAgency(db: Db, context: ChangeContext, input: { acronym: string | null; name: string; kind: 'agency' | 'group' }): Promise<string> {
  return db.transaction().execute(async (tx) => {
    const index = await loadAgencyIndex(tx);
    const row = await insertAgency(tx, index, { kind: input.kind, acronym: input.acronym, name: input.name, parentId: null, confirmed: true, origin: 'edit', aliases: [] }, context.at);
    await recordChanges(tx, context, [{ planId: null, entity: 'agency', entityId: row.id, field: 'created', oldValue: null, newValue: input }]);
    return row.id;
  });
}

export async function updateAgency(db: Db, context: ChangeContext, input: { agencyId: string; field: AgencyField; value: string | null }): Promise<void> {
  await db.transaction().execute(async (tx) => {
    const row = await tx.selectFrom('agencies').selectAll().where('id', '=', input.agencyId).where(live()).executeTakeFirst();
    if (!row) throw new AppError('not_found', `No agency with id ${input.agencyId} in the registry`);
    const text = (input.value ?? '').trim();
    const target = { table: 'agencies' as const, id: row.id, planId: null };
    switch (input.field) {
      case 'acronym':
        await updateRow(tx, context, target, { acronym: text === '' ? null : text });
        return;
      case 'name':
        if (text === '') throw new AppError('invalid_input', 'An agency needs a name');
        await updateRow(tx, context, target, { name: text });
        return;
      case 'kind':
        if (text !== 'agency' && text !== 'group') throw new AppError('invalid_input', 'An agency is either an agency or a group');
        await updateRow(tx, context, target, { kind: text });
        return;
      case 'confirmed':
        await updateRow(tx, context, target, { confirmed: text === 'true' ? 1 : 0 });
        return;
      case 'parentId': {
        const parentId = text === '' ? null : text;
        if (parentId !== null) {
          // Walk up from the new parent: reaching this agency would make it its own ancestor.
          let cursor: string | null = parentId;
          for (let depth = 0; cursor !== null; depth += 1) {
            if (cursor === row.id || depth > 50) throw new AppError('invalid_input', 'An agency cannot be a unit of itself or of its own units');
            const parent: { parent_id: string | null } | undefined = await tx.selectFrom('agencies').select('parent_id').where('id', '=', cursor).where(live()).executeTakeFirst();
            if (!parent) throw new AppError('not_found', `No agency with id ${cursor} in the registry`);
            cursor = parent.parent_id;
          }
        }
        await updateRow(tx, context, target, { parent_id: parentId });
        return;
      }
      case 'aliases': {
        const before = await aliasesOf(tx, row.id);
        const after = [...new Set(text.split(/[,;\n]/).map((a) => a.trim()).filter((a) => a !== ''))].sort();
        if (JSON.stringify(before) === JSON.stringify(after)) return;
        await writeAliases(tx, row.id, after);
        await recordChanges(tx, context, [{ planId: null, entity: 'agency', entityId: row.id, field: 'aliases', oldValue: before, newValue: after }]);
        return;
      }
      default:
        throw new AppError('invalid_input', `Unknown agency field ${String(input.field)}`);
    }
  });
}

/**
 * Merges `mergeId` into `keepId`: its action links, units and aliases move to the kept agency, its acronym and
 * name become aliases, and it leaves the registry (softly: deleted_at). One batch in the history, written so that
 * undo puts every row back: each action's changed list of links (LINK_REVERTS), each unit's parent, the kept
 * agency's aliases (AGENCY_REVERTS) and the merged agency's deleted_at; the 'merged' entry names the merge for people.
 */
export async function mergeAgencies(db: Db, context: ChangeContext, input: { keepId: string; mergeId: string }): Promise<void> {
  if (input.keepId === input.mergeId) throw new AppError('invalid_input', 'Choose two different agencies to merge');
  await db.transaction().execute(async (tx) => {
    const [keep, merge] = await Promise.all(
      [input.keepId, input.mergeId].map((id) => tx.selectFrom('agencies').selectAll().where('id', '=', id).where(live()).executeTakeFirst()),
    );
    if (!keep || !merge) throw new AppError('not_found', 'One of the agencies to merge is no longer in the registry');
    const changes: FieldChange[] = [];
    // Every list that names the merged agency now names the kept one, in the same place (once, if it named both).
    const links = await tx
      .selectFrom('action_agencies')
      .innerJoin('actions', 'actions.id', 'action_agencies.action_id')
      .innerJoin('policy_statements', 'policy_statements.id', 'actions.statement_id')
      .innerJoin('chapters', 'chapters.id', 'policy_statements.chapter_id')
      .select(['action_agencies.action_id', 'action_agencies.role', 'chapters.plan_id'])
      .where('action_agencies.agency_id', '=', merge.id)
      .orderBy('action_agencies.action_id')
      .orderBy('action_agencies.role')
      .execute();
    for (const link of links) {
      const role = link.role === 'lead' ? 'lead' : 'collaborator';
      const before = await linksOf(tx, link.action_id, role);
      const after = [...new Set(before.map((id) => (id === merge.id ? keep.id : id)))];
      await writeLinks(tx, link.action_id, role, after);
      changes.push({ planId: link.plan_id, entity: 'action', entityId: link.action_id, field: LINK_FIELDS[role], oldValue: before, newValue: after });
    }
    await recordChanges(tx, context, changes);
    const units = await tx.selectFrom('agencies').select('id').where('parent_id', '=', merge.id).execute();
    for (const unit of units) await updateRow(tx, context, { table: 'agencies', id: unit.id, planId: null }, { parent_id: keep.id });
    const mergedAliases = (await tx.selectFrom('agency_aliases').select('alias').where('agency_id', '=', merge.id).execute()).map((a) => a.alias);
    const keptAliases = await aliasesOf(tx, keep.id);
    const known = new Set([...keptAliases, keep.acronym ?? '', keep.name].map((a) => a.toLowerCase()));
    const newAliases = [...new Set([merge.acronym, merge.name, ...mergedAliases])].filter((a): a is string => !!a && !known.has(a.toLowerCase()));
    if (newAliases.length > 0) {
      const after = [...keptAliases, ...newAliases].sort();
      await writeAliases(tx, keep.id, after);
      await recordChanges(tx, context, [{ planId: null, entity: 'agency', entityId: keep.id, field: 'aliases', oldValue: keptAliases, newValue: after }]);
    }
    await updateRow(tx, context, { table: 'agencies', id: merge.id, planId: null }, { deleted_at: context.at });
    await recordChanges(tx, context, [
      { planId: null, entity: 'agency', entityId: keep.id, field: 'merged', oldValue: null, newValue: { mergedId: merge.id, name: merge.acronym ?? merge.name, actionLinks: links.length, aliases: newAliases } },
    ]);
  });
}

async function aliasesOf(tx: DbOrTx, agencyId: string): Promise<string[]> {
  return (await tx.selectFrom('agency_aliases').select('alias').where('agency_id', '=', agencyId).orderBy('alias').execute()).map((a) => a.alias);
}

async function writeAliases(tx: DbOrTx, agencyId: string, aliases: readonly string[]): Promise<void> {
  await tx.deleteFrom('agency_aliases').where('agency_id', '=', agencyId).execute();
  if (aliases.length > 0) await tx.insertInto('agency_aliases').values(aliases.map((alias) => ({ agency_id: agencyId, alias }))).execute();
}

/**
 * How undo puts back the registry's changes that are not columns: an agency's aliases (a list of rows, recorded
 * whole) and a merge's own entry, which changes nothing by itself (the entries of its batch beside it put back the
 * links, units, aliases and the merged agency) and is there so that people read "merged" in the history.
 */
export const AGENCY_REVERTS = {
  ...LINK_REVERTS,
  aliases: (tx: DbOrTx, entry: { entityId: string; oldValue: string | null }) => writeAliases(tx, entry.entityId, JSON.parse(entry.oldValue ?? '[]') as string[]),
  merged: async () => {},
};
