// Months checked by the database itself (migration 2026-12-06-1-months-checked): bad values already stored are
// repaired with a history entry that keeps them, and a bad month written later is refused whatever wrote it.
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createMigrator, openDatabase } from '../../../electron/core/db/connection';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { tempFolder } from '../support/workspace';

const folder = tempFolder();
const AT = '2026-11-27T10:00:00.000Z';

describe('months checked by the database', () => {
  it('repairs the bad months a workspace already holds, each with a history entry keeping the old value', async () => {
    const path = join(folder, 'bad-months.sqlite');
    const old = await openDatabase(path, { migrate: false });
    const names = Object.keys(MIGRATIONS);
    const before = names[names.indexOf('2026-12-06-1-months-checked') - 1]!;
    expect((await createMigrator(old.db).migrateTo(before)).error).toBeUndefined();
    await sql`insert into plans (id, title, created_at, updated_at) values ('p', 'Plan', ${AT}, ${AT})`.execute(old.db);
    await sql`insert into chapters (id, plan_id, title, position, created_at, updated_at) values ('c', 'p', 'C', 1, ${AT}, ${AT})`.execute(old.db);
    await sql`insert into policy_statements (id, chapter_id, text, position, created_at, updated_at) values ('s', 'c', 'S', 1, ${AT}, ${AT})`.execute(old.db);
    const action = (id: string, start: string | null, end: string | null, revised: string | null) =>
      sql`insert into actions (id, statement_id, title, position, start_month, end_month, revised_end_month, created_at, updated_at)
          values (${id}, 's', ${id}, 1, ${start}, ${end}, ${revised}, ${AT}, ${AT})`.execute(old.db);
    await action('merged-from-workbook', '2019-01', '2025-06', '20250-06');
    await action('far-future', '2019-01', '9999-12', null);
    await action('no-such-month', '2019-13', '2020-12', null);
    await action('words', 'Jan 2020', '2020-12', '2021-03');
    await action('good', '2019-01', '2025-06', '2026-06');
    await old.close();

    const upgraded = await openDatabase(path);
    const months = await upgraded.db.selectFrom('actions').select(['id', 'start_month', 'end_month', 'revised_end_month']).orderBy('id').execute();
    expect(months).toEqual([
      { id: 'far-future', start_month: '2019-01', end_month: null, revised_end_month: null },
      { id: 'good', start_month: '2019-01', end_month: '2025-06', revised_end_month: '2026-06' },
      { id: 'merged-from-workbook', start_month: '2019-01', end_month: '2025-06', revised_end_month: null },
      { id: 'no-such-month', start_month: null, end_month: '2020-12', revised_end_month: null },
      { id: 'words', start_month: null, end_month: '2020-12', revised_end_month: '2021-03' },
    ]);
    const history = await upgraded.db
      .selectFrom('change_history')
      .select(['plan_id', 'entity', 'entity_id', 'field', 'old_value', 'new_value', 'source', 'user_name'])
      .orderBy('entity_id')
      .execute();
    expect(history).toEqual([
      { plan_id: 'p', entity: 'action', entity_id: 'far-future', field: 'end_month', old_value: '9999-12', new_value: null, source: 'system', user_name: 'PlanDesk' },
      { plan_id: 'p', entity: 'action', entity_id: 'merged-from-workbook', field: 'revised_end_month', old_value: '20250-06', new_value: null, source: 'system', user_name: 'PlanDesk' },
      { plan_id: 'p', entity: 'action', entity_id: 'no-such-month', field: 'start_month', old_value: '2019-13', new_value: null, source: 'system', user_name: 'PlanDesk' },
      { plan_id: 'p', entity: 'action', entity_id: 'words', field: 'start_month', old_value: 'Jan 2020', new_value: null, source: 'system', user_name: 'PlanDesk' },
    ]);
    await upgraded.close();
  });

  it.each([
    ['a five-digit year', 'revised_end_month', '20250-06'],
    ['a year past 2200', 'end_month', '9999-12'],
    ['a year before 1900', 'start_month', '0001-01'],
    ['month 13', 'start_month', '2020-13'],
    ['words', 'end_month', 'Dec 2020'],
  ])('refuses %s written by anything, on insert and on update', async (_name, column, value) => {
    const connection = await openDatabase(join(folder, `refuses-${column}-${value}.sqlite`));
    const db = connection.db;
    await sql`insert into plans (id, title, created_at, updated_at) values ('p', 'Plan', ${AT}, ${AT})`.execute(db);
    await sql`insert into chapters (id, plan_id, title, position, created_at, updated_at) values ('c', 'p', 'C', 1, ${AT}, ${AT})`.execute(db);
    await sql`insert into policy_statements (id, chapter_id, text, position, created_at, updated_at) values ('s', 'c', 'S', 1, ${AT}, ${AT})`.execute(db);
    const refusal = 'the start, end and revised end of an action must be months written YYYY-MM, in the years 1900 to 2200';
    await expect(
      sql`insert into actions (id, statement_id, title, position, ${sql.ref(column)}, created_at, updated_at) values ('bad', 's', 'Bad', 1, ${value}, ${AT}, ${AT})`.execute(db),
    ).rejects.toThrow(refusal);
    await sql`insert into actions (id, statement_id, title, position, start_month, end_month, created_at, updated_at) values ('a', 's', 'A', 1, '1900-01', '2200-12', ${AT}, ${AT})`.execute(db);
    await expect(sql`update actions set ${sql.ref(column)} = ${value} where id = 'a'`.execute(db)).rejects.toThrow(refusal);
    await connection.close();
  });
});
