// The agency registry through the handlers, as the Agencies view calls it.
import { describe, expect, it } from 'vitest';
import { handlersFor, importTwoChapterPlan, openTempWorkspace, tempFolder } from '../support/workspace';

const folder = tempFolder();
const connection = await openTempWorkspace(folder);
const planId = await importTwoChapterPlan(connection);
const today = new Date('2026-11-27T10:00:00Z');
const call = handlersFor(connection, { user: 'Tshering', now: () => today });

describe('the agency registry', () => {
  it('lists agencies with their action counts, keeping DOI twice', async () => {
    const agencies = await call('agencies:list', {});
    expect(agencies.filter((a) => a.acronym === 'DOI').map((a) => a.name).sort()).toEqual(['Department of Immigration', 'Department of Industries']);
    expect(agencies.find((a) => a.acronym === 'MoIC')).toMatchObject({ leadCount: 5, collaboratorCount: 0, aliases: ['MoiC'] });
    expect(agencies.find((a) => a.acronym === 'DITT')).toMatchObject({ parentName: 'MoIC', confirmed: false });
  });

  it('refuses a unit cycle and edits aliases', async () => {
    const agencies = await call('agencies:list', {});
    const [moic, ditt] = [agencies.find((a) => a.acronym === 'MoIC')!, agencies.find((a) => a.acronym === 'DITT')!];
    await expect(call('agencies:update', { agencyId: moic.id, field: 'parentId', value: ditt.id })).rejects.toThrow('An agency cannot be a unit of itself or of its own units');
    const after = await call('agencies:update', { agencyId: moic.id, field: 'aliases', value: 'MoiC, Ministry of IT' });
    expect(after.find((a) => a.id === moic.id)?.aliases).toEqual(['Ministry of IT', 'MoiC']);
  });

  it('merges two agencies: actions relinked, names kept as aliases, one agency left', async () => {
    let agencies = await call('agencies:create', { acronym: 'MOIC-IT', name: 'MoIC IT Division', kind: 'agency' });
    const [moic, dup] = [agencies.find((a) => a.acronym === 'MoIC')!, agencies.find((a) => a.acronym === 'MOIC-IT')!];
    const action = (await call('actions:list', { planId }))[0]!;
    await call('actions:setAgencies', { actionId: action.id, role: 'collaborator', agencyIds: [dup.id], text: 'MoIC IT Division' });
    agencies = await call('agencies:merge', { keepId: moic.id, mergeId: dup.id });
    expect(agencies.find((a) => a.id === dup.id)).toBeUndefined();
    expect(agencies.find((a) => a.id === moic.id)?.aliases).toEqual(expect.arrayContaining(['MOIC-IT', 'MoIC IT Division']));
    expect((await call('actions:list', { planId }))[0]!.collaboratorAgencyIds).toEqual([moic.id]);
  });
});
