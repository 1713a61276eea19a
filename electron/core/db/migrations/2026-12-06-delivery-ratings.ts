// Delivery ratings: each plan's thresholds (one row per plan, its id the plan's; no row means the defaults of
// core/ratings/settings.ts), and the analyst's override of an action's rating for one reporting period, with its
// reason and who set it. An override is removed softly (deleted_at) so that undo can bring it back; at most one
// live override per action and period. Written against Kysely<any>: frozen in time, like every migration.
import { sql, type Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('rating_settings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().unique().references('plans.id'))
    .addColumn('soon_months', 'integer', (c) => c.notNull())
    .addColumn('slip_amber_months', 'integer', (c) => c.notNull())
    .addColumn('slip_red_months', 'integer', (c) => c.notNull())
    .addColumn('behind_amber_points', 'integer', (c) => c.notNull())
    .addColumn('behind_red_points', 'integer', (c) => c.notNull())
    .addColumn('rollup_share_percent', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('rating_settings_in_range', sql`soon_months between 1 and 12 and slip_amber_months between 1 and 60
      and slip_red_months between slip_amber_months and 60 and behind_amber_points between 1 and 100
      and behind_red_points between behind_amber_points and 100 and rollup_share_percent between 1 and 100`)
    .execute();
  await db.schema
    .createTable('rating_overrides')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id'))
    .addColumn('action_id', 'text', (c) => c.notNull().references('actions.id'))
    .addColumn('period_id', 'text', (c) => c.notNull().references('reporting_periods.id'))
    .addColumn('rating', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('set_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .addCheckConstraint('rating_overrides_rating_known', sql`rating in ('green', 'amber', 'red')`)
    .addCheckConstraint('rating_overrides_reason_given', sql`length(trim(reason)) > 0`)
    .execute();
  await sql`create unique index rating_overrides_one_per_period on rating_overrides (action_id, period_id) where deleted_at is null`.execute(db);
  await sql`create index rating_overrides_by_plan on rating_overrides (plan_id, period_id)`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('PlanDesk migrations are forward-only');
}
