// Reporting periods and actuals through the handlers, as the Indicators view calls them.
import { describe, expect, it } from 'vitest';
import { handlersFor, importTwoChapterPlan, openTempWorkspace, tempFolder } from '../support/workspace';

const folder = tempFolder();
const connection = await openTempWorkspace(folder);
const planId = await importTwoChapterPlan(connection);
const today = new Date('2026-11-27T10:00:00Z');
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
