// Reading plans: the list of plans with their counts, a plan's tree, one action in full.
import type { ActionDetail, ActionNode, ChapterNode, PlanSummary, PlanTree, StatementNode } from '../../../shared/domain';
import type { Month } from '../../../shared/months';
import type { PlanOutline } from '../../../shared/plan-outline';
import { emptyStatusCounts, type StatusCounts } from '../../../shared/vocab/status';
import { AppError } from '../../../shared/result';
import { groupBy } from '../../../shared/collections';
import type { ActionRow, DbOrTx } from '../db/schema';
import { baselineOfRow } from './baseline';
import { listEntityHistory } from '../history/store';
import { toAgencyRef } from '../agencies/registry';
import { overdueOf, statusOf, toAction, toActionNode } from './action-mapper';
import { live } from '../db/live';

function countStatuses(statuses: Iterable<string | null>): StatusCounts {
  const counts = emptyStatusCounts();
  for (const value of statuses) counts[statusOf(value) ?? 'unknown'] += 1;
  return counts;
}

/** What the plans' summaries count of each action (not whole rows: wide rows are slow to read into objects). */
async function liveActionsOfPlans(db: DbOrTx, planIds: readonly string[]) {
  return db
    .selectFrom('actions')
    .innerJoin('policy_statements', 'policy_statements.id', 'actions.statement_id')
    .innerJoin('chapters', 'chapters.id', 'policy_statements.chapter_id')
    .select(['actions.status', 'actions.end_month', 'actions.revised_end_month', 'actions.end_open', 'actions.updated_at', 'chapters.plan_id as plan_id'])
    .where('chapters.plan_id', 'in', planIds.length > 0 ? planIds : [''])
    .where(live('actions'))
    .where(live('policy_statements'))
    .where(live('chapters'))
    .execute();
}

