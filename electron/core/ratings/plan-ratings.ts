// Rating a whole plan at a month: every live action's evidence read in a few queries (not one per action, so a
// 10,000-action plan stays quick), rated by rules.ts, the analyst's overrides for the month's reporting period laid
// over, and rolled up by statement, chapter, lead agency and plan. `ratingsByMeeting` gives the rating of each
// action at each snapshot and now: the trend a steering committee pack prints (↑ ↓ →, "ratings by meeting").
import type { ActionRating, DeliveryRating, IndicatorKind, PlanRatings, RatingSettings, RatingsAt, ReportingPeriod, Snapshot } from '../../../shared/domain';
import { monthOfDate, type Month } from '../../../shared/months';
import type { FundStatus, ImplementationStatus } from '../../../shared/vocab/status';
import type { DbOrTx } from '../db/schema';
import { actionsOfPlan } from '../plan/actions-of-plan';
import { live } from '../db/live';
import { ensurePeriods, storedPeriods } from '../reporting/periods';
import { snapshotContent, listSnapshots } from '../snapshots/snapshots';
import { listOverrides } from './overrides';
import { rollUp } from './rollup';
import { rateAction, type IndicatorEvidence, type RatingEvidence } from './rules';
import { readRatingSettings } from './settings';

interface PlacedAction extends RatingEvidence {
  readonly id: string;
  readonly statementId: string;
  readonly statementCode: string;
  readonly chapterId: string;
  readonly chapterCode: string;
  readonly chapterTitle: string;
  readonly lead: string;
}

/** The reporting period holding `month`, among the plan's periods. */
export function periodAt(periods: readonly ReportingPeriod[], month: Month): ReportingPeriod | null {
  return periods.find((p) => p.start <= month && month <= p.end) ?? null;
}

async function liveActions(db: DbOrTx, planId: string) {
  return actionsOfPlan(db, planId, 'live')
    .select([
      'actions.id',
      'actions.statement_id',
      'policy_statements.code as statement_code',
      'chapters.id as chapter_id',
      'chapters.code as chapter_code',
      'chapters.title as chapter_title',
      'actions.lead_text',
      'actions.status',
      'actions.start_month',
      'actions.end_month',
      'actions.end_open',
      'actions.revised_end_month',
      'actions.fund_status',
    ])
    .orderBy('chapters.position')
    .orderBy('policy_statements.position')
    .orderBy('actions.position')
    .execute();
}

/** Each live indicator of the plan's actions with its newest actual reported for a period ended by `month`. */
async function indicatorsByAction(db: DbOrTx, planId: string, month: Month): Promise<Map<string, IndicatorEvidence[]>> {
  const indicators = await db
    .selectFrom('indicators')
    .innerJoin('actions', 'actions.id', 'indicators.action_id')
    .innerJoin('policy_statements', 'policy_statements.id', 'actions.statement_id')
    .innerJoin('chapters', 'chapters.id', 'policy_statements.chapter_id')
    .select(['indicators.id', 'indicators.action_id', 'indicators.name', 'indicators.kind', 'indicators.baseline_value', 'indicators.target_value'])
    .where('chapters.plan_id', '=', planId)
    .where(live('indicators'))
    .orderBy('indicators.position')
    .execute();
  const actuals = await db
    .selectFrom('progress_updates')
    .innerJoin('reporting_periods', 'reporting_periods.id', 'progress_updates.period_id')
    .select(['progress_updates.indicator_id', 'progress_updates.actual_value', 'reporting_periods.end_month'])
    .where('reporting_periods.plan_id', '=', planId)
    .where('progress_updates.indicator_id', 'is not', null)
    .where('progress_updates.actual_value', 'is not', null)
    .where('reporting_periods.end_month', '<=', month)
    .execute();
  const latest = new Map<string, { value: number | null; month: Month }>();
  for (const actual of actuals) {
    const known = latest.get(actual.indicator_id!);
    if (!known || known.month < actual.end_month) latest.set(actual.indicator_id!, { value: actual.actual_value, month: actual.end_month });
  }
  const byAction = new Map<string, IndicatorEvidence[]>();
  for (const indicator of indicators) {
    const list = byAction.get(indicator.action_id) ?? [];
    list.push({
      name: indicator.name,
      kind: indicator.kind as IndicatorKind,
      baseline: indicator.baseline_value,
      target: indicator.target_value,
      latest: latest.get(indicator.id) ?? null,
    });
    byAction.set(indicator.action_id, list);
  }
  return byAction;
}

/** "Support needed" texts reported for the period, by action. */
async function supportByAction(db: DbOrTx, periodId: string | null): Promise<Map<string, string[]>> {
  const byAction = new Map<string, string[]>();
  if (periodId === null) return byAction;
  const rows = await db.selectFrom('progress_updates').select(['action_id', 'support_needed']).where('period_id', '=', periodId).where('support_needed', '!=', '').execute();
  for (const row of rows) {
    const text = row.support_needed.trim();
    if (text === '') continue;
    byAction.set(row.action_id, [...(byAction.get(row.action_id) ?? []), text]);
  }
  return byAction;
}

