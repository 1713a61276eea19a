// Exchange with ministries: the update workbooks sent to lead agencies (one package per agency and period),
// the rows each carried with a fingerprint of what was sent, every review decision taken on a returned file
// or a whole-plan package, and the whole-plan packages merged here. Progress updates gain "support needed".
// Written against Kysely<any>: a migration is frozen in time and never imports today's schema types.
import { sql, type Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('exchange_packages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id'))
    /** The send that issued it: every package of one send shares the zip. */
    .addColumn('send_id', 'text', (c) => c.notNull())
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
    .addColumn('agency_label', 'text', (c) => c.notNull())
    .addColumn('period_id', 'text', (c) => c.notNull().references('reporting_periods.id'))
    .addColumn('period_label', 'text', (c) => c.notNull())
    .addColumn('issued_at', 'text', (c) => c.notNull())
    .addColumn('issued_by', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text')
    .addColumn('contact', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('sent'))
    .addColumn('returned_at', 'text')
    .addColumn('returned_file', 'text')
    .addColumn('merged_at', 'text')
    .addColumn('merged_by', 'text')
    .addColumn('merge_batch_id', 'text')
    .addCheckConstraint('exchange_packages_status_known', sql`status in ('sent', 'returned', 'merged')`)
    .execute();
  await db.schema.createIndex('exchange_packages_by_plan').on('exchange_packages').columns(['plan_id', 'issued_at']).execute();

  await db.schema
    .createTable('exchange_package_rows')
    .addColumn('package_id', 'text', (c) => c.notNull().references('exchange_packages.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('action_id', 'text', (c) => c.notNull().references('actions.id'))
    /** '' for a row without an indicator. */
    .addColumn('indicator_id', 'text', (c) => c.notNull().defaultTo(''))
    /** JSON of the values the row was sent with: what a returned value is compared with. */
    .addColumn('sent', 'text', (c) => c.notNull())
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('exchange_package_rows_pk', ['package_id', 'action_id', 'indicator_id'])
    .execute();

  await db.schema
    .createTable('review_decisions')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    /** 'exchange' (a returned update workbook) or 'package' (a whole-plan .pmupack). */
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('package_id', 'text', (c) => c.notNull())
    .addColumn('plan_id', 'text', (c) => c.notNull())
    .addColumn('change_id', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('old_value', 'text')
    .addColumn('new_value', 'text')
    .addColumn('conflict', 'text')
    .addColumn('accepted', 'integer', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('source_file', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text', (c) => c.notNull())
    .addColumn('batch_id', 'text', (c) => c.notNull())
    .addCheckConstraint('review_decisions_kind_known', sql`kind in ('exchange', 'package')`)
    .execute();
  await db.schema.createIndex('review_decisions_by_package').on('review_decisions').columns(['package_id']).execute();

  await db.schema
    .createTable('plan_packages_merged')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('pack_id', 'text', (c) => c.notNull())
    .addColumn('plan_id', 'text', (c) => c.notNull())
    .addColumn('file', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('merged_by', 'text', (c) => c.notNull())
    .addColumn('merged_at', 'text', (c) => c.notNull())
    .addColumn('batch_id', 'text', (c) => c.notNull())
    .addColumn('accepted', 'integer', (c) => c.notNull())
    .addColumn('rejected', 'integer', (c) => c.notNull())
    .execute();

  await db.schema.alterTable('progress_updates').addColumn('support_needed', 'text', (c) => c.notNull().defaultTo('')).execute();
}

export async function down(): Promise<void> {
  throw new Error('PlanDesk migrations are forward-only');
}
