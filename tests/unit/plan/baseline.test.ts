// The plan's baseline: approval, revised ends with their reasons, rebaseline, and undo of each, through the
// handlers as the app calls them.
import { describe, expect, it } from 'vitest';
import { exportPlanFile } from '../../../electron/core/planfile/export-plan-file';
import { handlersFor, importTwoChapterPlan, openTempWorkspace, tempFolder } from '../support/workspace';

const folder = tempFolder();
const connection = await openTempWorkspace(folder);
const planId = await importTwoChapterPlan(connection);
// The test clock says 2026-11-27.
const call = handlersFor(connection, { user: 'Karma' });
const actionOf = async (code: string) => (await call('actions:list', { planId })).find((r) => r.code === code)!;
const stored = (id: string) => connection.db.selectFrom('actions').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const historyCount = async () => (await connection.db.selectFrom('change_history').select('id').execute()).length;
const baseline = async () => (await call('workspace:summary', {})).plans.find((p) => p.id === planId)!.baseline;

describe('a plan before approval', () => {
  it('is a draft: its dates are edited directly, and there is nothing to rebaseline', async () => {
    expect(await baseline()).toEqual({ approvedOn: null, approvedBy: null, rebaselinedOn: null, rebaselineReason: '' });
    const action = await actionOf('5.1.1.1'); // Jan 2018 – Dec 2020
    await call('actions:update', { actionId: action.id, field: 'end', value: 'Jun 2021' });
    expect(await stored(action.id)).toMatchObject({ end_month: '2021-06', revised_end_month: null });
    await call('history:undo', {});
    expect(await stored(action.id)).toMatchObject({ end_month: '2020-12' });
    await expect(call('plans:rebaseline', { planId, reason: 'Committee of March' })).rejects.toThrow('The plan is not approved yet');
  });
});

describe('approving a plan', () => {
  it('refuses a date that is no date, or in the future, and writes nothing', async () => {
    const entries = await historyCount();
    await expect(call('plans:approve', { planId, on: '2026-02-30' })).rejects.toThrow('on: must be a date written YYYY-MM-DD: a real day');
    await expect(call('plans:approve', { planId, on: '2027-01-05' })).rejects.toThrow('The approval date 5 January 2027 is in the future');
    expect(await historyCount()).toBe(entries);
    expect((await baseline()).approvedOn).toBeNull();
  });

  it('records the date and who approved it, in the history, and is undone like any edit', async () => {
    expect(await call('plans:approve', { planId, on: '2026-07-15' })).toMatchObject({ approvedOn: '2026-07-15', approvedBy: 'Karma' });
    const entry = await connection.db.selectFrom('change_history').selectAll().where('field', '=', 'approved_on').executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ entity: 'plan', entity_id: planId, old_value: null, new_value: '2026-07-15', user_name: 'Karma' });
    await call('history:undo', {});
    expect((await baseline()).approvedOn).toBeNull();
    await call('history:redo', {});
    expect(await baseline()).toMatchObject({ approvedOn: '2026-07-15', approvedBy: 'Karma' });
    await expect(call('plans:approve', { planId })).rejects.toThrow('The plan was already approved on 15 July 2026; to move its baseline, rebaseline it');
  });
});

