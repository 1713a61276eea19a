// The steering committee's own pages, kept per meeting: the key messages (an executive narrative, plain text where
// lines starting "- " are bullets), the items for information (the same), and the decisions sought from the
// committee, each with the actions it links. A meeting is the snapshot the pack compares with (the previous
// meeting's), or none; at most one live page set per plan and meeting. Rows are removed softly (deleted_at) so that
// undo can bring them back. Written against Kysely<any>: frozen in time, like every migration.
import { sql, type Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('committee_pages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id'))
    .addColumn('snapshot_id', 'text', (c) => c.references('snapshots.id'))
    .addColumn('key_messages', 'text', (c) => c.notNull())
    .addColumn('information', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .addCheckConstraint('committee_pages_text_capped', sql`length(key_messages) <= 20000 and length(information) <= 20000`)
    .execute();
  await sql`create unique index committee_pages_one_per_meeting on committee_pages (plan_id, coalesce(snapshot_id, '')) where deleted_at is null`.execute(db);
  await db.schema
    .createTable('committee_decisions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('page_id', 'text', (c) => c.notNull().references('committee_pages.id'))
    .addColumn('position', 'real', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('action_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .addCheckConstraint('committee_decisions_text_given', sql`length(trim(text)) > 0 and length(text) <= 2000`)
    .addCheckConstraint('committee_decisions_actions_listed', sql`json_valid(action_ids) and json_type(action_ids) = 'array'`)
    .execute();
  await sql`create index committee_decisions_by_page on committee_decisions (page_id, position)`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('PlanDesk migrations are forward-only');
}
