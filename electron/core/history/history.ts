// The change history: who changed what, when, from where. Every service writes its entries in the same
// transaction as the change itself, so a change and its trace commit together or not at all.
import type { ChangeEntry, ChangeSource, HistoryFilter, Id } from '../../../shared/domain';
import { formatMonth, type Month } from '../../../shared/months';
import type { ExpressionBuilder } from 'kysely';
import type { ChangeHistoryRow, Database, DbOrTx } from '../db/schema';
import type { ChangeContext } from '../host/context';

export type HistoryEntity =
  | 'plan'
  | 'chapter'
  | 'statement'
  | 'action'
  | 'indicator'
  | 'agency'
  | 'progress'
  | 'snapshot'
  /** An update workbook sent to a lead agency: its status (returned → merged) moves with the merge it records. */
  | 'exchange_package'
  /** A whole-plan package merged here (plan_packages_merged): undoing the merge takes it back, so it can be merged again. */
  | 'plan_package';

export interface FieldChange {
  readonly planId: Id | null;
  readonly entity: HistoryEntity;
  readonly entityId: Id;
  /** A field name, or 'created' / 'deleted' for a whole entity. */
  readonly field: string;
  readonly oldValue: unknown;
  readonly newValue: unknown;
}

function asText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

const ROWS_PER_INSERT = 500;

export async function recordChanges(db: DbOrTx, context: ChangeContext, changes: readonly FieldChange[]): Promise<void> {
  for (let i = 0; i < changes.length; i += ROWS_PER_INSERT) {
    const rows = changes.slice(i, i + ROWS_PER_INSERT).map((change) => ({
      at: context.at,
      user_name: context.user,
      plan_id: change.planId,
      entity: change.entity,
      entity_id: change.entityId,
      field: change.field,
      old_value: asText(change.oldValue),
      new_value: asText(change.newValue),
      source: context.source,
      source_file: context.sourceFile ?? null,
      batch_id: context.batchId ?? null,
    }));
    await db.insertInto('change_history').values(rows).execute();
  }
}

export function toChangeEntry(row: ChangeHistoryRow): ChangeEntry {
  return {
    id: row.id,
    at: row.at,
    user: row.user_name,
    entity: row.entity,
    entityId: row.entity_id,
    field: row.field,
    oldValue: row.old_value,
    newValue: row.new_value,
    source: row.source as ChangeSource,
    sourceFile: row.source_file,
  };
}

export async function listEntityHistory(db: DbOrTx, entityIds: readonly Id[], limit: number): Promise<ChangeEntry[]> {
  if (entityIds.length === 0) return [];
  const rows = await db
    .selectFrom('change_history')
    .selectAll()
    .where('entity_id', 'in', entityIds)
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return withAgencyNames(db, rows.map(toChangeEntry));
}

/** Registry agencies as people name them in the history: acronym, else name. */
async function agencyLabels(db: DbOrTx, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('agencies').select(['id', (eb) => eb.fn.coalesce('acronym', 'name').as('label')]).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, String(r.label).trim()]));
}

/** Fields whose values are lists of registry agency ids (an action's links), stored as JSON. */
const AGENCY_LIST_FIELDS = new Set(['lead_agencies', 'collaborator_agencies']);

/**
 * Entries for an action's links to registry agencies name the agencies (acronym, else name) instead of their ids:
 * `["<id>", "<id>"]` reads `["MoIC", "GovTech"]`. An agency since removed from the registry is "(removed agency)".
 */
async function withAgencyNames(db: DbOrTx, entries: ChangeEntry[]): Promise<ChangeEntry[]> {
  const idsIn = (value: string | null): string[] => {
    try {
      const parsed: unknown = JSON.parse(value ?? '[]');
      return Array.isArray(parsed) ? parsed.map(String) : [];
    } catch {
      return [];
    }
  };
  const linkEntries = entries.filter((e) => AGENCY_LIST_FIELDS.has(e.field));
  const ids = [...new Set(linkEntries.flatMap((e) => [...idsIn(e.oldValue), ...idsIn(e.newValue)]))];
  if (ids.length === 0) return entries;
  const labels = await agencyLabels(db, ids);
  const named = (value: string | null) => (value === null ? null : JSON.stringify(idsIn(value).map((id) => labels.get(id) || '(removed agency)')));
  return entries.map((e) => (AGENCY_LIST_FIELDS.has(e.field) ? { ...e, oldValue: named(e.oldValue), newValue: named(e.newValue) } : e));
}

