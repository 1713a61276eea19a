// A plan's change log holds edits of the registry agencies its actions name (agency edits carry no plan of their own),
// and leaves out agencies the plan does not use.
import { describe, expect, it } from 'vitest';
import { getPlanTree } from '../../../electron/core/plan/plan-queries';
import { valueWords } from '../../../renderer/src/history/change-words';
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

  it("words a change of an action's registry agencies by their acronyms, in the History and the action's detail", async () => {
    const agencies = await call('agencies:list', {});
    const moic = agencies.find((a) => a.acronym === 'MoIC')!;
    const nlcs = agencies.find((a) => a.acronym === 'NLCS')!;
    const action = (await getPlanTree(connection.db, planId, '2026-11')).chapters[0]!.statements[0]!.actions[0]!;
    await call('actions:setAgencies', { actionId: action.id, role: 'lead', agencyIds: [moic.id], text: 'MoIC' });
    await call('actions:setAgencies', { actionId: action.id, role: 'lead', agencyIds: [moic.id, nlcs.id], text: 'MoIC, NLCS' });

    const log = await call('history:list', { planId, entityId: action.id, limit: 50 });
    const link = log.find((e) => e.field === 'lead_agencies')!;
    expect([link.oldValue, link.newValue]).toEqual([JSON.stringify(['MoIC']), JSON.stringify(['MoIC', 'NLCS'])]);
    expect(valueWords(link, link.newValue)).toBe('MoIC, NLCS');
    expect(JSON.stringify(log)).not.toContain(nlcs.id);

    const detail = await call('actions:get', { actionId: action.id });
    const fromDetail = detail.history.find((e) => e.field === 'lead_agencies')!;
    expect(fromDetail.newValue).toBe(JSON.stringify(['MoIC', 'NLCS']));
  });
});