export async function listPlanSummaries(db: DbOrTx, currentMonth: Month): Promise<PlanSummary[]> {
  const plans = await db.selectFrom('plans').selectAll().where(live()).orderBy('created_at').orderBy('title').execute();
  const ids = plans.map((p) => p.id);
  if (ids.length === 0) return [];
  const chapterCounts = await db
    .selectFrom('chapters')
    .select(['plan_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('plan_id', 'in', ids)
    .where(live())
    .groupBy('plan_id')
    .execute();
  const statementCounts = await db
    .selectFrom('policy_statements')
    .innerJoin('chapters', 'chapters.id', 'policy_statements.chapter_id')
    .select(['chapters.plan_id as plan_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('chapters.plan_id', 'in', ids)
    .where(live('policy_statements'))
    .where(live('chapters'))
    .groupBy('chapters.plan_id')
    .execute();
  const actions = await liveActionsOfPlans(db, ids);
  const indicatorCounts = await db
    .selectFrom('indicators')
    .innerJoin('actions', 'actions.id', 'indicators.action_id')
    .innerJoin('policy_statements', 'policy_statements.id', 'actions.statement_id')
    .innerJoin('chapters', 'chapters.id', 'policy_statements.chapter_id')
    .select(['chapters.plan_id as plan_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('chapters.plan_id', 'in', ids)
    .where(live('indicators'))
    .where(live('actions'))
    .groupBy('chapters.plan_id')
    .execute();
  const agencyCounts = await db
    .selectFrom('action_agencies')
    .innerJoin('actions', 'actions.id', 'action_agencies.action_id')
    .innerJoin('policy_statements', 'policy_statements.id', 'actions.statement_id')
    .innerJoin('chapters', 'chapters.id', 'policy_statements.chapter_id')
    .select(['chapters.plan_id as plan_id', (eb) => eb.fn.count<number>('action_agencies.agency_id').distinct().as('n')])
    .where('chapters.plan_id', 'in', ids)
    .where(live('actions'))
    .groupBy('chapters.plan_id')
    .execute();
  const countOf = (rows: readonly { plan_id: string; n: number }[], planId: string) =>
    Number(rows.find((r) => r.plan_id === planId)?.n ?? 0);

  return plans.map((plan) => {
    const own = actions.filter((a) => a.plan_id === plan.id);
    return {
      id: plan.id,
      title: plan.title,
      description: plan.description,
      chapters: countOf(chapterCounts, plan.id),
      statements: countOf(statementCounts, plan.id),
      actions: own.length,
      indicators: countOf(indicatorCounts, plan.id),
      agencies: countOf(agencyCounts, plan.id),
      actionsByStatus: countStatuses(own.map((a) => a.status)),
      overdue: own.filter((a) => overdueOf(a, currentMonth)).length,
      updatedAt: own.reduce((latest, a) => (a.updated_at > latest ? a.updated_at : latest), plan.updated_at),
      baseline: baselineOfRow(plan),
    };
  });
}

const TREE_NODE_COLUMNS = [
  'id',
  'statement_id',
  'code',
  'title',
  'status',
  'status_text',
  'start_month',
  'start_precision',
  'end_month',
  'end_precision',
  'end_open',
  'revised_end_month',
  'lead_text',
] as const;

/** The workspace's plans, oldest first: their ids and titles. */
export function listPlans(db: DbOrTx): Promise<{ id: string; title: string }[]> {
  return db.selectFrom('plans').select(['id', 'title']).where(live()).orderBy('created_at').execute();
}

/** Whether the workspace has (or had: deleted ones count) a plan of this id. */
export async function planExists(db: DbOrTx, planId: string): Promise<boolean> {
  return (await db.selectFrom('plans').select('id').where('id', '=', planId).executeTakeFirst()) !== undefined;
}

/** A plan's chapters, with their codes. */
export function liveChapters(db: DbOrTx, planId: string): Promise<{ id: string; code: string }[]> {
  return db.selectFrom('chapters').select(['id', 'code']).where('plan_id', '=', planId).where(live()).execute();
}

/** One plan's summary, as the list of plans gives it. */
export async function planSummary(db: DbOrTx, planId: string, currentMonth: Month): Promise<PlanSummary> {
  const plan = (await listPlanSummaries(db, currentMonth)).find((p) => p.id === planId);
  if (!plan) throw new AppError('not_found', `No plan with id ${planId} in this workspace`);
  return plan;
}

export async function requirePlan(db: DbOrTx, planId: string) {
  const plan = await db.selectFrom('plans').selectAll().where('id', '=', planId).where(live()).executeTakeFirst();
  if (!plan) throw new AppError('not_found', `No plan with id ${planId} in this workspace`);
  return plan;
}

/** The plan's live chapters and statements in order, without actions: two small queries whatever the plan's size. */
export async function getPlanOutline(db: DbOrTx, planId: string): Promise<PlanOutline> {
  await requirePlan(db, planId);
  const chapters = await db.selectFrom('chapters').select(['id', 'code', 'title']).where('plan_id', '=', planId).where(live()).orderBy('position').execute();
  const statements = await db
    .selectFrom('policy_statements')
    .innerJoin('chapters', 'chapters.id', 'policy_statements.chapter_id')
    .select(['policy_statements.id', 'policy_statements.chapter_id', 'policy_statements.code', 'policy_statements.text'])
    .where('chapters.plan_id', '=', planId)
    .where(live('chapters'))
    .where(live('policy_statements'))
    .orderBy('policy_statements.position')
    .execute();
  const statementsOf = groupBy(statements, (s) => s.chapter_id);
  return {
    chapters: chapters.map((c) => ({ ...c, statements: (statementsOf.get(c.id) ?? []).map((s) => ({ id: s.id, code: s.code, text: s.text })) })),
  };
}

export async function getPlanTree(db: DbOrTx, planId: string, currentMonth: Month): Promise<PlanTree> {
  const plan = await requirePlan(db, planId);
  const chapters = await db.selectFrom('chapters').selectAll().where('plan_id', '=', planId).where(live()).orderBy('position').execute();
  const statements = await db
    .selectFrom('policy_statements')
    .selectAll()
    .where('chapter_id', 'in', chapters.length > 0 ? chapters.map((c) => c.id) : [''])
    .where(live())
    .orderBy('position')
    .execute();
  // The columns a tree node shows, not whole rows (wide rows are slow to read into objects).
  const actions = await db
    .selectFrom('actions')
    .select(TREE_NODE_COLUMNS)
    .where('statement_id', 'in', statements.length > 0 ? statements.map((s) => s.id) : [''])
    .where(live())
    .orderBy('position')
    .execute();

  const actionsOf = new Map<string, typeof actions>();
  for (const a of actions) actionsOf.set(a.statement_id, [...(actionsOf.get(a.statement_id) ?? []), a]);

  const chapterNodes: ChapterNode[] = chapters.map((chapter) => {
    const statementNodes: StatementNode[] = statements
      .filter((s) => s.chapter_id === chapter.id)
      .map((statement) => {
        const rows = actionsOf.get(statement.id) ?? [];
        const nodes: ActionNode[] = rows.map((row) => toActionNode(row, currentMonth));
        return { id: statement.id, code: statement.code, text: statement.text, actionsByStatus: countStatuses(rows.map((r) => r.status)), actions: nodes };
      });
    const chapterActions = statementNodes.flatMap((s) => s.actions);
    return {
      id: chapter.id,
      code: chapter.code,
      title: chapter.title,
      actionsByStatus: countStatuses(chapterActions.map((a) => a.status)),
      statements: statementNodes,
    };
  });
  return {
    plan: { id: plan.id, title: plan.title, description: plan.description, baseline: baselineOfRow(plan) },
    actionsByStatus: countStatuses(actions.map((a) => a.status)),
    chapters: chapterNodes,
  };
}

export async function requireAction(db: DbOrTx, actionId: string): Promise<ActionRow> {
  const row = await db.selectFrom('actions').selectAll().where('id', '=', actionId).where(live()).executeTakeFirst();
  if (!row) throw new AppError('not_found', `No action with id ${actionId} in this workspace`);
  return row;
}

export async function loadActionAgencies(db: DbOrTx, actionId: string) {
  const rows = await db
    .selectFrom('action_agencies')
    .innerJoin('agencies', 'agencies.id', 'action_agencies.agency_id')
    .selectAll('agencies')
    .select(['action_agencies.role as role'])
    .where('action_agencies.action_id', '=', actionId)
    .orderBy('action_agencies.position')
    .execute();
  return {
    lead: rows.filter((r) => r.role === 'lead').map(toAgencyRef),
    collaborators: rows.filter((r) => r.role === 'collaborator').map(toAgencyRef),
  };
}

export async function getActionDetail(db: DbOrTx, actionId: string, currentMonth: Month): Promise<ActionDetail> {
  const row = await requireAction(db, actionId);
  const statement = await db.selectFrom('policy_statements').selectAll().where('id', '=', row.statement_id).executeTakeFirstOrThrow();
  const chapter = await db.selectFrom('chapters').selectAll().where('id', '=', statement.chapter_id).executeTakeFirstOrThrow();
  const indicators = await db.selectFrom('indicators').selectAll().where('action_id', '=', actionId).where(live()).orderBy('position').execute();
  const progressRows = await db
    .selectFrom('progress_updates')
    .innerJoin('reporting_periods', 'reporting_periods.id', 'progress_updates.period_id')
    .leftJoin('indicators', 'indicators.id', 'progress_updates.indicator_id')
    .select([
      'progress_updates.id',
      'reporting_periods.label',
      'reporting_periods.start_month',
      'indicators.name as indicator_name',
      'progress_updates.actual_text',
      'progress_updates.narrative',
      'progress_updates.support_needed',
      'progress_updates.source',
      'progress_updates.updated_at',
    ])
    .where('progress_updates.action_id', '=', actionId)
    .where((eb) => eb.or([eb('progress_updates.actual_text', '!=', ''), eb('progress_updates.narrative', '!=', ''), eb('progress_updates.support_needed', '!=', '')]))
    .orderBy('reporting_periods.start_month', 'desc')
    .orderBy('indicators.position')
    .execute();
  const history = await listEntityHistory(db, [actionId, ...indicators.map((i) => i.id), ...progressRows.map((p) => p.id)], 500);
  return {
    action: toAction(row, await loadActionAgencies(db, actionId), currentMonth),
    chapter: { id: chapter.id, code: chapter.code, title: chapter.title },
    statement: { id: statement.id, code: statement.code, text: statement.text },
    indicators: indicators.map((i) => ({
      id: i.id,
      actionId: i.action_id,
      name: i.name,
      kind: i.kind as ActionDetail['indicators'][number]['kind'],
      unit: i.unit,
      baseline: { text: i.baseline_text, value: i.baseline_value },
      target: { text: i.target_text, value: i.target_value },
    })),
    progress: progressRows.map((p) => ({
      id: p.id,
      periodLabel: p.label,
      periodStart: p.start_month,
      indicatorName: p.indicator_name,
      actual: p.actual_text,
      narrative: p.narrative,
      supportNeeded: p.support_needed,
      source: p.source,
      updatedAt: p.updated_at,
    })),
    history,
  };
}

/** The plan an action, statement or chapter belongs to (live or deleted). */
export async function planIdOf(db: DbOrTx, kind: 'action' | 'statement' | 'chapter', id: string): Promise<string> {
  let row: { plan_id: string } | undefined;
  if (kind === 'chapter') {
    row = await db.selectFrom('chapters').select('plan_id').where('id', '=', id).executeTakeFirst();
  } else if (kind === 'statement') {
    row = await db
      .selectFrom('policy_statements')
      .innerJoin('chapters', 'chapters.id', 'policy_statements.chapter_id')
      .select('chapters.plan_id')
      .where('policy_statements.id', '=', id)
      .executeTakeFirst();
  } else {
    row = await db
      .selectFrom('actions')
      .innerJoin('policy_statements', 'policy_statements.id', 'actions.statement_id')
      .innerJoin('chapters', 'chapters.id', 'policy_statements.chapter_id')
      .select('chapters.plan_id')
      .where('actions.id', '=', id)
      .executeTakeFirst();
  }
  if (!row) throw new AppError('not_found', `No ${kind} with id ${id} in this workspace`);
  return row.plan_id;
}
