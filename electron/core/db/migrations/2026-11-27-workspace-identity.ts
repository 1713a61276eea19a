// Gives every workspace file a lasting identity (used by whole-plan packages to know where a plan came from).
// Existing workspaces get a new id and keep, as their creation time, the creation time of their oldest plan.
import { sql, type Kysely } from 'kysely';
import { randomUUID } from 'node:crypto';

/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('workspace_meta')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
  const oldest = await sql<{ created_at: string | null }>`select min(created_at) as created_at from plans`.execute(db);
  const createdAt = oldest.rows[0]?.created_at ?? new Date().toISOString();
  await db
    .insertInto('workspace_meta')
    .values([
      { key: 'workspace_id', value: randomUUID() },
      { key: 'created_at', value: createdAt },
    ])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('PlanDesk migrations are forward-only');
}