function rollUps(actions: readonly PlacedAction[], ratings: ReadonlyMap<string, DeliveryRating>, settings: RatingSettings) {
  const groups = <K extends string>(keyOf: (a: PlacedAction) => K) => {
    const map = new Map<K, { first: PlacedAction; ratings: DeliveryRating[] }>();
    for (const action of actions) {
      const key = keyOf(action);
      const group = map.get(key) ?? { first: action, ratings: [] };
      group.ratings.push(ratings.get(action.id)!);
      map.set(key, group);
    }
    return [...map.entries()];
  };
  return {
    plan: rollUp([...ratings.values()], settings),
    chapters: groups((a) => a.chapterId).map(([id, g]) => ({ id, code: g.first.chapterCode, title: g.first.chapterTitle, ...rollUp(g.ratings, settings) })),
    statements: groups((a) => a.statementId).map(([id, g]) => ({ id, code: g.first.statementCode, chapterId: g.first.chapterId, ...rollUp(g.ratings, settings) })),
    leadAgencies: groups((a) => a.lead.trim() || '(no lead agency)').map(([lead, g]) => ({ lead, ...rollUp(g.ratings, settings) })),
  };
}

/**
 * The plan's periods, the missing ones added as every reader of periods does (the Indicators grid, the pack). A
 * read-only workspace cannot add them: its stored periods serve, and a period not stored holds no override or report.
 */
async function periodsToRateIn(db: DbOrTx, planId: string, month: Month) {
  try {
    return await ensurePeriods(db, planId, month);
  } catch (error) {
    const code = String((error as { code?: unknown }).code ?? '');
    if (code !== 'read_only' && !code.startsWith('SQLITE_READONLY')) throw error;
    return storedPeriods(db, planId, month);
  }
}

/** Every live action of the plan rated at `month`, with the overrides of that month's reporting period. */
export async function ratePlan(db: DbOrTx, planId: string, month: Month): Promise<PlanRatings> {
  const settings = await readRatingSettings(db, planId);
  const period = periodAt(await periodsToRateIn(db, planId, month), month);
  const [rows, indicators, support, overrides] = await Promise.all([
    liveActions(db, planId),
    indicatorsByAction(db, planId, month),
    supportByAction(db, period?.id ?? null),
    period ? listOverrides(db, { planId, periodId: period.id }) : Promise.resolve([]),
  ]);
  const overrideOf = new Map(overrides.map((o) => [o.actionId, o]));
  const placed: PlacedAction[] = rows.map((row) => ({
    id: row.id,
    statementId: row.statement_id,
    statementCode: row.statement_code,
    chapterId: row.chapter_id,
    chapterCode: row.chapter_code,
    chapterTitle: row.chapter_title,
    lead: row.lead_text,
    status: row.status as ImplementationStatus | null,
    start: row.start_month,
    end: row.end_month,
    endOpen: row.end_open === 1,
    revisedEnd: row.revised_end_month,
    fundStatus: row.fund_status as FundStatus | null,
    indicators: indicators.get(row.id) ?? [],
    supportNeeded: support.get(row.id) ?? [],
  }));
  const actions: ActionRating[] = placed.map((action) => {
    const outcome = rateAction(action, settings, month);
    const override = overrideOf.get(action.id) ?? null;
    return { actionId: action.id, rating: override?.rating ?? outcome.rating, computed: outcome.rating, findings: outcome.findings, override };
  });
  const shown = new Map(actions.map((a) => [a.actionId, a.rating]));
  return { planId, month, period: period ? { id: period.id, label: period.label } : null, settings, actions, ...rollUps(placed, shown, settings) };
}

/**
 * The rating of every action at each snapshot of the plan (oldest first), then now. A snapshot's ratings come from
 * the plan as it froze it, rated at the snapshot's month, with the actuals of periods ended by then and the overrides
 * of the snapshot's period (progress reports are not part of a snapshot; they are read as stored).
 */
export async function ratingsByMeeting(db: DbOrTx, planId: string, now: Date): Promise<RatingsAt[]> {
  const settings = await readRatingSettings(db, planId);
  const snapshots = [...(await listSnapshots(db, planId))].sort((a, b) => a.takenAt.localeCompare(b.takenAt));
  const result: RatingsAt[] = [];
  for (const snapshot of snapshots) result.push(await ratingsAtSnapshot(db, planId, snapshot, settings));
  const current = await ratePlan(db, planId, monthOfDate(now));
  result.push({ label: 'Now', snapshotId: null, at: now.toISOString(), ratings: Object.fromEntries(current.actions.map((a) => [a.actionId, a.rating])) });
  return result;
}

/** The rating of every action of the plan as `snapshot` froze it (see ratingsByMeeting). */
export async function ratingsAtSnapshot(
  db: DbOrTx,
  planId: string,
  snapshot: Pick<Snapshot, 'id' | 'name' | 'takenAt'>,
  settings: RatingSettings,
): Promise<RatingsAt> {
  const month = monthOfDate(new Date(snapshot.takenAt));
  const period = periodAt(await periodsToRateIn(db, planId, month), month);
  const [content, indicators, support, overrides] = await Promise.all([
    snapshotContent(db, snapshot.id),
    indicatorsByAction(db, planId, month),
    supportByAction(db, period?.id ?? null),
    period ? listOverrides(db, { planId, periodId: period.id }) : Promise.resolve([]),
  ]);
  const overrideOf = new Map(overrides.map((o) => [o.actionId, o.rating]));
  const ratings: Record<string, DeliveryRating> = {};
  for (const chapter of content.chapters) {
    for (const statement of chapter.statements) {
      for (const action of statement.actions) {
        if (!action.id) continue;
        const outcome = rateAction(
          {
            status: action.status,
            start: action.start,
            end: action.end,
            endOpen: action.endOpen,
            revisedEnd: action.revisedEnd,
            fundStatus: action.fund.status,
            indicators: indicators.get(action.id) ?? [],
            supportNeeded: support.get(action.id) ?? [],
          },
          settings,
          month,
        );
        ratings[action.id] = overrideOf.get(action.id) ?? outcome.rating;
      }
    }
  }
  return { label: snapshot.name, snapshotId: snapshot.id, at: snapshot.takenAt, ratings };
}
