// Reads plans out of the workspace as a JSON plan file ("plandesk.plan/1").
import { groupBy } from '../../../shared/collections';
import type { DbOrTx } from '../db/schema';
import { loadAgencyIndex } from '../agencies/registry';
import { precisionOf } from '../plan/action-mapper';
import { IMPLEMENTATION_STATUSES, FUND_STATUSES, type FundStatus, type ImplementationStatus } from '../../../shared/vocab/status';
import { PLAN_FILE_FORMAT, type PlanFile, type PlanFileAgency, type PlanFileIndicator, type PlanFilePlan } from './format';
import { live } from '../db/live';

function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;
}


export async function exportPlanFile(db: DbOrTx, planIds?: readonly string[]): Promise<PlanFile> {
  let plansQuery = db.selectFrom('plans').selectAll().where(live()).orderBy('created_at').orderBy('id');
  if (planIds) plansQuery = plansQuery.where('id', 'in', planIds.length > 0 ? planIds : ['']);
  const plans = await plansQuery.execute();
  const ids = plans.map((p) => p.id);
  const scope = ids.length > 0 ? ids : [''];

  const chapters = await db.selectFrom('chapters').selectAll().where('plan_id', 'in', scope).where(live()).orderBy('position').execute();
  const statements = await db
    .selectFrom('policy_statements')
    .innerJoin('chapters', 'chapters.id', 'policy_statements.chapter_id')
    .selectAll('policy_statements')
    .where('chapters.plan_id', 'in', scope)
    .where(live('policy_statements'))
    .orderBy('policy_statements.position')
    .execute();
  const actions = await db
    .selectFrom('actions')
    .innerJoin('policy_statements', 'policy_statements.id', 'actions.statement_id')
    .innerJoin('chapters', 'chapters.id', 'policy_statements.chapter_id')
    .selectAll('actions')
    .where('chapters.plan_id', 'in', scope)
    .where(live('actions'))
    .orderBy('actions.position')
    .execute();
  const indicators = await db
    .selectFrom('indicators')
    .innerJoin('actions', 'actions.id', 'indicators.action_id')
    .innerJoin('policy_statements', 'policy_statements.id', 'actions.statement_id')
    .innerJoin('chapters', 'chapters.id', 'policy_statements.chapter_id')
    .selectAll('indicators')
    .where('chapters.plan_id', 'in', scope)
    .where(live('indicators'))
    .orderBy('indicators.position')
    .execute();
  const links = await db
    .selectFrom('action_agencies')
    .innerJoin('actions', 'actions.id', 'action_agencies.action_id')
    .innerJoin('policy_statements', 'policy_statements.id', 'actions.statement_id')
    .innerJoin('chapters', 'chapters.id', 'policy_statements.chapter_id')
    .selectAll('action_agencies')
    .where('chapters.plan_id', 'in', scope)
    .orderBy('action_agencies.position')
    .execute();

  const index = await loadAgencyIndex(db);
  const aliasRows = await db.selectFrom('agency_aliases').selectAll().orderBy('alias').execute();
  const aliasesOf = groupBy(aliasRows, (a) => a.agency_id);
  /** An acronym where it names one agency only, else the agency's id. */
  const refOf = (agencyId: string): string => {
    const row = index.byId.get(agencyId);
    if (!row) return agencyId;
    const key = row.acronym ?? row.name;
    const same = index.byKey(key);
    return same.length === 1 && same[0]!.id === row.id ? key : row.id;
  };

  const chaptersOf = groupBy(chapters, (c) => c.plan_id);
  const statementsOf = groupBy(statements, (s) => s.chapter_id);
  const actionsOf = groupBy(actions, (a) => a.statement_id);
  const indicatorsOf = groupBy(indicators, (i) => i.action_id);
  const linksOf = groupBy(links, (l) => `${l.action_id}|${l.role}`);
  const refsOf = (actionId: string, role: string) => (linksOf.get(`${actionId}|${role}`) ?? []).map((l) => refOf(l.agency_id));

  const outPlans: PlanFilePlan[] = plans.map((plan) => ({
    id: plan.id,
    title: plan.title,
    description: plan.description,
    baseline: { approvedOn: plan.approved_on, approvedBy: plan.approved_by, rebaselinedOn: plan.rebaselined_on, rebaselineReason: plan.rebaseline_reason },
    chapters: (chaptersOf.get(plan.id) ?? []).map((chapter) => ({
      id: chapter.id,
      code: chapter.code,
      title: chapter.title,
      statements: (statementsOf.get(chapter.id) ?? []).map((statement) => ({
        id: statement.id,
        code: statement.code,
        text: statement.text,
        actions: (actionsOf.get(statement.id) ?? []).map((action) => ({
          id: action.id,
          code: action.code,
          title: action.title,
          start: action.start_month,
          end: action.end_month,
          endOpen: action.end_open === 1,
          startPrecision: precisionOf(action.start_precision),
          endPrecision: precisionOf(action.end_precision),
          revisedEnd: action.revised_end_month,
          revisedEndReason: action.revised_end_reason,
          timelineText: action.timeline_text,
          lead: { text: action.lead_text, agencies: refsOf(action.id, 'lead') },
          collaborators: { text: action.collaborators_text, agencies: refsOf(action.id, 'collaborator') },
          fund: { status: oneOf<FundStatus>(FUND_STATUSES, action.fund_status), note: action.fund_note },
          status: oneOf<ImplementationStatus>(IMPLEMENTATION_STATUSES, action.status),
          statusText: action.status_text,
          remarks: action.remarks,
          unmapped: JSON.parse(action.unmapped) as Record<string, string>,
          indicators: (indicatorsOf.get(action.id) ?? []).map((indicator) => ({
            id: indicator.id,
            name: indicator.name,
            kind: indicator.kind as PlanFileIndicator['kind'],
            unit: indicator.unit,
            baseline: { text: indicator.baseline_text, value: indicator.baseline_value },
            target: { text: indicator.target_text, value: indicator.target_value },
          })),
        })),
      })),
    })),
  }));

  const agencies: PlanFileAgency[] = [...index.byId.values()]
    .sort((a, b) => (a.acronym ?? a.name).localeCompare(b.acronym ?? b.name) || a.id.localeCompare(b.id))
    .map((row) => ({
      id: row.id,
      kind: row.kind === 'group' ? 'group' : 'agency',
      acronym: row.acronym,
      name: row.name,
      aliases: (aliasesOf.get(row.id) ?? []).map((a) => a.alias),
      parent: row.parent_id,
      confirmed: row.confirmed === 1,
    }));

  return { format: PLAN_FILE_FORMAT, plans: outPlans, agencies };
}
