// Setting many cells at once (a block cleared with Delete or filled down with Ctrl+D in the grids): every cell checked
// as one typed edit would be, all written in one batch (one undo) or nothing written at all.
import { describe, expect, it } from 'vitest';
import type { MethodInput } from '../../../shared/contract';
import { callHandler } from '../../../electron/core/host/dispatch';
import { createHandlers } from '../../../electron/core/app/handlers';
import { handlersFor, importTwoChapterPlan, openTempWorkspace, tempFolder, testAppContext } from '../support/workspace';

const folder = tempFolder();
const connection = await openTempWorkspace(folder);
const planId = await importTwoChapterPlan(connection);
const today = new Date('2026-11-27T10:00:00Z');
const options = { user: 'Dorji', now: () => today };
const core = createHandlers(testAppContext(() => connection, options));
const call = handlersFor(connection, options);

const rows = async () => call('actions:list', { planId });
const byCode = async (code: string) => (await rows()).find((r) => r.code === code)!;
const historyCount = async () => (await connection.db.selectFrom('change_history').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;

/** The refusal of a setCells call: its message and the cells its details list. */
async function refusalOf(input: MethodInput<'actions:setCells'>) {
  const result = await callHandler(core, 'actions:setCells', input);
  if (result.ok) throw new Error('setCells was expected to refuse');
  return result.error;
}

describe('setting a block of action cells', () => {
  it('clears many cells in one batch, and one undo brings every value back', async () => {
    const [a, b] = [await byCode('5.1.1.1'), await byCode('5.1.1.3')];
    const cells: MethodInput<'actions:setCells'>['cells'] = [a, b].flatMap((row) => [
      { actionId: row.id, field: 'remarks' as const, value: '' },
      { actionId: row.id, field: 'status' as const, value: '' },
      { actionId: row.id, field: 'leadText' as const, value: '' },
      { actionId: row.id, field: 'end' as const, value: '' },
    ]);
    const changed = await call('actions:setCells', { planId, cells });
    expect(changed.map((r) => r.code).sort()).toEqual(['5.1.1.1', '5.1.1.3']);
    for (const row of changed) expect(row).toMatchObject({ remarks: '', status: null, leadText: '', leadAgencyIds: [], end: null, endOpen: false });
    // One batch of the history holds every change.
    const batches = await connection.db.selectFrom('change_history').select('batch_id').where('entity_id', 'in', [a.id, b.id]).where('user_name', '=', 'Dorji').distinct().execute();
    expect(batches).toHaveLength(1);

    await call('history:undo', {});
    const [backA, backB] = [await byCode('5.1.1.1'), await byCode('5.1.1.3')];
    expect(backA).toMatchObject({ remarks: a.remarks, status: a.status, leadText: a.leadText, leadAgencyIds: a.leadAgencyIds, end: a.end });
    expect(backB).toMatchObject({ remarks: b.remarks, status: b.status, leadText: b.leadText, leadAgencyIds: b.leadAgencyIds, end: b.end });
  });

  it('refuses the whole block when one cell cannot take its value, says which, and writes nothing', async () => {
    const [a, b] = [await byCode('5.1.1.1'), await byCode('5.1.1.3')];
    const entries = await historyCount();
    const error = await refusalOf({
      planId,
      cells: [
        { actionId: a.id, field: 'remarks', value: '' },
        { actionId: a.id, field: 'title', value: '' },
        { actionId: b.id, field: 'title', value: '' },
      ],
    });
    expect(error.message).toBe('Nothing was changed: 2 cells were refused (first: An action needs a title)');
    expect(error.details).toEqual({
      cells: [
        { actionId: a.id, field: 'title', reason: 'An action needs a title' },
        { actionId: b.id, field: 'title', reason: 'An action needs a title' },
      ],
    });
    expect((await byCode('5.1.1.1')).remarks).toBe(a.remarks);
    expect(await historyCount()).toBe(entries);
  });

  it('fills values down as typed edits: months as the grid shows them, agencies linked by name', async () => {
    const [a, b, c] = [await byCode('5.1.1.1'), await byCode('5.1.1.3'), await byCode('5.1.1.10')];
    const cells: MethodInput<'actions:setCells'>['cells'] = [b, c].flatMap((row) => [
      { actionId: row.id, field: 'start' as const, value: 'Jan 2018' },
      { actionId: row.id, field: 'end' as const, value: 'Dec 2020' },
      { actionId: row.id, field: 'status' as const, value: 'Ongoing' },
      { actionId: row.id, field: 'leadText' as const, value: a.leadText },
    ]);
    const changed = await call('actions:setCells', { planId, cells });
    for (const row of changed) expect(row).toMatchObject({ start: '2018-01', end: '2020-12', status: 'ongoing', leadText: a.leadText, leadAgencyIds: a.leadAgencyIds });
    await call('history:undo', {});
    expect(await byCode('5.1.1.3')).toMatchObject({ start: b.start, end: b.end, status: b.status, leadText: b.leadText });
  });

  it('adds an agency new to the registry once, however many cells of the block name it', async () => {
    const [b, c] = [await byCode('5.1.1.3'), await byCode('5.1.1.10')];
    const changed = await call('actions:setCells', {
      planId,
      cells: [b, c].map((row) => ({ actionId: row.id, field: 'collaboratorsText' as const, value: 'NCSWG and MoIC' })),
    });
    const added = (await call('agencies:list', {})).filter((a) => a.acronym === 'NCSWG');
    expect(added).toHaveLength(1);
    for (const row of changed) expect(row.collaboratorAgencyIds[0]).toBe(added[0]!.id);
    await call('history:undo', {});
    expect((await call('agencies:list', {})).filter((a) => a.acronym === 'NCSWG')).toEqual([]);
  });

  it('refuses a month that is no month, naming the action and the field, and changes nothing', async () => {
    const b = await byCode('5.1.1.3');
    const error = await refusalOf({ planId, cells: [{ actionId: b.id, field: 'start', value: 'Smarch 2020' }, { actionId: b.id, field: 'status', value: 'Completed' }] });
    expect(error.message).toBe('Nothing was changed: Start: "Smarch" is not a month name');
    expect(error.details).toEqual({ cells: [{ actionId: b.id, field: 'start', reason: 'Start: "Smarch" is not a month name' }] });
    expect((await byCode('5.1.1.3')).status).toBe(b.status);
  });

  it('refuses an action of another plan', async () => {
    const other = await call('plans:create', { title: 'Another plan', description: '' });
    const a = await byCode('5.1.1.1');
    const error = await refusalOf({ planId: other.id, cells: [{ actionId: a.id, field: 'remarks', value: '' }] });
    expect(error.message).toBe('Nothing was changed: This action is not in the plan');
    expect((await byCode('5.1.1.1')).remarks).toBe(a.remarks);
  });

  it('asks once for the reason of new ends on an approved plan, then revises them all with it', async () => {
    await call('plans:approve', { planId, on: '2026-11-01' });
    const [a, b] = [await byCode('5.1.1.1'), await byCode('5.1.1.3')];
    const cells = [a, b].map((row) => ({ actionId: row.id, field: 'end' as const, value: 'Jun 2027' }));
    const asked = await refusalOf({ planId, cells });
    expect(asked.details).toEqual({ needs: 'reason' });
    const changed = await call('actions:setCells', { planId, cells, reason: 'Procurement delayed' });
    expect(changed.map((r) => r.revisedEnd)).toEqual(['2027-06', '2027-06']);
  });
});
