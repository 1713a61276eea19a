// An import's report (the repairs it made and the items to check), kept with the import: written in the import's
// transaction, keyed by the import's batch of the change history, so that the History's entries of that import
// open it again. The report is JSON as the window shows it (null for a PlanDesk plan file, which needs none).
// Imports made before this migration have no row: the window says so. Written against Kysely<any>: frozen in time.
import { sql, type Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('import_reports')
    .addColumn('batch_id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id'))
    .addColumn('file', 'text', (c) => c.notNull())
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .addColumn('imported_by', 'text', (c) => c.notNull())
    .addColumn('report', 'text')
    .addCheckConstraint('import_reports_report_json', sql`report is null or json_valid(report)`)
    .execute();
  await sql`create index import_reports_by_plan on import_reports (plan_id, imported_at)`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('PlanDesk migrations are forward-only');
}
