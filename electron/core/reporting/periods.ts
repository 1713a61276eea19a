// A plan's reporting periods: made from its frequency (fiscal years, halves or quarters) over the span of
// its actions up to the current period, and kept in the database so progress updates can refer to them.
import { randomUUID } from 'node:crypto';
import type { ReportingFrequency, ReportingPeriod } from '../../../shared/domain';
import { addMonths, type Month } from '../../../shared/months';
import { periodsCovering } from '../../../shared/periods';
import { AppError } from '../../../shared/result';
import type { Db, DbOrTx } from '../db/schema';
import type { ChangeContext } from '../host/context';
import { updateRow } from '../history/tracked-update';
import { live } from '../db/live';

export const REPORTING_FREQUENCIES: readonly ReportingFrequency[] = ['fiscal_year', 'half', 'quarter'];

function frequencyOf(value: string): ReportingFrequency {
  return (REPORTING_FREQUENCIES as readonly string[]).includes(value) ? (value as ReportingFrequency) : 'fiscal_year';
}

/** The periods the plan's frequency calls for, from its first action's start up to the current month. */
async function wantedPeriods(db: DbOrTx, planId: string, currentMonth: Month) {
  const plan = await db.selectFrom('plans').selectAll().where('id', '=', planId).where(live()).executeTakeFirst();
  if (!plan) throw new AppError('not_found', `No plan with id ${planId} in this workspace`);
  const kind = frequencyOf(plan.reporting_frequency);
  const span = await db
    .selectFrom('actions')
    .innerJoin('policy_statements', 'policy_statements.id', 'actions.statement_id')
    .innerJoin('chapters', 'chapters.id', 'policy_statements.chapter_id')
    .select((eb) => [eb.fn.min('actions.start_month').as('first')])
    .where('chapters.plan_id', '=', planId)
    .where(live('actions'))
    .executeTakeFirst();
  const first = (span?.first as string | null) ?? addMonths(currentMonth, -12);
  return { kind, wanted: periodsCovering(first, currentMonth, kind, plan.fiscal_year_start_month) };
}

/** The stored periods among those wanted, oldest first. */
async function storedOf(db: DbOrTx, planId: string, kind: ReportingFrequency, wanted: readonly { start: Month }[]): Promise<ReportingPeriod[]> {
  const rows = await db.selectFrom('reporting_periods').selectAll().where('plan_id', '=', planId).where('kind', '=', kind).orderBy('start_month').execute();
  // Periods made under another fiscal-year start stay stored (progress may refer to them) but are not listed.
  const wantedStarts = new Set(wanted.map((w) => w.start));
  return rows.filter((r) => wantedStarts.has(r.start_month)).map((r) => ({ id: r.id, kind, label: r.label, start: r.start_month, end: r.end_month }));
}

/** The plan's periods of its chosen frequency, created where missing, oldest first. */
export async function ensurePeriods(db: DbOrTx, planId: string, currentMonth: Month): Promise<ReportingPeriod[]> {
  const { kind, wanted } = await wantedPeriods(db, planId, currentMonth);
  const existing = await db.selectFrom('reporting_periods').selectAll().where('plan_id', '=', planId).where('kind', '=', kind).execute();
  const missing = wanted.filter((w) => !existing.some((e) => e.start_month === w.start));
  if (missing.length > 0) {
    await db
      .insertInto('reporting_periods')
      .values(missing.map((p) => ({ id: randomUUID(), plan_id: planId, kind, label: p.label, start_month: p.start, end_month: p.end, position: 0 })))
      .execute();
  }
  return storedOf(db, planId, kind, wanted);
}

/**
 * The plan's periods as stored, none created: for readers that must not write (ratings, and through them `summary`
 * on a read-only workspace). A period not stored yet holds no override and no report, so nothing is missed.
 */
export async function storedPeriods(db: DbOrTx, planId: string, currentMonth: Month): Promise<ReportingPeriod[]> {
  const { kind, wanted } = await wantedPeriods(db, planId, currentMonth);
  return storedOf(db, planId, kind, wanted);
}

export async function setReporting(
  db: Db,
  context: ChangeContext,
  input: { planId: string; frequency: ReportingFrequency; fiscalYearStartMonth: number },
): Promise<void> {
  await db.transaction().execute(async (tx) => {
    await updateRow(tx, context, { table: 'plans', id: input.planId, planId: input.planId }, {
      reporting_frequency: input.frequency,
      fiscal_year_start_month: input.fiscalYearStartMonth,
    });
  });
}
