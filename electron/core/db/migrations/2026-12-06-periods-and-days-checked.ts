// The last months and the days the database did not check yet, checked by the database itself, as migration
// 2026-12-06-1 did for actions' months: a reporting period's first and last months ("YYYY-MM", 1900 to 2200), and an
// update workbook's due date ("YYYY-MM-DD", a real day, 1900 to 2200: shared/dates.ts isCalendarDate). Before this,
// a package's progress could bring a period starting "20250-07", and the due date was checked only by the regular
// expression of the window's contract (30 February passed).
//
// Bad values already stored are first repaired, each with a history entry (source "system") keeping the old value:
// - a due date is set to null (the package is simply "not given a due date");
// - a period's bad month is rebuilt from the period's other month, or from its label ("FY 2026-27 Q2", as PlanDesk
//   names periods) when both are bad; a period that cannot be rebuilt (or whose rebuilt months another period of
//   the plan already has) is removed when nothing refers to it (PlanDesk makes the periods a plan needs again), and
//   otherwise left as it is, with a history entry saying so, since removing it would lose the progress it holds.
// Then triggers refuse any bad value written later (triggers, not CHECKs: see 2026-12-06-months-checked.ts).
// Frozen in time like every migration: the label's format and the period sizes are written here, not imported.
import { sql, type Kysely } from 'kysely';
import { randomUUID } from 'node:crypto';

const MONTHS_OF_KIND: Readonly<Record<string, number>> = { fiscal_year: 12, half: 6, quarter: 3 };

/** SQL true when `value` is not null and not a month in the years 1900 to 2200. */
function badMonth(value: string): string {
  return (
    `(${value} is not null and not (length(${value}) = 7 and ${value} glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]'` +
    ` and substr(${value}, 6, 2) between '01' and '12' and substr(${value}, 1, 4) between '1900' and '2200'))`
  );
}

/** SQL true when `value` is not null and not a real day in the years 1900 to 2200 (date() moves 30 February on). */
function badDay(value: string): string {
  return (
    `(${value} is not null and not (length(${value}) = 10 and ${value} glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'` +
    ` and substr(${value}, 1, 4) between '1900' and '2200' and date(${value}) is ${value}))`
  );
}

function isMonth(value: string): boolean {
  return /^(19\d\d|2[01]\d\d|2200)-(0[1-9]|1[0-2])$/.test(value);
}

