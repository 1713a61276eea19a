import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { BUSY_TIMEOUT_MS, createMigrator, openDatabase } from '../../../electron/core/db/connection';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { tempFolder } from '../support/workspace';

const folder = tempFolder();

describe('workspace database', () => {
  it('opens a new file with WAL, foreign keys and a busy timeout, migrated to the latest schema', async () => {
    const connection = await openDatabase(join(folder, 'new.sqlite'));
    expect(connection.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(connection.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(connection.sqlite.pragma('busy_timeout', { simple: true })).toBe(BUSY_TIMEOUT_MS);
    const applied = await createMigrator(connection.db).getMigrations();
    expect(applied.map((m) => [m.name, m.executedAt !== undefined])).toEqual(Object.keys(MIGRATIONS).map((name) => [name, true]));
    await connection.close();
  });

  it('migrates a database that already holds data, keeping every row', async () => {
    const path = join(folder, 'old.sqlite');
    const old = await openDatabase(path, { migrate: false });
    const first = Object.keys(MIGRATIONS)[0]!;
    const step = await createMigrator(old.db).migrateTo(first);
    expect(step.error).toBeUndefined();
    await sql`insert into plans (id, title, description, created_at, updated_at) values ('p1', 'Old plan', '', '2019-03-01T00:00:00.000Z', '2019-03-01T00:00:00.000Z')`.execute(old.db);
    await sql`insert into chapters (id, plan_id, code, title, position, created_at, updated_at) values ('c1', 'p1', '5.1', 'Digital by Default', 1, '2019-03-01T00:00:00.000Z', '2019-03-01T00:00:00.000Z')`.execute(old.db);
    await old.close();

    const upgraded = await openDatabase(path);
    const plans = await upgraded.db.selectFrom('plans').select(['id', 'title']).execute();
    expect(plans).toEqual([{ id: 'p1', title: 'Old plan' }]);
    const chapter = await upgraded.db.selectFrom('chapters').select(['title', 'plan_id']).executeTakeFirstOrThrow();
    expect(chapter).toEqual({ title: 'Digital by Default', plan_id: 'p1' });
    const meta = await sql<{ key: string; value: string }>`select key, value from workspace_meta order by key`.execute(upgraded.db);
    expect(meta.rows.find((r) => r.key === 'created_at')?.value).toBe('2019-03-01T00:00:00.000Z');
    expect(meta.rows.find((r) => r.key === 'workspace_id')?.value).toMatch(/^[0-9a-f-]{36}$/);
    await upgraded.close();
  });

  it('enforces foreign keys and the controlled status vocabulary', async () => {
    const connection = await openDatabase(join(folder, 'rules.sqlite'));
    await expect(
      sql`insert into chapters (id, plan_id, title, position, created_at, updated_at) values ('c', 'missing', 't', 1, 'x', 'x')`.execute(connection.db),
    ).rejects.toThrow(/FOREIGN KEY/);
    await sql`insert into plans (id, title, created_at, updated_at) values ('p', 'P', 'x', 'x')`.execute(connection.db);
    await sql`insert into chapters (id, plan_id, title, position, created_at, updated_at) values ('c', 'p', 'C', 1, 'x', 'x')`.execute(connection.db);
    await sql`insert into policy_statements (id, chapter_id, text, position, created_at, updated_at) values ('s', 'c', 'S', 1, 'x', 'x')`.execute(connection.db);
    await expect(
      sql`insert into actions (id, statement_id, title, position, status, created_at, updated_at) values ('a', 's', 'A', 1, 'Done-ish', 'x', 'x')`.execute(connection.db),
    ).rejects.toThrow(/CHECK constraint/);
    await connection.close();
  });

  it('refuses a file that is not a SQLite database with a clear message', async () => {
    const { writeFileSync } = await import('node:fs');
    const path = join(folder, 'garbage.sqlite');
    writeFileSync(path, 'this is not a database, just text that someone renamed'.repeat(100));
    await expect(openDatabase(path)).rejects.toThrow(/garbage\.sqlite is not a PlanDesk workspace/);
  });
});
