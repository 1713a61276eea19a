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

describe('migration 2026-11-27-4-review-drafts', () => {
  it('adds an empty review_drafts table to a workspace that already sent, received and merged workbooks', async () => {
    const path = join(folder, 'with-exchange.sqlite');
    const old = await openDatabase(path, { migrate: false });
    expect((await createMigrator(old.db).migrateTo('2026-11-27-3-exchange-packages')).error).toBeUndefined();
    const at = '2026-01-01T00:00:00.000Z';
    await sql`insert into plans (id, title, created_at, updated_at) values ('p', 'Plan', ${at}, ${at})`.execute(old.db);
    await sql`insert into agencies (id, acronym, name, created_at, updated_at) values ('moic', 'MoIC', 'Ministry', ${at}, ${at})`.execute(old.db);
    await sql`insert into reporting_periods (id, plan_id, kind, label, start_month, end_month, position) values ('fy', 'p', 'fiscal_year', 'FY 2025-26', '2025-07', '2026-06', 0)`.execute(old.db);
    await sql`insert into exchange_packages (id, plan_id, send_id, agency_id, agency_label, period_id, period_label, issued_at, issued_by, file_name, status)
              values ('pkg', 'p', 'send', 'moic', 'MoIC', 'fy', 'FY 2025-26', ${at}, 'Karma', 'MoIC.xlsx', 'returned')`.execute(old.db);
    await sql`insert into review_decisions (kind, package_id, plan_id, change_id, entity, entity_id, field, accepted, source_file, decided_by, decided_at, batch_id)
              values ('exchange', 'pkg', 'p', 'c1', 'action', 'a', 'status', 1, 'MoIC.xlsx', 'Karma', ${at}, 'b')`.execute(old.db);
    await old.close();

    const upgraded = await openDatabase(path);
    expect(await upgraded.db.selectFrom('exchange_packages').select(['id', 'status']).execute()).toEqual([{ id: 'pkg', status: 'returned' }]);
    expect(await upgraded.db.selectFrom('review_decisions').select(['change_id', 'accepted']).execute()).toEqual([{ change_id: 'c1', accepted: 1 }]);
    expect(await upgraded.db.selectFrom('review_drafts').selectAll().execute()).toEqual([]);
    // One decision per target and file; the target kind is one of the three a review knows.
    const draft = { file_id: 'pkg', plan_id: 'p', target_kind: 'change', target_key: 'c1', accepted: 0, file_sha256: 'x', saved_by: 'Karma', saved_at: at };
    await upgraded.db.insertInto('review_drafts').values(draft).execute();
    await expect(upgraded.db.insertInto('review_drafts').values(draft).execute()).rejects.toThrow(/UNIQUE constraint/);
    await expect(upgraded.db.insertInto('review_drafts').values({ ...draft, target_kind: 'row' }).execute()).rejects.toThrow(/CHECK constraint/);
    await upgraded.close();
  });
});

describe('migration 2026-11-27-5-package-merge-undo', () => {
  it('keeps a merged package merged, and the history and snapshots as they were, on a workspace that merged one', async () => {
    const path = join(folder, 'with-package.sqlite');
    const old = await openDatabase(path, { migrate: false });
    expect((await createMigrator(old.db).migrateTo('2026-11-27-4-review-drafts')).error).toBeUndefined();
    const at = '2026-01-01T00:00:00.000Z';
    await sql`insert into plans (id, title, created_at, updated_at) values ('p', 'Plan', ${at}, ${at})`.execute(old.db);
    await sql`insert into snapshots (id, plan_id, name, taken_at, created_by, content) values ('s', 'p', 'Steering committee', ${at}, 'Karma', '{}')`.execute(old.db);
    await sql`insert into change_history (at, user_name, plan_id, entity, entity_id, field, old_value, new_value, source, batch_id)
              values (${at}, 'Karma', 'p', 'plan', 'p', 'title', 'Old', 'Plan', 'package', 'b')`.execute(old.db);
    await sql`insert into plan_packages_merged (pack_id, plan_id, file, created_by, created_at, merged_by, merged_at, batch_id, accepted, rejected)
              values ('pack', 'p', 'plan.pmupack', 'Tshering', ${at}, 'Karma', ${at}, 'b', 1, 0)`.execute(old.db);
    await old.close();

    const upgraded = await openDatabase(path);
    expect(await upgraded.db.selectFrom('plan_packages_merged').select(['pack_id', 'accepted', 'deleted_at', 'set_aside']).execute()).toEqual([
      { pack_id: 'pack', accepted: 1, deleted_at: null, set_aside: null },
    ]);
    expect(await upgraded.db.selectFrom('change_history').select(['field', 'new_value', 'batch_id', 'package_merge_id']).execute()).toEqual([
      { field: 'title', new_value: 'Plan', batch_id: 'b', package_merge_id: null },
    ]);
    expect(await upgraded.db.selectFrom('snapshots').select(['id', 'name', 'package_merge_id']).execute()).toEqual([{ id: 's', name: 'Steering committee', package_merge_id: null }]);
    // The History's order by time is served by an index.
    const plan = await sql<{ detail: string }>`explain query plan select * from change_history where plan_id = 'p' order by at desc, id desc limit 10`.execute(upgraded.db);
    expect(plan.rows.map((r) => r.detail).join(' ')).toMatch(/history_by_time/);
    await upgraded.close();
  });
});
