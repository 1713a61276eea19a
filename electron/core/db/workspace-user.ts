// The name of who works on this workspace, kept in the workspace itself (workspace_meta 'user_name'), so that the
// command line records the same author as the app when it works on the same file. The app writes it whenever the
// user sets their name; the CLI reads it when no --user is given.
import { sql } from 'kysely';
import type { Db } from './schema';

const KEY = 'user_name';

export async function workspaceUserName(db: Db): Promise<string | null> {
  const rows = await sql<{ value: string }>`select value from workspace_meta where key = ${KEY}`.execute(db);
  const name = rows.rows[0]?.value.trim() ?? '';
  return name === '' ? null : name;
}

export async function setWorkspaceUserName(db: Db, name: string): Promise<void> {
  const trimmed = name.trim();
  if (trimmed === '') {
    await sql`delete from workspace_meta where key = ${KEY}`.execute(db);
    return;
  }
  await sql`insert into workspace_meta (key, value) values (${KEY}, ${trimmed})
    on conflict (key) do update set value = excluded.value`.execute(db);
}
