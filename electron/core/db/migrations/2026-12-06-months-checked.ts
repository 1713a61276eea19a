// Months are checked by the database itself: an action's start, end and revised end are "YYYY-MM" in the years 1900
// to 2200 (shared/months.ts isMonth), or null. Before this, a returned workbook could store "20250-06", which then
// broke the plan's own exports and packages.
//
// Values already stored that fail the check are first repaired: set to null, each with a history entry (source
// "system") that keeps the old value, so nothing is lost and the History view reports it. Then triggers refuse any
// bad month written later. Triggers, not CHECK constraints: SQLite adds a CHECK only by rebuilding the table, and
// rebuilding `actions`, which other tables reference, needs foreign keys off, which cannot be done inside the
// migration's transaction. A trigger's RAISE(ABORT) is refused like a CHECK (SQLITE_CONSTRAINT).
import { sql, type Kysely } from 'kysely';
import { randomUUID } from 'node:crypto';

const MONTH_COLUMNS = ['start_month', 'end_month', 'revised_end_month'] as const;

/** SQL that is true when `value` is not null and not a month in the years 1900 to 2200. */
function badMonth(value: string): string {
  return (
    `(${value} is not null and not (length(${value}) = 7 and ${value} glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]'` +
    ` and substr(${value}, 6, 2) between '01' and '12' and substr(${value}, 1, 4) between '1900' and '2200'))`
  );
}

/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>): Promise<void> {
  const at = new Date().toISOString();
  const batchId = randomUUID();
  for (const column of MONTH_COLUMNS) {
    const bad = await sql<{ id: string; plan_id: string; value: string }>`
      select a.id, c.plan_id, a.${sql.ref(column)} as value
      from actions a join policy_statements s on s.id = a.statement_id join chapters c on c.id = s.chapter_id
      where ${sql.raw(badMonth(`a.${column}`))}`.execute(db);
    for (const row of bad.rows) {
      await sql`update actions set ${sql.ref(column)} = null, updated_at = ${at} where id = ${row.id}`.execute(db);
      await sql`insert into change_history (at, user_name, plan_id, entity, entity_id, field, old_value, new_value, source, source_file, batch_id)
        values (${at}, 'PlanDesk', ${row.plan_id}, 'action', ${row.id}, ${column}, ${row.value}, null, 'system', null, ${batchId})`.execute(db);
    }
  }
  const anyBad = MONTH_COLUMNS.map((column) => badMonth(`new.${column}`)).join(' or ');
  const refusal = 'the start, end and revised end of an action must be months written YYYY-MM, in the years 1900 to 2200';
  await sql.raw(`create trigger actions_months_checked_on_insert before insert on actions
    when ${anyBad} begin select raise(abort, '${refusal}'); end`).execute(db);
  await sql.raw(`create trigger actions_months_checked_on_update before update of ${MONTH_COLUMNS.join(', ')} on actions
    when ${anyBad} begin select raise(abort, '${refusal}'); end`).execute(db);
}

export async function down(): Promise<void> {
  throw new Error('PlanDesk migrations are forward-only');
}
