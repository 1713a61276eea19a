// snapshots:dates: each action's timeline as a snapshot froze it, read from the stored snapshot, not from the plan now.
import { describe, expect, it } from 'vitest';
import { slipInMonths } from '../../../../shared/timeline/snapshot-dates';
import { handlersFor, importTwoChapterPlan, openTempWorkspace, tempFolder } from '../../support/workspace';

const folder = tempFolder();
const connection = await openTempWorkspace(folder);
const planId = await importTwoChapterPlan(connection);
const call = handlersFor(connection, { user: 'Tshering' });

describe('snapshots:dates', () => {
  it('gives every action its dates at the snapshot, unchanged by later edits', async () => {
    const snapshot = await call('snapshots:create', { planId, name: 'Steering committee, March 2026' });
    const rows = await call('actions:list', { planId });
    const byCode = (code: string) => rows.find((r) => r.code === code)!;
    await call('actions:update', { actionId: byCode('5.1.1.1').id, field: 'end', value: 'June 2022' });
    await call('actions:update', { actionId: byCode('5.1.2.3').id, field: 'end', value: '2027-03' });

    const dates = await call('snapshots:dates', { snapshotId: snapshot.id });
    expect(dates).toHaveLength(rows.length);
    const at = (code: string) => dates.find((d) => d.actionId === byCode(code).id);
    expect(at('5.1.1.1')).toEqual({
      actionId: byCode('5.1.1.1').id,
      start: '2018-01',
      startPrecision: 'month',
      end: '2020-12',
      endPrecision: 'month',
      endOpen: false,
      revisedEnd: null,
    });
    // Open-ended then ("Continue"), given an end since.
    expect(at('5.1.2.3')).toMatchObject({ start: '2020-01', end: null, endOpen: true });
    // Known only to the year: precision kept.
    expect(at('5.1.1.10')).toMatchObject({ end: '2022-12', endPrecision: 'year' });
    expect(at('5.3.2.1')).toMatchObject({ start: '2019-01', startPrecision: 'year' });

    const now = await call('actions:list', { planId });
    const slipped = now.find((r) => r.code === '5.1.1.1')!;
    expect(slipInMonths(slipped, at('5.1.1.1')!)).toBe(18);
    expect(slipInMonths(now.find((r) => r.code === '5.1.2.3')!, at('5.1.2.3')!)).toBeNull();
  });

  it('refuses an unknown snapshot', async () => {
    await expect(call('snapshots:dates', { snapshotId: 'no-such-snapshot' })).rejects.toThrow('No snapshot with id no-such-snapshot');
  });
});
