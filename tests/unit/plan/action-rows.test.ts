// The actions grid's rows as listActionRows reads them in one JSON query: what hangs from each action (indicators,
// lead and collaborating agencies, who changed it last) in its own order, deleted things left out, plan order kept.
import { describe, expect, it } from 'vitest';
import { actionRowOf, listActionRows } from '../../../electron/core/plan/action-rows';
import { importTwoChapterPlan, openTempWorkspace, tempFolder } from '../support/workspace';

const folder = tempFolder();
const connection = await openTempWorkspace(folder);
const planId = await importTwoChapterPlan(connection);
const sqlite = connection.sqlite;
const rows = () => listActionRows(connection.db, planId, '2026-11');
const [first, second] = await rows();

describe('the actions grid rows', () => {
  it('lists the plan in order, each action with its leads and collaborators apart, in their positions', async () => {
    expect((await rows()).map((r) => r.code)).toEqual(['5.1.1.1', '5.1.1.3', '5.1.1.10', '5.1.2.3', '5.3.2.1']);
    const agencyId = (acronym: string) => sqlite.prepare('select id from agencies where acronym = ?').pluck().get(acronym) as string;
    expect(first!.leadAgencyIds).toEqual([agencyId('BICMA'), agencyId('MoIC')]);
    expect(first!.collaboratorAgencyIds).toEqual([agencyId('ISPs'), agencyId('BPC')]);
    sqlite.prepare("update action_agencies set position = 10 - position where action_id = ? and role = 'lead'").run(first!.id);
    expect((await rows())[0]!.leadAgencyIds).toEqual([agencyId('MoIC'), agencyId('BICMA')]);
    // A position between two others, as moving an action leaves it, comes back exactly and sorts between them.
    sqlite.prepare('update actions set position = ? where id = ?').run(first!.order[2] + (second!.order[2] - first!.order[2]) / 3, first!.id);
    const moved = (await rows())[0]!;
    expect(moved.order[2]).toBe(first!.order[2] + (second!.order[2] - first!.order[2]) / 3);
    expect(moved.id).toBe(first!.id);
  });

  it('gives indicators in their order, without deleted ones', async () => {
    const now = new Date().toISOString();
    const add = sqlite.prepare('insert into indicators (id, action_id, position, name, created_at, updated_at, deleted_at) values (?, ?, ?, ?, ?, ?, ?)');
    add.run('ind-before', second!.id, -1, 'Before the first', now, now, null);
    add.run('ind-deleted', second!.id, 5, 'Deleted', now, now, now);
    const indicators = (await rows())[1]!.indicators;
    expect(indicators.map((i) => i.name)).toEqual(['Before the first', second!.indicators[0]!.name]);
    expect(indicators[1]).toEqual(second!.indicators[0]);
  });

  it('names who changed each action last, and leaves deleted actions and statements out', async () => {
    const entry = sqlite.prepare("insert into change_history (at, user_name, plan_id, entity, entity_id, field, source) values (?, ?, ?, ?, ?, 'title', 'edit')");
    entry.run('2026-11-01', 'Older Editor', planId, 'action', second!.id);
    entry.run('2026-11-02', 'Newest Editor', planId, 'action', second!.id);
    // Another kind of entity with the same id is not the action's history.
    entry.run('2026-11-03', 'Not The Action', planId, 'indicator', second!.id);
    expect((await rows())[1]!.updatedBy).toBe('Newest Editor');
    expect((await actionRowOf(connection.db, second!.id, '2026-11')).updatedBy).toBe('Newest Editor');

    sqlite.prepare("update actions set deleted_at = '2026-11-05' where id = ?").run(second!.id);
    sqlite.prepare("update policy_statements set deleted_at = '2026-11-05' where code = '5.1.2'").run();
    expect((await rows()).map((r) => r.code)).toEqual(['5.1.1.1', '5.1.1.10', '5.3.2.1']);
    expect(await listActionRows(connection.db, planId, '2026-11', [second!.id])).toEqual([]);
  });
});
