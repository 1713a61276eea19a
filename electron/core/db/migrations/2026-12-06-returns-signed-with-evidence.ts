// Returned update workbooks answer with evidence and a sign-off:
// - progress_updates: evidence, the reference or link the lead agency gave for what it reported for the period
//   ('' when none), on the action's row (status, narrative, end date) and on each indicator's row (its actual).
// - exchange_packages: reported_by_name, reported_by_position and reported_on (YYYY-MM-DD), the "Reported by" block
//   of the returned workbook, kept when it is merged (null before, and for workbooks returned without one).
// The day is checked by the column's own CHECK (columns added to a table may carry one; no existing row has a value).
// Written against Kysely<any>: frozen in time, like every migration.
import { sql, type Kysely } from 'kysely';

const isoDate = (column: string) =>
  sql.raw(`${column} is null or (length(${column}) = 10 and ${column} glob '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'` +
    ` and substr(${column}, 1, 4) between '1900' and '2200' and substr(${column}, 6, 2) between '01' and '12' and substr(${column}, 9, 2) between '01' and '31')`);

/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('progress_updates').addColumn('evidence', 'text', (c) => c.notNull().defaultTo('')).execute();
  await db.schema.alterTable('exchange_packages').addColumn('reported_by_name', 'text').execute();
  await db.schema.alterTable('exchange_packages').addColumn('reported_by_position', 'text').execute();
  await db.schema.alterTable('exchange_packages').addColumn('reported_on', 'text', (c) => c.check(isoDate('reported_on'))).execute();
}

export async function down(): Promise<void> {
  throw new Error('PlanDesk migrations are forward-only');
}
