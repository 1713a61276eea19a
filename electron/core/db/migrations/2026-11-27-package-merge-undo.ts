// Undoing a whole-plan package merge: the merge's record can be taken back (deleted_at, set by undo, cleared by redo),
// and the history entries and snapshots a merge brought from the other laptop are known by the merge that brought them,
// so that its undo sets them aside (kept in set_aside as JSON) and its redo brings them back.
// Written against Kysely<any>: frozen in time, like every migration.
import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('plan_packages_merged').addColumn('deleted_at', 'text').execute();
  await db.schema.alterTable('plan_packages_merged').addColumn('set_aside', 'text').execute();
  await db.schema.alterTable('change_history').addColumn('package_merge_id', 'integer').execute();
  await db.schema.alterTable('snapshots').addColumn('package_merge_id', 'integer').execute();
  await db.schema.createIndex('history_by_package_merge').on('change_history').column('package_merge_id').where('package_merge_id', 'is not', null).execute();
  // The History view lists entries by when they happened (an entry brought from another laptop is older than its id).
  await db.schema.createIndex('history_by_time').on('change_history').columns(['plan_id', 'at']).execute();
}

export async function down(): Promise<void> {
  throw new Error('PlanDesk migrations are forward-only');
}
