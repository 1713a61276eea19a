import { describe, expect, it } from 'vitest';
import { handlersFor, importTwoChapterPlan, openTempWorkspace, tempFolder } from '../support/workspace';

const folder = tempFolder();
const connection = await openTempWorkspace(folder);
const planId = await importTwoChapterPlan(connection);
let today = new Date('2026-11-27T10:00:00Z');
const call = handlersFor(connection, { user: 'Tshering', now: () => today });

describe('reporting periods and actuals', () => {
  it('makes fiscal years July–June from the plan\'s first start to now', async () => {
    const periods = await call('plans:periods', { planId });
    expect(periods[0]).toMatchObject({ kind: 'fiscal_year', label: 'FY 2017-18', start: '2017-07', end: '2018-06' });
    expect(periods.at(-1)).toMatchObject({ label: 'FY 2026-27', start: '2026-07', end: '2027-06' });
    expect(periods).toHaveLength(10);
  });

  it('switches to quarters when the PMU chooses them', async () => {
    const quarters = await call('plans:setReporting', { planId, frequency: 'quarter', fiscalYearStartMonth: 7 });
    expect(quarters.slice(0, 2).map((p) => `${p.label} ${p.start}–${p.end}`)).toEqual(['FY 2017-18 Q3 2018-01–2018-03', 'FY 2017-18 Q4 2018-04–2018-06']);
    expect(quarters.at(-1)?.label).toBe('FY 2026-27 Q2');
    await call('plans:setReporting', { planId, frequency: 'fiscal_year', fiscalYearStartMonth: 7 });
  });

  it('records actuals per period, keeps the latest, and computes progress toward the target', async () => {
    const periods = await call('plans:periods', { planId });
    const [fy1920, fy2021] = [periods.find((p) => p.label === 'FY 2019-20')!, periods.find((p) => p.label === 'FY 2020-21')!];
    const uptime = (await call('indicators:list', { planId })).find((i) => i.name === '% of uptime')!;
    expect(uptime).toMatchObject({ actionCode: '5.1.1.1', kind: 'percent', baseline: { text: '95%', value: 95 }, target: { text: '98%', value: 98 }, latestActual: null, progress: null });
    await call('indicators:setActual', { indicatorId: uptime.id, periodId: fy2021.id, value: '97%' });
    const row = await call('indicators:setActual', { indicatorId: uptime.id, periodId: fy1920.id, value: '96.5' });
    expect(row.actuals[fy1920.id]).toEqual({ text: '96.5', value: 96.5 });
    expect(row.latestActual).toEqual({ text: '97%', value: 97, periodId: fy2021.id });
    expect(row.progress).toBeCloseTo(2 / 3);
    await expect(call('indicators:setActual', { indicatorId: uptime.id, periodId: fy1920.id, value: 'about right' })).rejects.toThrow(
      'Actual for FY 2019-20: "about right" is not a percentage (write it as 45% or 45)',
    );
    const detail = await call('actions:get', { actionId: uptime.actionId });
    expect(detail.progress.map((p) => [p.periodLabel, p.indicatorName, p.actual])).toEqual([
      ['FY 2020-21', '% of uptime', '97%'],
      ['FY 2019-20', '% of uptime', '96.5'],
    ]);
    await call('history:undo', {});
    expect((await call('indicators:list', { planId })).find((i) => i.id === uptime.id)?.actuals[fy1920.id]).toBeUndefined();
    expect((await call('actions:get', { actionId: uptime.actionId })).progress.map((p) => p.periodLabel)).toEqual(['FY 2020-21']);
  });

  it('edits an indicator in place, refusing a value that does not fit its kind', async () => {
    const order = (await call('indicators:list', { planId })).find((i) => i.name === 'Executive order issued')!;
    await expect(call('indicators:update', { indicatorId: order.id, field: 'target', value: 'soon' })).rejects.toThrow('Target: "soon" is not yes or no');
    const updated = await call('indicators:update', { indicatorId: order.id, field: 'target', value: 'YES' });
    expect(updated.target).toEqual({ text: 'YES', value: 1 });
    await expect(call('indicators:update', { indicatorId: order.id, field: 'kind', value: 'date' })).rejects.toThrow('The baseline as the new kind: "0" is not a month');
    const added = await call('indicators:create', { actionId: order.actionId, name: 'Agencies notified' });
    expect(added).toMatchObject({ name: 'Agencies notified', kind: 'text', actionCode: '5.1.1.3' });
  });
});

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
