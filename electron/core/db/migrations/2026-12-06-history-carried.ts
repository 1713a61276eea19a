// Which package merges carried a history entry that was already here (brought by an earlier merge): when that earlier
// merge is undone while a later one stands, the entry stays, handed over to the later merge, instead of leaving the
// history although a standing merge brought it too.
// Written against Kysely<any>: frozen in time, like every migration.
import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('change_history_carried')
    .addColumn('entry_id', 'integer', (c) => c.notNull().references('change_history.id').onDelete('cascade'))
    .addColumn('package_merge_id', 'integer', (c) => c.notNull().references('plan_packages_merged.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('change_history_carried_pk', ['entry_id', 'package_merge_id'])
    .execute();
  await db.schema.createIndex('change_history_carried_by_merge').on('change_history_carried').column('package_merge_id').execute();
}

export async function down(): Promise<void> {
  throw new Error('PlanDesk migrations are forward-only');
}
