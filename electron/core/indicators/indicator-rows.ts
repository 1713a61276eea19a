// The indicators grid's rows: each indicator with its action, its actual per reporting period, the latest
// actual and the progress toward its target where that can be computed.
import { groupBy } from '../../../shared/collections';
import type { IndicatorGridRow, IndicatorKind, IndicatorValue, ReportingPeriod } from '../../../shared/domain';
import { progressTowardTarget } from '../../../shared/indicators';
import type { DbOrTx, IndicatorRow } from '../db/schema';
import { live } from '../db/live';
import type { Month } from '../../../shared/months';
import { AppError } from '../../../shared/result';
import { planIdOf } from '../plan/plan-queries';
import { ensurePeriods } from '../reporting/periods';

/** An indicator row with its action's code and title, and the positions that put it in plan order. */
export type IndicatorInPlan = IndicatorRow & {
  readonly action_code: string;
  readonly action_title: string;
  readonly action_position: number;
  readonly chapter_code: string;
  readonly chapter_position: number;
  readonly statement_position: number;
};

export async function listIndicatorRows(db: DbOrTx, planId: string, periods: readonly ReportingPeriod[], onlyIndicatorIds?: readonly string[]): Promise<IndicatorGridRow[]> {
  let query = db
    .selectFrom('indicators')
    .innerJoin('actions', 'actions.id', 'indicators.action_id')
    .innerJoin('policy_statements', 'policy_statements.id', 'actions.statement_id')
    .innerJoin('chapters', 'chapters.id', 'policy_statements.chapter_id')
    .selectAll('indicators')
    .select([
      'actions.code as action_code',
      'actions.title as action_title',
      'actions.position as action_position',
      'chapters.code as chapter_code',
      'chapters.position as chapter_position',
      'policy_statements.position as statement_position',
    ])
    .where('chapters.plan_id', '=', planId)
    .where(live('indicators'))
    .where(live('actions'))
    .where(live('policy_statements'))
    .where(live('chapters'));
  if (onlyIndicatorIds) query = query.where('indicators.id', 'in', onlyIndicatorIds.length > 0 ? onlyIndicatorIds : ['']);
  const indicators = await query
    .orderBy('chapters.position')
    .orderBy('policy_statements.position')
    .orderBy('actions.position')
    .orderBy('indicators.position')
    .execute();
  return withActuals(db, indicators, periods, onlyIndicatorIds !== undefined);
}

/** Grid rows from indicator rows (in plan order): each with its actual per period, the latest, and the progress. */
export async function withActuals(
  db: DbOrTx,
  indicators: readonly IndicatorInPlan[],
  periods: readonly ReportingPeriod[],
  onlyTheseIndicators: boolean,
): Promise<IndicatorGridRow[]> {
  const periodIds = periods.map((p) => p.id);
  const updates =
    periodIds.length > 0 && indicators.length > 0
      ? await db
          .selectFrom('progress_updates')
          .select(['indicator_id', 'period_id', 'actual_text', 'actual_value'])
          .where('period_id', 'in', periodIds)
          .where('actual_text', '!=', '')
          .$if(onlyTheseIndicators, (q) => q.where('indicator_id', 'in', indicators.map((i) => i.id)))
          .execute()
      : [];
  const updatesOf = groupBy(updates, (u) => u.indicator_id);
  const periodOrder = new Map(periods.map((p, index) => [p.id, index]));

  return indicators.map((i) => {
    const actuals: Record<string, IndicatorValue> = {};
    let latest: (IndicatorValue & { periodId: string }) | null = null;
    for (const u of updatesOf.get(i.id) ?? []) {
      actuals[u.period_id] = { text: u.actual_text, value: u.actual_value };
      if (!latest || (periodOrder.get(u.period_id) ?? -1) > (periodOrder.get(latest.periodId) ?? -1)) {
        latest = { text: u.actual_text, value: u.actual_value, periodId: u.period_id };
      }
    }
    const kind = i.kind as IndicatorKind;
    return {
      id: i.id,
      actionId: i.action_id,
      actionCode: i.action_code,
      actionTitle: i.action_title,
      chapterCode: i.chapter_code,
      order: [i.chapter_position, i.statement_position, i.action_position, i.position] as const,
      name: i.name,
      kind,
      unit: i.unit,
      baseline: { text: i.baseline_text, value: i.baseline_value },
      target: { text: i.target_text, value: i.target_value },
      actuals,
      latestActual: latest,
      progress: progressTowardTarget(kind, i.baseline_value, i.target_value, latest?.value ?? null),
    };
  });
}

/** One indicator's row, as the indicators grid shows it (its plan's reporting periods made when missing). */
export async function indicatorRowOf(db: DbOrTx, indicatorId: string, currentMonth: Month): Promise<IndicatorGridRow> {
  const indicator = await db.selectFrom('indicators').select('action_id').where('id', '=', indicatorId).executeTakeFirstOrThrow();
  const planId = await planIdOf(db, 'action', indicator.action_id);
  const [row] = await listIndicatorRows(db, planId, await ensurePeriods(db, planId, currentMonth), [indicatorId]);
  if (!row) throw new AppError('not_found', `No indicator with id ${indicatorId} in this workspace`);
  return row;
}
