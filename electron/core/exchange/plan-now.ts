// The plan's values that an update workbook carries, read the same way when a workbook is sent (what was
// sent) and when it comes back (what the plan holds now): comparing the two is how a conflict is found.
import { createHash } from 'node:crypto';
import type { IndicatorKind, LeadAgency, NotSentAction } from '../../../shared/domain';
import { formatMonth } from '../../../shared/months';
import { AppError } from '../../../shared/result';
import type { ActionRow, DbOrTx } from '../db/schema';
import { actionsOfPlan } from '../plan/actions-of-plan';
import type { SentValues } from './update-workbook';
import { live } from '../db/live';

export interface PeriodRef {
  readonly id: string;
  readonly planId: string;
  readonly label: string;
  readonly start: string;
  readonly end: string;
}

export interface IndicatorNow {
  readonly id: string;
  readonly actionId: string;
  readonly name: string;
  readonly kind: IndicatorKind;
  readonly baselineText: string;
  readonly targetText: string;
}

export interface PlanNow {
  /** Live actions by id. */
  readonly actions: ReadonlyMap<string, ActionRow>;
  readonly indicatorsOf: ReadonlyMap<string, readonly IndicatorNow[]>;
  /** Actual for the period, by indicator id. */
  readonly actuals: ReadonlyMap<string, string>;
  /** The action's narrative and support needed for the period, by action id. */
  readonly progress: ReadonlyMap<string, { readonly narrative: string; readonly support: string }>;
}

export async function requirePeriod(db: DbOrTx, planId: string, periodId: string): Promise<PeriodRef> {
  const row = await db.selectFrom('reporting_periods').selectAll().where('id', '=', periodId).executeTakeFirst();
  if (!row || row.plan_id !== planId) throw new AppError('not_found', `No reporting period with id ${periodId} in this plan`);
  return { id: row.id, planId: row.plan_id, label: row.label, start: row.start_month, end: row.end_month };
}

/** Live actions of a plan, in plan order, optionally only some. */
export async function loadPlanNow(db: DbOrTx, planId: string, periodId: string, onlyActionIds?: readonly string[]): Promise<PlanNow> {
  let query = actionsOfPlan(db, planId, 'live').selectAll('actions');
  if (onlyActionIds) query = query.where('actions.id', 'in', onlyActionIds.length > 0 ? [...onlyActionIds] : ['']);
  const actions = await query.orderBy('chapters.position').orderBy('policy_statements.position').orderBy('actions.position').execute();
  const ids = actions.length > 0 ? actions.map((a) => a.id) : [''];
  const indicators = await db
    .selectFrom('indicators')
    .selectAll()
    .where('action_id', 'in', ids)
    .where(live())
    .orderBy('position')
    .execute();
  const updates = await db
    .selectFrom('progress_updates')
    .select(['action_id', 'indicator_id', 'actual_text', 'narrative', 'support_needed'])
    .where('action_id', 'in', ids)
    .where('period_id', '=', periodId)
    .execute();
  const indicatorsOf = new Map<string, IndicatorNow[]>();
  for (const i of indicators) {
    const list = indicatorsOf.get(i.action_id) ?? [];
    list.push({ id: i.id, actionId: i.action_id, name: i.name, kind: i.kind as IndicatorKind, baselineText: i.baseline_text, targetText: i.target_text });
    indicatorsOf.set(i.action_id, list);
  }
  const actuals = new Map<string, string>();
  const progress = new Map<string, { narrative: string; support: string }>();
  for (const u of updates) {
    if (u.indicator_id) actuals.set(u.indicator_id, u.actual_text);
    else progress.set(u.action_id, { narrative: u.narrative, support: u.support_needed });
  }
  return { actions: new Map(actions.map((a) => [a.id, a])), indicatorsOf, actuals, progress };
}

function monthWords(month: string | null, precision: string): string {
  if (!month) return '';
  return precision === 'year' ? month.slice(0, 4) : formatMonth(month);
}

/** "Jan 2018 – Dec 2020", "Jan 2020 – Continue", with the revised end where there is one. */
export function timelineWords(action: ActionRow): string {
  const start = monthWords(action.start_month, action.start_precision);
  const end = action.end_open === 1 ? 'Continue' : monthWords(action.end_month, action.end_precision);
  const span = start || end ? `${start || '?'} – ${end || '?'}` : action.timeline_text;
  return action.revised_end_month ? `${span}\nRevised end: ${formatMonth(action.revised_end_month)}` : span;
}

