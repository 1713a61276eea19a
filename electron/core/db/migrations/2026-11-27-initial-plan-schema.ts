// The first schema: plans, their tree, indicators, agencies, reporting, snapshots and the change history.
// Written against Kysely<any>: a migration is frozen in time and never imports today's schema types.
import { sql, type Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>): Promise<void> {
  const times = (t: any) =>
    t
      .addColumn('created_at', 'text', (c: any) => c.notNull())
      .addColumn('updated_at', 'text', (c: any) => c.notNull())
      .addColumn('deleted_at', 'text');

  await times(
    db.schema
      .createTable('plans')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('fiscal_year_start_month', 'integer', (c) => c.notNull().defaultTo(7))
      .addColumn('reporting_frequency', 'text', (c) => c.notNull().defaultTo('fiscal_year')),
  ).execute();

  await times(
    db.schema
      .createTable('chapters')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id'))
      .addColumn('code', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('position', 'real', (c) => c.notNull()),
  ).execute();
  await db.schema.createIndex('chapters_by_plan').on('chapters').columns(['plan_id', 'position']).execute();

  await times(
    db.schema
      .createTable('policy_statements')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('chapter_id', 'text', (c) => c.notNull().references('chapters.id'))
      .addColumn('code', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('position', 'real', (c) => c.notNull()),
  ).execute();
  await db.schema
    .createIndex('statements_by_chapter')
    .on('policy_statements')
    .columns(['chapter_id', 'position'])
    .execute();

  await times(
    db.schema
      .createTable('actions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('statement_id', 'text', (c) => c.notNull().references('policy_statements.id'))
      .addColumn('code', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('position', 'real', (c) => c.notNull())
      .addColumn('start_month', 'text')
      .addColumn('start_precision', 'text', (c) => c.notNull().defaultTo('month'))
      .addColumn('end_month', 'text')
      .addColumn('end_precision', 'text', (c) => c.notNull().defaultTo('month'))
      .addColumn('end_open', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('revised_end_month', 'text')
      .addColumn('timeline_text', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('lead_text', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('collaborators_text', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('fund_status', 'text')
      .addColumn('fund_note', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('status', 'text')
      .addColumn('status_text', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('remarks', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('unmapped', 'text', (c) => c.notNull().defaultTo('{}'))
      .addCheckConstraint(
        'actions_status_known',
        sql`status is null or status in ('not_started', 'ongoing', 'completed', 'on_hold', 'dropped')`,
      )
      .addCheckConstraint(
        'actions_fund_known',
        sql`fund_status is null or fund_status in ('committed', 'partially_committed', 'not_committed', 'no_budget_required')`,
      ),
  ).execute();
  await db.schema.createIndex('actions_by_statement').on('actions').columns(['statement_id', 'position']).execute();

  await times(
    db.schema
      .createTable('agencies')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull().defaultTo('agency'))
      .addColumn('acronym', 'text')
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('parent_id', 'text', (c) => c.references('agencies.id'))
      .addColumn('confirmed', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('origin', 'text', (c) => c.notNull().defaultTo('registry'))
      .addCheckConstraint('agencies_kind_known', sql`kind in ('agency', 'group')`),
  ).execute();
  await db.schema.createIndex('agencies_by_acronym').on('agencies').expression(sql`lower(acronym)`).execute();

  await db.schema
    .createTable('agency_aliases')
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id').onDelete('cascade'))
    .addColumn('alias', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('agency_aliases_pk', ['agency_id', 'alias'])
    .execute();

  await db.schema
    .createTable('action_agencies')
    .addColumn('action_id', 'text', (c) => c.notNull().references('actions.id').onDelete('cascade'))
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('action_agencies_pk', ['action_id', 'role', 'agency_id'])
    .addCheckConstraint('action_agencies_role_known', sql`role in ('lead', 'collaborator')`)
    .execute();
  await db.schema.createIndex('action_agencies_by_agency').on('action_agencies').columns(['agency_id', 'role']).execute();

  await times(
    db.schema
      .createTable('indicators')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('action_id', 'text', (c) => c.notNull().references('actions.id'))
      .addColumn('position', 'real', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull().defaultTo('text'))
      .addColumn('unit', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('baseline_text', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('baseline_value', 'real')
      .addColumn('target_text', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('target_value', 'real')
      .addCheckConstraint('indicators_kind_known', sql`kind in ('percent', 'number', 'yes_no', 'ratio', 'date', 'text')`),
  ).execute();
  await db.schema.createIndex('indicators_by_action').on('indicators').columns(['action_id', 'position']).execute();

  await db.schema
    .createTable('reporting_periods')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('start_month', 'text', (c) => c.notNull())
    .addColumn('end_month', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addCheckConstraint('reporting_periods_kind_known', sql`kind in ('fiscal_year', 'half', 'quarter')`)
    .addUniqueConstraint('reporting_periods_unique', ['plan_id', 'kind', 'start_month'])
    .execute();

  await db.schema
    .createTable('progress_updates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('action_id', 'text', (c) => c.notNull().references('actions.id'))
    .addColumn('indicator_id', 'text', (c) => c.references('indicators.id'))
    .addColumn('period_id', 'text', (c) => c.notNull().references('reporting_periods.id'))
    .addColumn('status', 'text')
    .addColumn('actual_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('actual_value', 'real')
    .addColumn('narrative', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('source', 'text', (c) => c.notNull().defaultTo('edit'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('progress_by_action_period')
    .on('progress_updates')
    .columns(['action_id', 'period_id'])
    .execute();

  await db.schema
    .createTable('snapshots')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('taken_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('change_history')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('user_name', 'text', (c) => c.notNull())
    .addColumn('plan_id', 'text')
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('old_value', 'text')
    .addColumn('new_value', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('source_file', 'text')
    .addColumn('batch_id', 'text')
    .execute();
  await db.schema.createIndex('history_by_plan').on('change_history').columns(['plan_id', 'id']).execute();
  await db.schema.createIndex('history_by_entity').on('change_history').columns(['entity_id', 'id']).execute();
}

export async function down(): Promise<void> {
  throw new Error('PlanDesk migrations are forward-only');
}
