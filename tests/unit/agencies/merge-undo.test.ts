// A merge of two agencies is an edit like any other: Ctrl+Z puts every row it changed back (the merged agency, its
// action links in their places, its units, the kept agency's aliases), and redo merges again.
import { describe, expect, it } from 'vitest';
import { handlersFor, importTwoChapterPlan, openTempWorkspace, tempFolder } from '../support/workspace';

const folder = tempFolder();
const connection = await openTempWorkspace(folder);
const planId = await importTwoChapterPlan(connection);
let minute = 0;
const call = handlersFor(connection, { user: 'Tshering', now: () => new Date(Date.UTC(2026, 11, 6, 10, minute++)) });

/** The registry's rows and every link, in a fixed order; updated_at is left out (an undo is itself a change). */
async function registryRows() {
  const db = connection.db;
  const agencies = await db.selectFrom('agencies').select(['id', 'kind', 'acronym', 'name', 'parent_id', 'confirmed', 'origin', 'created_at', 'deleted_at']).orderBy('id').execute();
  const aliases = await db.selectFrom('agency_aliases').selectAll().orderBy('agency_id').orderBy('alias').execute();
  const links = await db.selectFrom('action_agencies').selectAll().orderBy('action_id').orderBy('role').orderBy('position').execute();
  return { agencies, aliases, links };
}

describe('undoing a merge of agencies', () => {
  it('brings back the merged agency, its links, units and names exactly; redo merges again', async () => {
    let agencies = await call('agencies:create', { acronym: null, name: 'Ministry of Information & Communications', kind: 'agency' });
    const moic = agencies.find((a) => a.acronym === 'MoIC')!;
    const kept = agencies.find((a) => a.name === 'Ministry of Information & Communications')!;
    expect(moic.leadCount).toBeGreaterThan(1);
    const units = agencies.filter((a) => a.parentId === moic.id);
    expect(units.length).toBeGreaterThan(0);
    // One action names both, in this order: the merge leaves the kept agency once, where MoIC stood.
    const actions = await call('actions:list', { planId });
    const both = actions.find((a) => a.leadAgencyIds.includes(moic.id))!;
    await call('actions:setAgencies', { actionId: both.id, role: 'lead', agencyIds: [moic.id, kept.id], text: 'MoIC and the Ministry' });
    const before = await registryRows();

    agencies = await call('agencies:merge', { keepId: kept.id, mergeId: moic.id });
    const merged = await registryRows();
    expect(agencies.find((a) => a.id === moic.id)).toBeUndefined();
    expect(merged.links.filter((l) => l.agency_id === moic.id)).toEqual([]);
    expect(merged.links.filter((l) => l.action_id === both.id && l.role === 'lead').map((l) => l.agency_id)).toEqual([kept.id]);
    expect(merged.agencies.filter((a) => units.some((u) => u.id === a.id)).map((a) => a.parent_id)).toEqual(units.map(() => kept.id));
    expect(agencies.find((a) => a.id === kept.id)?.aliases).toEqual(['MoIC', 'MoiC', 'Ministry of Information and Communications'].sort());

    const undone = await call('history:undo', {});
    expect(undone.canRedo).toBe(true);
    expect(undone.changes[0]).toMatchObject({ entity: 'agency', entityId: kept.id, field: 'merged', newValue: null });
    expect(await registryRows()).toEqual(before);
    expect((await call('agencies:list', {})).find((a) => a.id === moic.id)).toMatchObject({ leadCount: moic.leadCount, aliases: moic.aliases });

    await call('history:redo', {});
    expect(await registryRows()).toEqual(merged);
    // And undone again: the redo is on the undo list like the merge was.
    await call('history:undo', {});
    expect(await registryRows()).toEqual(before);
  });

  it('undoes an edit of aliases', async () => {
    const agencies = await call('agencies:list', {});
    const doi = agencies.find((a) => a.acronym === 'DITT')!;
    const before = await registryRows();
    await call('agencies:update', { agencyId: doi.id, field: 'aliases', value: 'Dept of IT, DIT' });
    expect((await registryRows()).aliases).not.toEqual(before.aliases);
    await call('history:undo', {});
    expect(await registryRows()).toEqual(before);
  });
});