describe('an approved plan', () => {
  it('keeps the planned end and records a later end as a revised end with its reason', async () => {
    const action = await actionOf('5.1.1.1');
    const row = await call('actions:update', { actionId: action.id, field: 'end', value: 'Mar 2022', reason: 'Procurement re-tendered' });
    expect(row).toMatchObject({ end: '2020-12', revisedEnd: '2022-03' });
    expect(await stored(action.id)).toMatchObject({ end_month: '2020-12', revised_end_month: '2022-03', revised_end_reason: 'Procurement re-tendered' });
    const detail = await call('actions:get', { actionId: action.id });
    expect(detail.action).toMatchObject({ revisedEnd: '2022-03', revisedEndReason: 'Procurement re-tendered' });
  });

  it('undoes the revised end and its reason in one step', async () => {
    const action = await actionOf('5.1.1.1');
    await call('actions:update', { actionId: action.id, field: 'end', value: 'Jun 2022', reason: 'Vendor delay' });
    await call('history:undo', {});
    expect(await stored(action.id)).toMatchObject({ end_month: '2020-12', revised_end_month: '2022-03', revised_end_reason: 'Procurement re-tendered' });
  });

  it('refuses a new end without a reason, a cleared end, and a changed start, writing nothing', async () => {
    const action = await actionOf('5.1.1.1');
    const before = await stored(action.id);
    const entries = await historyCount();
    await expect(call('actions:update', { actionId: action.id, field: 'end', value: 'Sep 2022' })).rejects.toThrow(
      'The plan was approved on 15 July 2026: the new end (Sep 2022) is recorded as a revised end and needs a reason',
    );
    await expect(call('actions:update', { actionId: action.id, field: 'end', value: 'Sep 2022', reason: '   ' })).rejects.toThrow('needs a reason');
    await expect(call('actions:update', { actionId: action.id, field: 'end', value: '', reason: 'Dropped' })).rejects.toThrow('not cleared or made open-ended');
    await expect(call('actions:update', { actionId: action.id, field: 'end', value: 'Continue', reason: 'Ongoing' })).rejects.toThrow('not cleared or made open-ended');
    await expect(call('actions:update', { actionId: action.id, field: 'start', value: 'Jun 2018' })).rejects.toThrow('its planned start is the baseline');
    // A pasted end cannot carry a reason: refused, the cell named.
    const pasted = await call('actions:paste', { planId, cells: [{ actionId: action.id, field: 'end', value: 'Sep 2022' }] });
    expect(pasted.refused).toEqual([expect.objectContaining({ field: 'end', reason: expect.stringContaining('needs a reason') })]);
    expect(await stored(action.id)).toEqual(before);
    expect(await historyCount()).toBe(entries);
  });

  it('clears the revision when the planned end is typed again', async () => {
    const action = await actionOf('5.1.1.1');
    await call('actions:update', { actionId: action.id, field: 'end', value: 'Dec 2020' });
    expect(await stored(action.id)).toMatchObject({ end_month: '2020-12', revised_end_month: null, revised_end_reason: '' });
    await call('history:undo', {});
  });

  it('rebaselines with a reason: every revised end becomes the planned end, in one undo step', async () => {
    const first = await actionOf('5.1.1.1');
    const second = await actionOf('5.3.2.1');
    await call('actions:update', { actionId: second.id, field: 'end', value: '2030', reason: 'Funding moved to the 13th FYP' });
    await expect(call('plans:rebaseline', { planId, reason: ' ' })).rejects.toThrow('Rebaselining the plan needs a reason');
    const result = await call('plans:rebaseline', { planId, reason: 'Mid-term review, steering committee of 20 Nov 2026' });
    expect(result).toMatchObject({ actions: 2, baseline: { rebaselinedOn: '2026-11-27', rebaselineReason: 'Mid-term review, steering committee of 20 Nov 2026' } });
    expect(await stored(first.id)).toMatchObject({ end_month: '2022-03', end_precision: 'month', revised_end_month: null, revised_end_reason: '' });
    expect(await stored(second.id)).toMatchObject({ end_month: '2030-12', revised_end_month: null });
    await expect(call('plans:rebaseline', { planId, reason: 'Again' })).rejects.toThrow('No action has a revised end');
    await call('history:undo', {});
    expect(await stored(first.id)).toMatchObject({ end_month: '2020-12', revised_end_month: '2022-03', revised_end_reason: 'Procurement re-tendered' });
    expect((await baseline()).rebaselinedOn).toBeNull();
    await call('history:redo', {});
  });

  it('travels in the plan file: approval, rebaseline and reasons', async () => {
    const first = await actionOf('5.1.1.1');
    await call('actions:update', { actionId: first.id, field: 'end', value: 'Dec 2023', reason: 'Second phase added' });
    const file = await exportPlanFile(connection.db, [planId]);
    const plan = file.plans[0]!;
    expect(plan.baseline).toEqual({ approvedOn: '2026-07-15', approvedBy: 'Karma', rebaselinedOn: '2026-11-27', rebaselineReason: 'Mid-term review, steering committee of 20 Nov 2026' });
    const action = plan.chapters.flatMap((c) => c.statements).flatMap((s) => s.actions).find((a) => a.code === '5.1.1.1')!;
    expect(action).toMatchObject({ end: '2022-03', revisedEnd: '2023-12', revisedEndReason: 'Second phase added' });
  });
});
