// The actions grid's rows: every live action of a plan with its chapter, statement, indicators,
// agencies and who changed it last, read in a handful of queries whatever the plan's size.
import type { ActionGridRow } from '../../../shared/domain';
import type { Month } from '../../../shared/months';
import { groupBy } from '../../../shared/collections';
import type { ActionRow, DbOrTx } from '../db/schema';
import { fundStatusOf, overdueOf, precisionOf, statusOf } from './action-mapper';

// The action columns a grid row shows. Not the whole row: better-sqlite3 reads rows of more than about twenty
// columns into much slower objects (selecting actions.* with the chapter and statement took 2-3 times as long).
const GRID_COLUMNS = [
  'actions.id',
  'actions.statement_id',
  'actions.position',
  'actions.code',
  'actions.title',
  'actions.start_month',
  'actions.start_precision',
  'actions.end_month',
  'actions.end_precision',
  'actions.end_open',
  'actions.revised_end_month',
  'actions.lead_text',
  'actions.collaborators_text',
  'actions.fund_status',
  'actions.fund_note',
  'actions.status',
  'actions.status_text',
  'actions.remarks',
  'actions.updated_at',
] as const;

type GridColumns = Pick<
  ActionRow,
  | 'id'
  | 'statement_id'
  | 'position'
  | 'code'
  | 'title'
  | 'start_month'
  | 'start_precision'
  | 'end_month'
  | 'end_precision'
  | 'end_open'
  | 'revised_end_month'
  | 'lead_text'
  | 'collaborators_text'
  | 'fund_status'
  | 'fund_note'
  | 'status'
  | 'status_text'
  | 'remarks'
  | 'updated_at'
>;

/** The chapter and statement an action sits under, with their positions for the plan's order. */
interface Place {
  readonly chapter_id: string;
  readonly chapter_code: string;
  readonly chapter_title: string;
  readonly chapter_position: number;
  readonly statement_code: string;
  readonly statement_text: string;
  readonly statement_position: number;
}

/** An action row with the chapter and statement it sits under. */
export type ActionInPlan = GridColumns & Place;

export async function listActionRows(db: DbOrTx, planId: string, currentMonth: Month, onlyActionIds?: readonly string[]): Promise<ActionGridRow[]> {
  let query = db
    .selectFrom('actions')
    .innerJoin('policy_statements', 'policy_statements.id', 'actions.statement_id')
    .innerJoin('chapters', 'chapters.id', 'policy_statements.chapter_id')
    .select(GRID_COLUMNS)
    .where('chapters.plan_id', '=', planId)
    .where('actions.deleted_at', 'is', null)
    .where('policy_statements.deleted_at', 'is', null)
    .where('chapters.deleted_at', 'is', null);
  if (onlyActionIds) query = query.where('actions.id', 'in', onlyActionIds.length > 0 ? onlyActionIds : ['']);
  const actions = await query.orderBy('chapters.position').orderBy('policy_statements.position').orderBy('actions.position').execute();
  const ids = actions.map((a) => a.id);
  const scope = ids.length > 0 && onlyActionIds ? ids : null;

  let indicatorQuery = db
    .selectFrom('indicators')
    .innerJoin('actions', 'actions.id', 'indicators.action_id')
    .innerJoin('policy_statements', 'policy_statements.id', 'actions.statement_id')
    .innerJoin('chapters', 'chapters.id', 'policy_statements.chapter_id')
    .select(['indicators.id', 'indicators.action_id', 'indicators.name', 'indicators.baseline_text', 'indicators.target_text'])
    .where('chapters.plan_id', '=', planId)
    .where('indicators.deleted_at', 'is', null);
  if (scope) indicatorQuery = indicatorQuery.where('indicators.action_id', 'in', scope);
  const indicators = await indicatorQuery.orderBy('indicators.position').execute();

  let linkQuery = db
    .selectFrom('action_agencies')
    .innerJoin('actions', 'actions.id', 'action_agencies.action_id')
    .innerJoin('policy_statements', 'policy_statements.id', 'actions.statement_id')
    .innerJoin('chapters', 'chapters.id', 'policy_statements.chapter_id')
    .select(['action_agencies.action_id', 'action_agencies.agency_id', 'action_agencies.role'])
    .where('chapters.plan_id', '=', planId);
  if (scope) linkQuery = linkQuery.where('action_agencies.action_id', 'in', scope);
  const links = await linkQuery.orderBy('action_agencies.position').execute();

  // Who changed each action last: the newest history entry per action, joined in one query (no list of ids).
  // For a few actions, look them up by entity (indexed); for the whole plan, scan the plan's history once.
  let newest = db
    .selectFrom('change_history')
    .select(['entity_id', (eb) => eb.fn.max('id').as('last_id')])
    .where('entity', '=', 'action')
    .groupBy('entity_id');
  newest = scope ? newest.where('entity_id', 'in', scope) : newest.where('plan_id', '=', planId);
  const lastEntries = await db
    .selectFrom('change_history')
    .innerJoin(newest.as('newest'), 'newest.last_id', 'change_history.id')
    .select(['change_history.entity_id', 'change_history.user_name'])
    .execute();
  const lastBy = new Map(lastEntries.map((e) => [e.entity_id, e.user_name]));

  // The chapters and statements apart (about a tenth as many rows), joined to their actions here.
  let placeQuery = db
    .selectFrom('policy_statements')
    .innerJoin('chapters', 'chapters.id', 'policy_statements.chapter_id')
    .select([
      'policy_statements.id as statement_id',
      'chapters.id as chapter_id',
      'chapters.code as chapter_code',
      'chapters.title as chapter_title',
      'chapters.position as chapter_position',
      'policy_statements.code as statement_code',
      'policy_statements.text as statement_text',
      'policy_statements.position as statement_position',
    ])
    .where('chapters.plan_id', '=', planId);
  if (scope) placeQuery = placeQuery.where('policy_statements.id', 'in', [...new Set(actions.map((a) => a.statement_id))]);
  const places = new Map((await placeQuery.execute()).map((p) => [p.statement_id, p]));
  const placeOf = (a: GridColumns): Place => {
    const place = places.get(a.statement_id);
    if (!place) throw new Error(`Statement ${a.statement_id} of action ${a.id} is not in plan ${planId}`);
    return place;
  };

  return gridRowsOf(actions, placeOf, indicators, links, lastBy, currentMonth);
}