/** Names the subjects of history entries: actions by code and title, chapters, statements, indicators, agencies. */
async function withSubjects(db: DbOrTx, entries: ChangeEntry[]): Promise<ChangeEntry[]> {
  const idsOf = (entity: string) => [...new Set(entries.filter((e) => e.entity === entity).map((e) => e.entityId))];
  const names = new Map<string, string>();
  const put = (rows: readonly { id: string; label: string }[]) => rows.forEach((r) => names.set(r.id, r.label.trim()));
  const some = (ids: string[]) => (ids.length > 0 ? ids : ['']);
  put(await db.selectFrom('actions').select(['id', (eb) => eb.fn<string>('concat_ws', [eb.val(' '), 'code', 'title']).as('label')]).where('id', 'in', some(idsOf('action'))).execute());
  put(await db.selectFrom('chapters').select(['id', (eb) => eb.fn<string>('concat_ws', [eb.val(' '), 'code', 'title']).as('label')]).where('id', 'in', some(idsOf('chapter'))).execute());
  put(await db.selectFrom('policy_statements').select(['id', (eb) => eb.fn<string>('concat_ws', [eb.val(' '), 'code', 'text']).as('label')]).where('id', 'in', some(idsOf('statement'))).execute());
  put(await db.selectFrom('indicators').select(['id', 'name as label']).where('id', 'in', some(idsOf('indicator'))).execute());
  for (const [id, label] of await agencyLabels(db, idsOf('agency'))) names.set(id, label);
  put(await db.selectFrom('plans').select(['id', 'title as label']).where('id', 'in', some(idsOf('plan'))).execute());
  put(
    await db
      .selectFrom('exchange_packages')
      .select(['id', (eb) => eb.fn<string>('concat_ws', [eb.val(', '), 'agency_label', 'period_label']).as('label')])
      .where('id', 'in', some(idsOf('exchange_package')))
      .execute(),
  );
  const packages = await db.selectFrom('plan_packages_merged').select(['id', 'file', 'created_by', 'created_at']).where('id', 'in', some(idsOf('plan_package')).map(Number)).execute();
  // "plan.pmupack, made by Sonam on 27 Nov 2026"
  const madeOn = (at: string) => `${Number(at.slice(8, 10))} ${formatMonth(at.slice(0, 7) as Month)}`;
  put(packages.map((p) => ({ id: String(p.id), label: `${p.file.split(/[\\/]/).pop() ?? p.file}, made by ${p.created_by} on ${madeOn(p.created_at)}` })));
  // An actual is named by its indicator and period: "% of uptime, FY 2025-26".
  put(
    await db
      .selectFrom('progress_updates')
      .innerJoin('reporting_periods', 'reporting_periods.id', 'progress_updates.period_id')
      .leftJoin('indicators', 'indicators.id', 'progress_updates.indicator_id')
      .select(['progress_updates.id as id', (eb) => eb.fn<string>('concat_ws', [eb.val(', '), 'indicators.name', 'reporting_periods.label']).as('label')])
      .where('progress_updates.id', 'in', some(idsOf('progress')))
      .execute(),
  );
  return entries.map((e) => {
    const subject = names.get(e.entityId);
    return subject ? { ...e, subject } : e;
  });
}

/**
 * A plan's entries: those recorded for it, and changes to registry agencies its actions name (the registry is the
 * workspace's, so agency edits carry no plan: renaming MoIC still changes what the plan reads).
 */
function inPlan(eb: ExpressionBuilder<Database, 'change_history'>, planId: Id) {
  const agenciesOfPlan = eb
    .selectFrom('action_agencies')
    .innerJoin('actions', 'actions.id', 'action_agencies.action_id')
    .innerJoin('policy_statements', 'policy_statements.id', 'actions.statement_id')
    .innerJoin('chapters', 'chapters.id', 'policy_statements.chapter_id')
    .select('action_agencies.agency_id')
    .where('chapters.plan_id', '=', planId);
  return eb.or([eb('plan_id', '=', planId), eb.and([eb('plan_id', 'is', null), eb('entity', '=', 'agency'), eb('entity_id', 'in', agenciesOfPlan)])]);
}

/** The plan's change log, newest first (by when each change happened), filtered by date, person, agency, source or entity. */
export async function listHistory(db: DbOrTx, filter: HistoryFilter): Promise<ChangeEntry[]> {
  let query = db
    .selectFrom('change_history')
    .selectAll()
    .where((eb) => inPlan(eb, filter.planId));
  if (filter.from) query = query.where('at', '>=', filter.from);
  // A date "to" includes the whole day.
  if (filter.to) query = query.where('at', '<=', filter.to.length === 10 ? `${filter.to}T23:59:59.999Z` : filter.to);
  if (filter.user) query = query.where('user_name', '=', filter.user);
  if (filter.source) query = query.where('source', '=', filter.source);
  if (filter.entityId) query = query.where('entity_id', '=', filter.entityId);
  if (filter.agencyId) {
    const agencyId = filter.agencyId;
    query = query.where((eb) =>
      eb.or([
        eb('entity_id', '=', agencyId),
        eb('entity_id', 'in', eb.selectFrom('action_agencies').select('action_id').where('agency_id', '=', agencyId)),
        eb(
          'entity_id',
          'in',
          eb.selectFrom('indicators').innerJoin('action_agencies', 'action_agencies.action_id', 'indicators.action_id').select('indicators.id').where('action_agencies.agency_id', '=', agencyId),
        ),
        eb(
          'entity_id',
          'in',
          eb
            .selectFrom('progress_updates')
            .innerJoin('action_agencies', 'action_agencies.action_id', 'progress_updates.action_id')
            .select('progress_updates.id')
            .where('action_agencies.agency_id', '=', agencyId),
        ),
      ]),
    );
  }
  // By when the change happened: entries brought from another laptop get new ids here but keep their own time.
  const rows = await query.orderBy('at', 'desc').orderBy('id', 'desc').limit(filter.limit).execute();
  return withSubjects(db, await withAgencyNames(db, rows.map(toChangeEntry)));
}

/** The people who appear in a plan's history, for the filter's list. */
export async function listHistoryUsers(db: DbOrTx, planId: Id): Promise<string[]> {
  const rows = await db
    .selectFrom('change_history')
    .select('user_name')
    .distinct()
    .where((eb) => inPlan(eb, planId))
    .orderBy('user_name')
    .execute();
  return rows.map((r) => r.user_name);
}
