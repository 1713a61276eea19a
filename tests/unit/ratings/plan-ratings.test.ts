// A plan's ratings through the handlers, on a real SQLite workspace: computed ratings with reasons, the analyst's
// override for a period (refused without a reason, for an unknown action or period; lasting its period only),
// thresholds (refused out of range), roll-ups and the rating at each snapshot.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { handlersFor, importTwoChapterPlan, openTempWorkspace, tempFolder } from '../support/workspace';

const folder = tempFolder();
const connection = await openTempWorkspace(folder);
const planId = await importTwoChapterPlan(connection);
let today = new Date('2026-12-06T10:00:00Z');
const call = handlersFor(connection, { user: 'Tshering', now: () => today });

async function actionByCode(code: string) {
  const ratings = await call('ratings:plan', { planId });
  const rows = await call('actions:list', { planId });
  const row = rows.find((r) => r.code === code)!;
  return { row, rating: ratings.actions.find((a) => a.actionId === row.id)! };
}

async function historyCount(): Promise<number> {
  const row = await connection.db.selectFrom('change_history').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('a plan\'s delivery ratings', () => {
  it('rates each action with its reasons, at the current month', async () => {
    const ratings = await call('ratings:plan', { planId });
    expect(ratings.month).toBe('2026-12');
    expect(ratings.period?.label).toBe('FY 2026-27');
    const late = await actionByCode('5.1.1.3');
    expect(late.rating).toMatchObject({ rating: 'red', computed: 'red', override: null });
    expect(late.rating.findings.map((f) => f.reason)).toEqual(['Past its end (Dec 2020) by 72 months and not completed']);
    expect((await actionByCode('5.1.2.3')).rating.rating).toBe('green');
    expect((await actionByCode('5.3.2.1')).rating.rating).toBe('completed');
    expect(ratings.plan.counts).toEqual({ red: 3, amber: 0, green: 1, completed: 1, not_rated: 0 });
    expect(ratings.plan.summary).toBe('red');
    expect(ratings.chapters.map((c) => [c.code, c.summary])).toEqual([
      ['5.1', 'red'],
      ['5.3', 'completed'],
    ]);
    expect(ratings.leadAgencies.find((l) => l.lead === 'MoIC')?.counts.green).toBe(1);
  });

  it('reads an indicator\'s latest actual and the support needed reported for the period', async () => {
    const periods = await call('plans:periods', { planId });
    const current = periods.at(-1)!;
    const { row } = await actionByCode('5.1.2.3');
    const indicator = (await call('indicators:list', { planId })).find((i) => i.actionId === row.id)!;
    await call('indicators:update', { indicatorId: indicator.id, field: 'baseline', value: '0%' });
    await call('indicators:update', { indicatorId: indicator.id, field: 'target', value: '100%' });
    // An open-ended action has no path to be behind: the actual alone changes nothing.
    await call('indicators:setActual', { indicatorId: indicator.id, periodId: periods.at(-2)!.id, value: '5%' });
    expect((await actionByCode('5.1.2.3')).rating.rating).toBe('green');
    await connection.db
      .insertInto('progress_updates')
      .values({ id: randomUUID(), action_id: row.id, indicator_id: null, period_id: current.id, status: null, support_needed: 'Budget for 40 routers', created_at: today.toISOString(), updated_at: today.toISOString() })
      .execute();
    const supported = (await actionByCode('5.1.2.3')).rating;
    expect(supported.rating).toBe('amber');
    expect(supported.findings[0]?.reason).toBe('The lead agency reported support needed for the period: "Budget for 40 routers"');
  });

  it('keeps the analyst\'s override beside the computed rating, in the history, for its period only', async () => {
    const periods = await call('plans:periods', { planId });
    const current = periods.at(-1)!;
    const { row } = await actionByCode('5.1.2.3');
    const override = await call('ratings:setOverride', { actionId: row.id, periodId: current.id, rating: 'red', reason: ' ministry confirmed procurement failed ' });
    expect(override).toMatchObject({ rating: 'red', reason: 'ministry confirmed procurement failed', setBy: 'Tshering', periodLabel: 'FY 2026-27' });
    const shown = (await actionByCode('5.1.2.3')).rating;
    expect(shown).toMatchObject({ rating: 'red', computed: 'amber' });
    const entries = await connection.db.selectFrom('change_history').selectAll().where('entity', '=', 'rating_override').execute();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ field: 'created', user_name: 'Tshering', entity_id: override.id });
    // Changing it again records the change; undo takes it back.
    await call('ratings:setOverride', { actionId: row.id, periodId: current.id, rating: 'amber', reason: 'procurement retendered' });
    expect((await actionByCode('5.1.2.3')).rating.override?.reason).toBe('procurement retendered');
    await call('history:undo', {});
    expect((await actionByCode('5.1.2.3')).rating.override).toMatchObject({ rating: 'red', reason: 'ministry confirmed procurement failed' });
    // The next fiscal year, the override has lapsed: the computed rating shows.
    today = new Date('2027-07-15T10:00:00Z');
    const next = (await actionByCode('5.1.2.3')).rating;
    expect(next.override).toBeNull();
    expect(next.rating).toBe(next.computed);
    today = new Date('2026-12-06T10:00:00Z');
    // Cleared, the computed rating shows again.
    await call('ratings:clearOverride', { actionId: row.id, periodId: current.id });
    expect((await actionByCode('5.1.2.3')).rating).toMatchObject({ rating: 'amber', computed: 'amber', override: null });
    await expect(call('ratings:clearOverride', { actionId: row.id, periodId: current.id })).rejects.toThrow('This action has no override for FY 2026-27');
  });

  it('refuses an override without a reason, for an unknown action or period, and writes nothing', async () => {
    const periods = await call('plans:periods', { planId });
    const { row } = await actionByCode('5.1.1.1');
    const before = await historyCount();
    await expect(call('ratings:setOverride', { actionId: row.id, periodId: periods.at(-1)!.id, rating: 'red', reason: '   ' })).rejects.toThrow('an override needs a reason');
    await expect(call('ratings:setOverride', { actionId: 'no-such-action', periodId: periods.at(-1)!.id, rating: 'red', reason: 'x' })).rejects.toThrow(
      'No action with id no-such-action in this workspace',
    );
    await expect(call('ratings:setOverride', { actionId: row.id, periodId: 'no-such-period', rating: 'red', reason: 'x' })).rejects.toThrow(
      "No reporting period with id no-such-period in this action's plan",
    );
    await expect(call('ratings:setOverride', { actionId: row.id, periodId: periods.at(-1)!.id, rating: 'purple' as never, reason: 'x' })).rejects.toThrow(
      'the rating must be red, amber or green',
    );
    expect(await historyCount()).toBe(before);
    expect((await actionByCode('5.1.1.1')).rating.override).toBeNull();
  });

  it('keeps thresholds per plan, refusing one out of range, and rates with them', async () => {
    expect(await call('ratings:settings', { planId })).toMatchObject({ soonMonths: 3, slipRedMonths: 6, rollupSharePercent: 25 });
    const before = await historyCount();
    const settings = { planId, soonMonths: 3, slipAmberMonths: 1, slipRedMonths: 6, behindAmberPoints: 10, behindRedPoints: 25, rollupSharePercent: 25 };
    await expect(call('ratings:setSettings', { ...settings, soonMonths: 0 })).rejects.toThrow('the months counted as soon must be at least 1');
    await expect(call('ratings:setSettings', { ...settings, slipRedMonths: 0 })).rejects.toThrow('the slip for red must be at least 1');
    await expect(call('ratings:setSettings', { ...settings, behindAmberPoints: 30 })).rejects.toThrow(
      'The points behind for red (25) cannot be less than those for amber (30)',
    );
    expect(await historyCount()).toBe(before);
    await call('ratings:setSettings', { ...settings, rollupSharePercent: 80 });
    expect((await call('ratings:plan', { planId })).plan.summary).toBe('amber');
    const entries = await connection.db.selectFrom('change_history').selectAll().where('entity', '=', 'rating_settings').execute();
    expect(entries.map((e) => [e.field, e.old_value, e.new_value])).toEqual([['rollup_share_percent', '25', '80']]);
    await call('history:undo', {});
    expect((await call('ratings:settings', { planId })).rollupSharePercent).toBe(25);
  });

  it('gives the rating of each action at each snapshot, then now', async () => {
    const { row } = await actionByCode('5.1.2.3');
    today = new Date('2026-09-10T10:00:00Z');
    await call('snapshots:create', { planId, name: 'SC meeting Sep 2026' });
    today = new Date('2026-12-06T10:00:00Z');
    await call('actions:update', { actionId: row.id, field: 'status', value: 'Completed' });
    const meetings = await call('ratings:byMeeting', { planId });
    expect(meetings.map((m) => m.label)).toEqual(['SC meeting Sep 2026', 'Now']);
    expect(meetings[0]!.ratings[row.id]).toBe('amber');
    expect(meetings[1]!.ratings[row.id]).toBe('completed');
  });
});
