// A copy of every update workbook as it was sent, so that chasing an agency that has not answered can attach the
// very same workbook again (same package, same fingerprints, same bytes) without the analyst finding the old file.
// Workbooks sent before this migration have no copy: a chase then says where the sent file was named.
// Written against Kysely<any>: frozen in time, like every migration.
import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('exchange_sent_workbooks')
    .addColumn('package_id', 'text', (c) => c.primaryKey().references('exchange_packages.id').onDelete('cascade'))
    .addColumn('bytes', 'blob', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('PlanDesk migrations are forward-only');
}