function addMonths(month: string, count: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + count;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** A period's months from its label as PlanDesk writes it: "FY 2026-27", "FY 2026-27 H2", "FY 2026 Q3" (calendar year). */
function monthsFromLabel(label: string, kind: string, fiscalYearStartMonth: number): { start: string; end: string } | null {
  const m = /^FY (\d{4})(?:-\d{2})?(?: ([HQ])([1-4]))?$/.exec(label.trim());
  const size = MONTHS_OF_KIND[kind];
  if (!m || !size) return null;
  const part = m[2] === undefined ? 0 : Number(m[3]) - 1;
  if ((m[2] === 'H' ? 6 : m[2] === 'Q' ? 3 : 12) !== size) return null;
  // "FY 2026-27" starts in 2026; a calendar fiscal year "FY 2026" too.
  const yearStart = `${m[1]}-${String(fiscalYearStartMonth).padStart(2, '0')}`;
  const start = addMonths(yearStart, part * size);
  const end = addMonths(start, size - 1);
  return isMonth(start) && isMonth(end) ? { start, end } : null;
}

interface StoredPeriod {
  id: string;
  plan_id: string;
  kind: string;
  label: string;
  start_month: string;
  end_month: string;
  fiscal_year_start_month: number;
}

/* eslint-disable @typescript-eslint/no-explicit-any */
async function repairPeriods(db: Kysely<any>, history: (planId: string, entity: string, id: string, field: string, old: string | null, now: string | null) => Promise<void>) {
  const bad = await sql<StoredPeriod>`
    select r.id, r.plan_id, r.kind, r.label, r.start_month, r.end_month, p.fiscal_year_start_month
    from reporting_periods r join plans p on p.id = r.plan_id
    where ${sql.raw(badMonth('r.start_month'))} or ${sql.raw(badMonth('r.end_month'))}`.execute(db);
  for (const period of bad.rows) {
    const size = MONTHS_OF_KIND[period.kind] ?? 12;
    const months = isMonth(period.start_month)
      ? { start: period.start_month, end: addMonths(period.start_month, size - 1) }
      : isMonth(period.end_month)
        ? { start: addMonths(period.end_month, -(size - 1)), end: period.end_month }
        : monthsFromLabel(period.label, period.kind, period.fiscal_year_start_month);
    const taken = months
      ? await sql`select id from reporting_periods where plan_id = ${period.plan_id} and kind = ${period.kind} and start_month = ${months.start} and id <> ${period.id}`.execute(db)
      : null;
    if (months && isMonth(months.start) && isMonth(months.end) && taken?.rows.length === 0) {
      await sql`update reporting_periods set start_month = ${months.start}, end_month = ${months.end} where id = ${period.id}`.execute(db);
      if (months.start !== period.start_month) await history(period.plan_id, 'reporting_period', period.id, 'start_month', period.start_month, months.start);
      if (months.end !== period.end_month) await history(period.plan_id, 'reporting_period', period.id, 'end_month', period.end_month, months.end);
      continue;
    }
    const described = `${period.label} (${period.start_month} to ${period.end_month})`;
    const used = await sql<{ n: number }>`select (select count(*) from progress_updates where period_id = ${period.id})
      + (select count(*) from exchange_packages where period_id = ${period.id}) + (select count(*) from rating_overrides where period_id = ${period.id}) as n`.execute(db);
    if ((used.rows[0]?.n ?? 0) === 0) {
      await sql`delete from reporting_periods where id = ${period.id}`.execute(db);
      await history(period.plan_id, 'reporting_period', period.id, 'removed', described, null);
    } else {
      await history(period.plan_id, 'reporting_period', period.id, 'months_unreadable', described, described);
    }
  }
}

export async function up(db: Kysely<any>): Promise<void> {
  const at = new Date().toISOString();
  const batchId = randomUUID();
  const history = async (planId: string, entity: string, id: string, field: string, old: string | null, now: string | null) => {
    await sql`insert into change_history (at, user_name, plan_id, entity, entity_id, field, old_value, new_value, source, source_file, batch_id)
      values (${at}, 'PlanDesk', ${planId}, ${entity}, ${id}, ${field}, ${old}, ${now}, 'system', null, ${batchId})`.execute(db);
  };
  await repairPeriods(db, history);
  const badDue = await sql<{ id: string; plan_id: string; due_date: string }>`
    select id, plan_id, due_date from exchange_packages where ${sql.raw(badDay('due_date'))}`.execute(db);
  for (const row of badDue.rows) {
    await sql`update exchange_packages set due_date = null where id = ${row.id}`.execute(db);
    await history(row.plan_id, 'exchange_package', row.id, 'due_date', row.due_date, null);
  }

  const periodRefusal = 'the first and last months of a reporting period must be months written YYYY-MM, in the years 1900 to 2200';
  const periodBad = `${badMonth('new.start_month')} or ${badMonth('new.end_month')}`;
  await sql.raw(`create trigger reporting_periods_months_checked_on_insert before insert on reporting_periods
    when ${periodBad} begin select raise(abort, '${periodRefusal}'); end`).execute(db);
  await sql.raw(`create trigger reporting_periods_months_checked_on_update before update of start_month, end_month on reporting_periods
    when ${periodBad} begin select raise(abort, '${periodRefusal}'); end`).execute(db);
  const dueRefusal = 'the due date of an update workbook must be a date written YYYY-MM-DD: a real day, in the years 1900 to 2200';
  await sql.raw(`create trigger exchange_packages_due_date_checked_on_insert before insert on exchange_packages
    when ${badDay('new.due_date')} begin select raise(abort, '${dueRefusal}'); end`).execute(db);
  await sql.raw(`create trigger exchange_packages_due_date_checked_on_update before update of due_date on exchange_packages
    when ${badDay('new.due_date')} begin select raise(abort, '${dueRefusal}'); end`).execute(db);
}

export async function down(): Promise<void> {
  throw new Error('PlanDesk migrations are forward-only');
}
