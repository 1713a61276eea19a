// Migration 2026-11-27-3 on a workspace that already holds progress updates: they keep every value and gain an
// empty "support needed"; the exchange tables start empty.
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createMigrator, openDatabase } from '../../../electron/core/db/connection';
import { tempFolder } from '../support/workspace';

const folder = tempFolder();

describe('migration 2026-11-27-3-exchange-packages', () => {
  it('keeps existing progress updates and adds support_needed to them', async () => {
    const path = join(folder, 'old.sqlite');
    const old = await openDatabase(path, { migrate: false });
    expect((await createMigrator(old.db).migrateTo('2026-11-27-2-workspace-identity')).error).toBeUndefined();
    const at = '2020-01-01T00:00:00.000Z';
    await sql`insert into plans (id, title, created_at, updated_at) values ('p', 'Plan', ${at}, ${at})`.execute(old.db);
    await sql`insert into chapters (id, plan_id, title, position, created_at, updated_at) values ('c', 'p', 'C', 1, ${at}, ${at})`.execute(old.db);
    await sql`insert into policy_statements (id, chapter_id, text, position, created_at, updated_at) values ('s', 'c', 'S', 1, ${at}, ${at})`.execute(old.db);
    await sql`insert into actions (id, statement_id, title, position, created_at, updated_at) values ('a', 's', 'A', 1, ${at}, ${at})`.execute(old.db);
    await sql`insert into reporting_periods (id, plan_id, kind, label, start_month, end_month, position) values ('fy', 'p', 'fiscal_year', 'FY 2019-20', '2019-07', '2020-06', 0)`.execute(old.db);
    await sql`insert into progress_updates (id, action_id, period_id, narrative, created_at, updated_at) values ('u', 'a', 'fy', 'Halfway', ${at}, ${at})`.execute(old.db);
    await old.close();

    const upgraded = await openDatabase(path);
    expect(await upgraded.db.selectFrom('progress_updates').select(['id', 'narrative', 'support_needed']).execute()).toEqual([{ id: 'u', narrative: 'Halfway', support_needed: '' }]);
    expect(await upgraded.db.selectFrom('exchange_packages').selectAll().execute()).toEqual([]);
    expect(await upgraded.db.selectFrom('review_decisions').selectAll().execute()).toEqual([]);
    await upgraded.close();
  });
});