type IndicatorColumns = { id: string; action_id: string; name: string; baseline_text: string; target_text: string };
type LinkColumns = { action_id: string; agency_id: string; role: string };

/** Grid rows from action rows (in plan order), their indicators and agency links, and who changed each last. */
export function toActionGridRows(
  actions: readonly ActionInPlan[],
  indicators: readonly IndicatorColumns[],
  links: readonly LinkColumns[],
  lastBy: ReadonlyMap<string, string>,
  currentMonth: Month,
): ActionGridRow[] {
  return gridRowsOf(actions, (a) => a, indicators, links, lastBy, currentMonth);
}

function gridRowsOf<A extends GridColumns>(
  actions: readonly A[],
  placeOf: (action: A) => Place,
  indicators: readonly IndicatorColumns[],
  links: readonly LinkColumns[],
  lastBy: ReadonlyMap<string, string>,
  currentMonth: Month,
): ActionGridRow[] {
  const indicatorsOf = groupBy(indicators, (i) => i.action_id);
  const linksOf = groupBy(links, (l) => `${l.action_id}|${l.role}`);
  return actions.map((a) => {
    const place = placeOf(a);
    return {
      id: a.id,
      chapterId: place.chapter_id,
      chapterCode: place.chapter_code,
      chapterTitle: place.chapter_title,
      statementId: a.statement_id,
      statementCode: place.statement_code,
      statementText: place.statement_text,
      order: [place.chapter_position, place.statement_position, a.position] as const,
      code: a.code,
      title: a.title,
      indicators: (indicatorsOf.get(a.id) ?? []).map((i) => ({ id: i.id, name: i.name, baseline: i.baseline_text, target: i.target_text })),
      start: a.start_month,
      startPrecision: precisionOf(a.start_precision),
      end: a.end_month,
      endPrecision: precisionOf(a.end_precision),
      endOpen: a.end_open === 1,
      revisedEnd: a.revised_end_month,
      leadText: a.lead_text,
      leadAgencyIds: (linksOf.get(`${a.id}|lead`) ?? []).map((l) => l.agency_id),
      collaboratorsText: a.collaborators_text,
      collaboratorAgencyIds: (linksOf.get(`${a.id}|collaborator`) ?? []).map((l) => l.agency_id),
      fundStatus: fundStatusOf(a.fund_status),
      fundNote: a.fund_note,
      status: statusOf(a.status),
      statusText: a.status_text,
      remarks: a.remarks,
      overdue: overdueOf(a, currentMonth),
      updatedAt: a.updated_at,
      updatedBy: lastBy.get(a.id) ?? null,
    };
  });
}

export async function actionRowOf(db: DbOrTx, actionId: string, currentMonth: Month): Promise<ActionGridRow> {
  const planRow = await db
    .selectFrom('actions')
    .innerJoin('policy_statements', 'policy_statements.id', 'actions.statement_id')
    .innerJoin('chapters', 'chapters.id', 'policy_statements.chapter_id')
    .select('chapters.plan_id')
    .where('actions.id', '=', actionId)
    .executeTakeFirstOrThrow();
  const [row] = await listActionRows(db, planRow.plan_id, currentMonth, [actionId]);
  if (!row) throw new Error(`Action ${actionId} is not live`);
  return row;
}
