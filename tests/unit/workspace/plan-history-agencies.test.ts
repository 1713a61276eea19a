// A plan's change log holds edits of the registry agencies its actions name (agency edits carry no plan of their own),
// and leaves out agencies the plan does not use.
import { describe, expect, it } from 'vitest';
import { handlersFor, importTwoChapterPlan, openTempWorkspace, tempFolder } from '../support/workspace';

const folder = tempFolder();
const connection = await openTempWorkspace(folder);
const planId = await importTwoChapterPlan(connection);
const call = handlersFor(connection, { user: 'Pema' });

describe("a plan's history and the agency registry", () => {
  it('lists edits of agencies the plan uses, under the agency filter too, and not those of other agencies', async () => {
    const agencies = await call('agencies:create', { acronym: 'NLCS', name: 'National Land Commission', kind: 'agency' });
    const moic = agencies.find((a) => a.acronym === 'MoIC')!;
    const unused = agencies.find((a) => a.acronym === 'NLCS')!;
    await call('agencies:update', { agencyId: moic.id, field: 'name', value: 'Ministry of Information and Communications (renamed)' });
    await call('agencies:update', { agencyId: unused.id, field: 'name', value: 'National Land Commission Secretariat' });

    const log = await call('history:list', { planId, limit: 500 });
    const agencyEdits = log.filter((e) => e.entity === 'agency' && e.field !== 'created');
    expect(agencyEdits.map((e) => [e.entityId, e.field, e.newValue])).toEqual([[moic.id, 'name', 'Ministry of Information and Communications (renamed)']]);
    expect(agencyEdits[0]).toMatchObject({ user: 'Pema', subject: 'MoIC' });
    // The registry entries the import created for the plan's agencies are the plan's too; the new, unused one is not.
    const added = log.filter((e) => e.entity === 'agency' && e.field === 'created').map((e) => e.entityId);
    expect(added).toContain(moic.id);
    expect(added).not.toContain(unused.id);

    const byAgency = await call('history:list', { planId, agencyId: moic.id, limit: 500 });
    expect(byAgency.some((e) => e.entity === 'agency' && e.entityId === moic.id)).toBe(true);
    expect((await call('history:list', { planId, agencyId: unused.id, limit: 500 })).length).toBe(0);
  });

  it('names the agency editor among the people of the plan', async () => {
    const karma = handlersFor(connection, { user: 'Karma' });
    const moic = (await call('agencies:list', {})).find((a) => a.acronym === 'MoIC')!;
    await karma('agencies:update', { agencyId: moic.id, field: 'aliases', value: 'MoiC, MOIC' });
    expect(await call('history:users', { planId })).toContain('Karma');
  });
});
