// The plan's baseline: once a plan is approved (a dated command, in the history), its planned start and end are
// the baseline. A later end is recorded as a revised end with its reason, not over the planned one; "Rebaseline"
// moves the revised ends into the plan, with a reason of its own.
// - plans: approved_on (YYYY-MM-DD) and approved_by; rebaselined_on and rebaseline_reason (the latest rebaseline).
// - actions: revised_end_reason, why the end was revised ('' when there is no revised end, or it came from before).
// Dates are checked by the column's own CHECK (columns added to a table may carry one; no existing row has a value).
// Written against Kysely<any>: frozen in time, like every migration.
import { sql, type Kysely } from 'kysely';

const isoDate = (column: string) =>
  sql.raw(`${column} is null or (length(${column}) = 10 and ${column} glob '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'` +
    ` and substr(${column}, 1, 4) between '1900' and '2200' and substr(${column}, 6, 2) between '01' and '12' and substr(${column}, 9, 2) between '01' and '31')`);

/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('plans').addColumn('approved_on', 'text', (c) => c.check(isoDate('approved_on'))).execute();
  await db.schema.alterTable('plans').addColumn('approved_by', 'text').execute();
  await db.schema.alterTable('plans').addColumn('rebaselined_on', 'text', (c) => c.check(isoDate('rebaselined_on'))).execute();
  await db.schema.alterTable('plans').addColumn('rebaseline_reason', 'text', (c) => c.notNull().defaultTo('')).execute();
  await db.schema.alterTable('actions').addColumn('revised_end_reason', 'text', (c) => c.notNull().defaultTo('')).execute();
}

export async function down(): Promise<void> {
  throw new Error('PlanDesk migrations are forward-only');
}
