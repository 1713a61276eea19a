// Snapshots compared with the plan, and the change log filtered, through the handlers.
import { beforeAll, describe, expect, it } from 'vitest';
import { handlersFor, importTwoChapterPlan, openTempWorkspace, tempFolder } from '../support/workspace';

const folder = tempFolder();
const connection = await openTempWorkspace(folder);
const planId = await importTwoChapterPlan(connection);
let today = new Date('2026-11-27T10:00:00Z');
const call = handlersFor(connection, { user: 'Tshering', now: () => today });

// DITT's action gains an indicator, as the Indicators view adds one: its entry is among DITT's in the change log.
beforeAll(async () => {
  const order = (await call('indicators:list', { planId })).find((i) => i.name === 'Executive order issued')!;
  await call('indicators:create', { actionId: order.actionId, name: 'Agencies notified' });
});

describe('snapshots and the history', () => {
  it('compares the plan with a snapshot: exactly the two actions changed since', async () => {
    const snapshot = await call('snapshots:create', { planId, name: 'Steering committee, 14 March 2027' });
    expect(snapshot).toMatchObject({ name: 'Steering committee, 14 March 2027', createdBy: 'Tshering', actions: 5 });
    const rows = await call('actions:list', { planId });
    const [slipping, finishing] = [rows.find((r) => r.code === '5.1.1.10')!, rows.find((r) => r.code === '5.1.1.3')!];
    await call('actions:update', { actionId: slipping.id, field: 'end', value: 'June 2024' });
    await call('actions:update', { actionId: finishing.id, field: 'status', value: 'completed' });
    const comparison = await call('snapshots:compare', { snapshotId: snapshot.id });
    expect(comparison.added).toEqual([]);
    expect(comparison.removed).toEqual([]);
    expect(comparison.slipped).toEqual([
      { actionId: slipping.id, code: '5.1.1.10', title: slipping.title, endBefore: '2022-12', endAfter: '2024-06', endOpenAfter: false, slipMonths: 18 },
    ]);
    expect(comparison.statusChanged).toEqual([{ actionId: finishing.id, code: '5.1.1.3', title: finishing.title, before: 'not_started', after: 'completed' }]);
    expect(comparison.targetsChanged).toEqual([]);
    expect((await call('snapshots:list', { planId })).map((s) => s.name)).toEqual(['Steering committee, 14 March 2027']);
  });

  it('filters the change log by person, source, date and agency', async () => {
    today = new Date('2027-01-05T09:00:00Z');
    const other = handlersFor(connection, { user: 'Karma', now: () => today });
    const action = (await call('actions:list', { planId })).find((r) => r.code === '5.3.2.1')!;
    await other('actions:update', { actionId: action.id, field: 'remarks', value: 'Platform handed over to GovTech.' });
    const karma = await call('history:list', { planId, user: 'Karma' });
    expect(karma.map((e) => [e.field, e.newValue, e.subject])).toEqual([['remarks', 'Platform handed over to GovTech.', '5.3.2.1 Implement data sharing platform']]);
    expect((await call('history:list', { planId, from: '2027-01-01' })).map((e) => e.user)).toEqual(['Karma']);
    expect((await call('history:list', { planId, to: '2026-11-27', source: 'import' })).length).toBeGreaterThan(5);
    // DITT leads one action, 5.1.1.3: its log is that action's and its indicators' entries, and DITT's own (added by the import).
    const ditt = (await call('agencies:list', {})).find((a) => a.acronym === 'DITT')!;
    const forDitt = await call('history:list', { planId, agencyId: ditt.id });
    expect(new Set(forDitt.map((e) => e.subject))).toEqual(
      new Set(['5.1.1.3 Issue executive order for going digital by default', 'Executive order issued', 'Agencies notified', 'DITT']),
    );
    expect(await call('history:users', { planId })).toEqual(['Karma', 'Test Analyst', 'Tshering']);
  });
});
