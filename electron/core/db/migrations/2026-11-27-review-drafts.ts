// Review decisions in progress: while returned workbooks are under review, each accept or reject (with its note)
// is kept here, so that closing the app mid-review loses nothing and receiving the same files again resumes.
// A merge moves them to review_decisions. Written against Kysely<any>: frozen in time, like every migration.
import { sql, type Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('review_drafts')
    .addColumn('file_id', 'text', (c) => c.notNull())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id'))
    .addColumn('target_kind', 'text', (c) => c.notNull())
    .addColumn('target_key', 'text', (c) => c.notNull())
    .addColumn('accepted', 'integer', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('file_sha256', 'text', (c) => c.notNull())
    .addColumn('saved_by', 'text', (c) => c.notNull())
    .addColumn('saved_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('review_drafts_pk', ['file_id', 'target_kind', 'target_key'])
    .addCheckConstraint('review_drafts_target_known', sql`target_kind in ('file', 'group', 'change')`)
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('PlanDesk migrations are forward-only');
}
