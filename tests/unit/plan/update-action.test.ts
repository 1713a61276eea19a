import { describe, expect, it } from 'vitest';
import { actionRowOf } from '../../../electron/core/plan/action-rows';
import { updateActionField } from '../../../electron/core/plan/plan-commands';
import { getPlanTree } from '../../../electron/core/plan/plan-queries';
import { importTwoChapterPlan, openTempWorkspace, tempFolder, testContext } from '../support/workspace';

const folder = tempFolder();
const connection = await openTempWorkspace(folder);
const planId = await importTwoChapterPlan(connection);
const tree = await getPlanTree(connection.db, planId, '2026-11');
const action = tree.chapters[0]!.statements[0]!.actions[0]!; // 5.1.1.1, Jan 2018 – Dec 2020
const context = testContext({ user: 'Pema', at: '2026-11-27T11:00:00.000Z' });

/** Edits one field the way the grid does, and reads the row back. */
async function edit(field: Parameters<typeof updateActionField>[2]['field'], value: string | null) {
  await updateActionField(connection.db, context, { actionId: action.id, field, value });
  return actionRowOf(connection.db, action.id, '2026-11');
}

async function historyOf(field: string) {
  return connection.db.selectFrom('change_history').selectAll().where('entity_id', '=', action.id).where('field', '=', field).execute();
}

describe('editing one field of an action', () => {
  it('saves a month typed as people type it, and records old and new in the history', async () => {
    const updated = await edit('end', 'June 2021');
    expect(updated).toMatchObject({ end: '2021-06', endPrecision: 'month', endOpen: false });
    expect(await historyOf('end_month')).toMatchObject([{ user_name: 'Pema', old_value: '2020-12', new_value: '2021-06', source: 'edit' }]);
  });

  it('reads "Continue" as open-ended and a bare year as the whole year', async () => {
    expect(await edit('end', 'Continue')).toMatchObject({ end: null, endOpen: true, overdue: false });
    expect(await edit('end', '2023')).toMatchObject({ end: '2023-12', endPrecision: 'year', endOpen: false, overdue: true });
  });

  it('refuses a month that is not a month, or an end before the start, and changes nothing', async () => {
    const before = await connection.db.selectFrom('actions').selectAll().where('id', '=', action.id).executeTakeFirstOrThrow();
    const entries = (await connection.db.selectFrom('change_history').select('id').execute()).length;
    await expect(updateActionField(connection.db, context, { actionId: action.id, field: 'end', value: 'Smarch 2021' })).rejects.toThrow('End: "Smarch" is not a month name');
    await expect(updateActionField(connection.db, context, { actionId: action.id, field: 'end', value: 'Dec 2016' })).rejects.toThrow('The end (Dec 2016) would be before the start (Jan 2018)');
    await expect(updateActionField(connection.db, context, { actionId: action.id, field: 'status', value: 'Sort of done' })).rejects.toThrow(/"Sort of done" is not a status/);
    await expect(updateActionField(connection.db, context, { actionId: action.id, field: 'title', value: '  ' })).rejects.toThrow('An action needs a title');
    expect(await connection.db.selectFrom('actions').selectAll().where('id', '=', action.id).executeTakeFirstOrThrow()).toEqual(before);
    expect((await connection.db.selectFrom('change_history').select('id').execute()).length).toBe(entries);
  });

  it('sets a status from the list and keeps its label as the wording', async () => {
    const updated = await edit('status', 'completed');
    expect(updated).toMatchObject({ status: 'completed', statusText: 'Completed', overdue: false });
    expect((await historyOf('status')).at(-1)).toMatchObject({ old_value: 'ongoing', new_value: 'completed' });
    expect((await historyOf('status_text')).at(-1)).toMatchObject({ old_value: 'O&M ongoing', new_value: 'Completed' });
  });

  it('writes no history when the value does not change', async () => {
    const count = (await historyOf('remarks')).length;
    const current = (await connection.db.selectFrom('actions').select('remarks').where('id', '=', action.id).executeTakeFirstOrThrow()).remarks;
    await edit('remarks', current);
    expect((await historyOf('remarks')).length).toBe(count);
  });
});
