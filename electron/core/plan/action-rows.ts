// The actions grid's rows: every live action of a plan with its chapter, statement, indicators,
// agencies and who changed it last, read in two queries whatever the plan's size.
import { sql } from 'kysely';
import type { ActionGridRow } from '../../../shared/domain';
import { indicatorOf, type PackedIndicator } from '../../../shared/packed-action-list';
import type { Month } from '../../../shared/months';
import { groupBy } from '../../../shared/collections';
import type { ActionRow, DbOrTx } from '../db/schema';
import { fundStatusOf, overdueOf, precisionOf, statusOf } from './action-mapper';
import { live } from '../db/live';
import { lastEditorOfAction } from '../history/store';
import { actionsOfPlan } from './actions-of-plan';

/** The action columns a grid row shows, in the order the listing query writes them. */
const GRID_COLUMNS = [
  'id',
  'statement_id',
  'position',
  'code',
  'title',
  'start_month',
  'start_precision',
  'end_month',
  'end_precision',
  'end_open',
  'revised_end_month',
  'lead_text',
  'collaborators_text',
  'fund_status',
  'fund_note',
  'status',
  'status_text',
  'remarks',
  'updated_at',
] as const satisfies readonly (keyof ActionRow)[];
type GridColumns = Pick<ActionRow, (typeof GRID_COLUMNS)[number]>;
const LISTED_COLUMNS = sql.raw(GRID_COLUMNS.map((column) => `actions.${column}`).join(', '));

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

/** An action as the listing query writes it: its grid columns (GRID_COLUMNS), then these. */
type ListedExtras = [indicators: readonly PackedIndicator[], leadAgencyIds: readonly string[], collaboratorAgencyIds: readonly string[], updatedBy: string | null];

/** The grid columns of a listed action, by name. */
function columnsOf(listed: readonly unknown[]): GridColumns {
  const columns: Record<string, unknown> = {};
  for (let i = 0; i < GRID_COLUMNS.length; i += 1) columns[GRID_COLUMNS[i]!] = listed[i];
  return columns as GridColumns;
}

export async function listActionRows(db: DbOrTx, planId: string, currentMonth: Month, onlyActionIds?: readonly string[]): Promise<ActionGridRow[]> {
  // SQLite writes every action, with its indicators, agencies and who changed it last (the newest history entry,
  // by entity: indexed), as one JSON text in plan order, in the order of ListedAction. Reading it whole is much
  // quicker than reading some 30 values per action one by one (10,000 actions, each call in a new process: about
  // 210 ms instead of 300 for the first, 110-180 instead of 200-340 for the next ones). The nested lists are wrapped
  // in json(): SQLite 3.54 no longer carries a subquery's JSON type out of it, so json_array would quote them as text.
  let query = actionsOfPlan(db, planId, 'live').select(
    sql<string>`json_group_array(json_array(
      ${LISTED_COLUMNS},
      json((select json_group_array(json_array(indicators.id, indicators.name, indicators.baseline_text, indicators.target_text) order by indicators.position)
        from indicators where indicators.action_id = actions.id and ${live('indicators')})),
      json((select json_group_array(action_agencies.agency_id order by action_agencies.position)
        from action_agencies where action_agencies.action_id = actions.id and action_agencies.role = 'lead')),
      json((select json_group_array(action_agencies.agency_id order by action_agencies.position)
        from action_agencies where action_agencies.action_id = actions.id and action_agencies.role = 'collaborator')),
      ${lastEditorOfAction(sql.ref('actions.id'))}
    ) order by chapters.position, policy_statements.position, actions.position)`.as('listed'),
  );
  if (onlyActionIds) query = query.where('actions.id', 'in', onlyActionIds.length > 0 ? onlyActionIds : ['']);
  const { listed } = await query.executeTakeFirstOrThrow();
  const actions = JSON.parse(listed) as unknown[][];

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
  if (onlyActionIds && actions.length > 0) placeQuery = placeQuery.where('policy_statements.id', 'in', [...new Set(actions.map((a) => columnsOf(a).statement_id))]);
  const places = new Map((await placeQuery.execute()).map((p) => [p.statement_id, p]));

  return actions.map((listedAction) => {
    const columns = columnsOf(listedAction);
    const [indicators, leadAgencyIds, collaboratorAgencyIds, updatedBy] = listedAction.slice(GRID_COLUMNS.length) as ListedExtras;
    const place = places.get(columns.statement_id);
    if (!place) throw new Error(`Statement ${columns.statement_id} of action ${columns.id} is not in plan ${planId}`);
    return gridRowOf(columns, place, indicators.map(indicatorOf), leadAgencyIds, collaboratorAgencyIds, updatedBy, currentMonth);
  });
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
  const indicatorsOf = groupBy(indicators, (i) => i.action_id);
  const linksOf = groupBy(links, (l) => `${l.action_id}|${l.role}`);
  return actions.map((a) =>
    gridRowOf(
      a,
      a,
      (indicatorsOf.get(a.id) ?? []).map((i) => indicatorOf([i.id, i.name, i.baseline_text, i.target_text])),
      (linksOf.get(`${a.id}|lead`) ?? []).map((l) => l.agency_id),
      (linksOf.get(`${a.id}|collaborator`) ?? []).map((l) => l.agency_id),
      lastBy.get(a.id) ?? null,
      currentMonth,
    ),
  );
}

function gridRowOf(
  a: GridColumns,
  place: Place,
  indicators: ActionGridRow['indicators'],
  leadAgencyIds: readonly string[],
  collaboratorAgencyIds: readonly string[],
  updatedBy: string | null,
  currentMonth: Month,
): ActionGridRow {
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
    indicators,
    start: a.start_month,
    startPrecision: precisionOf(a.start_precision),
    end: a.end_month,
    endPrecision: precisionOf(a.end_precision),
    endOpen: a.end_open === 1,
    revisedEnd: a.revised_end_month,
    leadText: a.lead_text,
    leadAgencyIds,
    collaboratorsText: a.collaborators_text,
    collaboratorAgencyIds,
    fundStatus: fundStatusOf(a.fund_status),
    fundNote: a.fund_note,
    status: statusOf(a.status),
    statusText: a.status_text,
    remarks: a.remarks,
    overdue: overdueOf(a, currentMonth),
    updatedAt: a.updated_at,
    updatedBy,
  };
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