/** The values one row carries for an action and one of its indicators (or none). */
export function rowValues(plan: PlanNow, action: ActionRow, indicator: IndicatorNow | null): SentValues {
  const progress = plan.progress.get(action.id);
  return {
    code: action.code,
    title: action.title,
    indicator: indicator?.name ?? '',
    kind: indicator?.kind ?? null,
    baseline: indicator?.baselineText ?? '',
    target: indicator?.targetText ?? '',
    timeline: timelineWords(action),
    end: action.end_month,
    endOpen: action.end_open === 1,
    revisedEnd: action.revised_end_month,
    status: action.status,
    statusText: action.status_text,
    actual: indicator ? (plan.actuals.get(indicator.id) ?? '') : '',
    narrative: progress?.narrative ?? '',
    support: progress?.support ?? '',
  };
}

/** SHA-256 of what a row was sent with, its ids included, so that a row cannot pass for another. */
export function fingerprintOf(actionId: string, indicatorId: string, sent: SentValues): string {
  return createHash('sha256').update(JSON.stringify([actionId, indicatorId, sent])).digest('hex');
}

/** The agencies that lead at least one live action of the plan, with how many. */
export async function listLeadAgencies(db: DbOrTx, planId: string): Promise<LeadAgency[]> {
  const rows = await actionsOfPlan(db, planId, 'live')
    .innerJoin('action_agencies', 'action_agencies.action_id', 'actions.id')
    .innerJoin('agencies', 'agencies.id', 'action_agencies.agency_id')
    .select(['agencies.id', 'agencies.acronym', 'agencies.name', 'agencies.kind', (eb) => eb.fn.count<number>('actions.id').distinct().as('actions')])
    .where('action_agencies.role', '=', 'lead')
    .where(live('agencies'))
    .groupBy('agencies.id')
    .execute();
  const notSent = new Map<string, number>();
  for (const action of await actionsWithoutAgencyLead(db, planId)) {
    for (const groupId of action.groupIds) notSent.set(groupId, (notSent.get(groupId) ?? 0) + 1);
  }
  return rows
    .map((r) => ({
      id: r.id,
      acronym: r.acronym,
      name: r.name,
      kind: r.kind === 'group' ? ('group' as const) : ('agency' as const),
      actions: Number(r.actions),
      notSent: notSent.get(r.id) ?? 0,
    }))
    .sort((a, b) => (a.acronym ?? a.name).localeCompare(b.acronym ?? b.name) || a.id.localeCompare(b.id));
}

/**
 * The live actions of the plan that no agency leads, in plan order: led only by groups ("Respective Agencies"),
 * which are not someone to send a workbook to, or by nobody. Sending to every lead agency reports them.
 */
export async function actionsWithoutAgencyLead(db: DbOrTx, planId: string): Promise<(NotSentAction & { readonly groupIds: readonly string[] })[]> {
  const actions = await actionsOfPlan(db, planId, 'live')
    .leftJoin('action_agencies', (join) => join.onRef('action_agencies.action_id', '=', 'actions.id').on('action_agencies.role', '=', 'lead'))
    .leftJoin('agencies', (join) => join.onRef('agencies.id', '=', 'action_agencies.agency_id').on(live('agencies')))
    .select(['actions.id', 'actions.code', 'actions.title', 'actions.lead_text', 'agencies.id as agencyId', 'agencies.kind'])
    .orderBy('chapters.position')
    .orderBy('policy_statements.position')
    .orderBy('actions.position')
    .execute();
  const byAction = new Map<string, { action: (typeof actions)[number]; groupIds: string[]; agencyLed: boolean }>();
  for (const row of actions) {
    const entry = byAction.get(row.id) ?? { action: row, groupIds: [], agencyLed: false };
    if (row.agencyId !== null && row.kind === 'group') entry.groupIds.push(row.agencyId);
    else if (row.agencyId !== null) entry.agencyLed = true;
    byAction.set(row.id, entry);
  }
  return [...byAction.values()]
    .filter((e) => !e.agencyLed)
    .map(({ action, groupIds }) => ({
      actionId: action.id,
      code: action.code,
      title: action.title,
      lead: action.lead_text,
      reason: groupIds.length > 0 ? ('group' as const) : ('no lead' as const),
      groupIds,
    }));
}

/** Ids of the live actions of the plan that an agency leads, in plan order. */
export async function actionsLedBy(db: DbOrTx, planId: string, agencyId: string): Promise<string[]> {
  const rows = await actionsOfPlan(db, planId, 'live')
    .innerJoin('action_agencies', 'action_agencies.action_id', 'actions.id')
    .select('actions.id')
    .where('action_agencies.role', '=', 'lead')
    .where('action_agencies.agency_id', '=', agencyId)
    .orderBy('chapters.position')
    .orderBy('policy_statements.position')
    .orderBy('actions.position')
    .execute();
  return rows.map((r) => r.id);
}
