// The change history: who changed what, when, from where. Every service writes its entries in the same
// transaction as the change itself, so a change and its trace commit together or not at all.
import type { ChangeEntry, ChangeSource, HistoryFilter, Id } from '../../../shared/domain';
import { formatMonth, type Month } from '../../../shared/months';
import { sql, type ExpressionBuilder, type RawBuilder } from 'kysely';
import { insertRows } from '../db/insert-rows';
import type { ChangeHistoryRow, Database, DbOrTx } from '../db/schema';
import type { ChangeContext } from '../host/context';
import { fileNameOf } from '../text/file-names';

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
  | 'plan_package'
  /** A plan's delivery-rating thresholds (core/ratings). */
  | 'rating_settings'
  /** The analyst's rating of an action for a reporting period (core/ratings). */
  | 'rating_override'
  /** The steering committee's pages for a meeting: key messages, items for information (core/committee). */
  | 'committee_page'
  /** A decision sought from the committee (core/committee). */
  | 'committee_decision';

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

export async function recordChanges(db: DbOrTx, context: ChangeContext, changes: readonly FieldChange[]): Promise<void> {
  const sourceFile = context.sourceFile ? fileNameOf(context.sourceFile) : null;
  const rows = changes.map((change) => ({
    at: context.at,
    user_name: context.user,
    plan_id: change.planId,
    entity: change.entity,
    entity_id: change.entityId,
    field: change.field,
    old_value: asText(change.oldValue),
    new_value: asText(change.newValue),
    source: context.source,
    source_file: sourceFile,
    batch_id: context.batchId ?? null,
  }));
  await insertRows(db, 'change_history', rows);
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
    ...(row.source === 'import' && row.batch_id ? { importBatchId: row.batch_id } : {}),
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

type HistoryScope = (eb: ExpressionBuilder<Database, 'change_history'>) => ReturnType<ExpressionBuilder<Database, 'change_history'>['and']>;

/**
 * A plan's entries, in two parts each read through the history's time index (plan_id, at): those recorded for the
 * plan, and changes to registry agencies its actions name (the registry is the workspace's, so agency edits carry no
 * plan: renaming MoIC still changes what the plan reads). One OR of both would read every entry of the plan to sort.
 */
function planScopes(planId: Id): readonly HistoryScope[] {
  return [
    (eb) => eb.and([eb('plan_id', '=', planId)]),
    (eb) =>
      eb.and([
        eb('plan_id', 'is', null),
        eb('entity', '=', 'agency'),
        eb(
          'entity_id',
          'in',
          eb
            .selectFrom('action_agencies')
            .innerJoin('actions', 'actions.id', 'action_agencies.action_id')
            .innerJoin('policy_statements', 'policy_statements.id', 'actions.statement_id')
            .innerJoin('chapters', 'chapters.id', 'policy_statements.chapter_id')
            .select('action_agencies.agency_id')
            .where('chapters.plan_id', '=', planId),
        ),
      ]),
  ];
}

function inPlan(eb: ExpressionBuilder<Database, 'change_history'>, planId: Id) {
  return eb.or(planScopes(planId).map((scope) => scope(eb)));
}

/** One part of the History's query: newest first, filtered, at most filter.limit entries (exported for its query plan test). */
export function historyQuery(db: DbOrTx, filter: HistoryFilter, part: 0 | 1) {
  const scope = planScopes(filter.planId)[part]!;
  let query = db.selectFrom('change_history').selectAll().where((eb) => scope(eb));
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
  return query.orderBy('at', 'desc').orderBy('id', 'desc').limit(filter.limit);
}

/** The plan's change log, newest first (by when each change happened), filtered by date, person, agency, source or entity. */
export async function listHistory(db: DbOrTx, filter: HistoryFilter): Promise<ChangeEntry[]> {
  const parts = [await historyQuery(db, filter, 0).execute(), await historyQuery(db, filter, 1).execute()];
  const rows = parts
    .flat()
    .sort((a, b) => (a.at === b.at ? b.id - a.id : a.at < b.at ? 1 : -1))
    .slice(0, filter.limit);
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

// ---- What other capabilities read and write of the history: change_history is touched nowhere else ----

/** Every entry of a plan, oldest first (a package carries them; a merge compares with them). */
/** The plan's entries written at any of these moments (the only ones another copy of an entry could match). */
export async function planHistoryAt(db: DbOrTx, planId: Id, moments: readonly string[]): Promise<ChangeHistoryRow[]> {
  const unique = [...new Set(moments)];
  const rows: ChangeHistoryRow[] = [];
  for (let i = 0; i < unique.length; i += 500) {
    rows.push(...(await db.selectFrom('change_history').selectAll().where('plan_id', '=', planId).where('at', 'in', unique.slice(i, i + 500)).execute()));
  }
  return rows;
}

/**
 * Removes the "created" entries a batch wrote for records whose own "created" entry a package merge brought: a plan
 * that came whole with its history was created once, on the laptop where it was made, not again here.
 */
export async function dropRecreatedEntries(tx: DbOrTx, planId: Id, batchId: string, mergeId: number): Promise<number> {
  const result = await tx
    .deleteFrom('change_history')
    .where('plan_id', '=', planId)
    .where('batch_id', '=', batchId)
    .where('field', '=', 'created')
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('change_history as brought')
          .select('brought.id')
          .where('brought.package_merge_id', '=', mergeId)
          .where('brought.field', '=', 'created')
          .whereRef('brought.entity', '=', 'change_history.entity')
          .whereRef('brought.entity_id', '=', 'change_history.entity_id'),
      ),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export function planHistory(db: DbOrTx, planId: Id): Promise<ChangeHistoryRow[]> {
  return db.selectFrom('change_history').selectAll().where('plan_id', '=', planId).orderBy('id').execute();
}

/** A batch's first entries as people read them (subjects and agencies named), oldest first, and how many it has. */
export async function describeBatch(db: DbOrTx, batchId: string, limit: number): Promise<{ readonly entries: ChangeEntry[]; readonly count: number }> {
  const rows = await db.selectFrom('change_history').selectAll().where('batch_id', '=', batchId).orderBy('id').limit(limit).execute();
  const counted = await db.selectFrom('change_history').select((eb) => eb.fn.countAll<number>().as('count')).where('batch_id', '=', batchId).executeTakeFirstOrThrow();
  return { entries: await withSubjects(db, await withAgencyNames(db, rows.map(toChangeEntry))), count: Number(counted.count) };
}

/** The entries of one batch, newest first: what undo reverts. */
export function batchEntries(db: DbOrTx, batchId: string): Promise<ChangeHistoryRow[]> {
  return db.selectFrom('change_history').selectAll().where('batch_id', '=', batchId).orderBy('id', 'desc').execute();
}

/** Whether a batch changed an entity of this kind. */
export async function batchChanged(db: DbOrTx, batchId: string, entity: HistoryEntity): Promise<boolean> {
  return (await db.selectFrom('change_history').select('id').where('batch_id', '=', batchId).where('entity', '=', entity).executeTakeFirst()) !== undefined;
}

/** How many ids one lookup names (SQLite takes at most 32,766 parameters in one statement). */
const IDS_PER_QUERY = 500;

/** Who deleted each of these entities and when, with the batch that did it: their latest deletion entries. */
export async function deletionsOf(
  db: DbOrTx,
  entityIds: readonly Id[],
): Promise<Map<Id, { readonly at: string; readonly user: string; readonly batchId: string | null }>> {
  const found = new Map<Id, { at: string; user: string; batchId: string | null }>();
  for (let i = 0; i < entityIds.length; i += IDS_PER_QUERY) {
    const rows = await db
      .selectFrom('change_history')
      .select(['entity_id', 'at', 'user_name', 'batch_id'])
      .where('entity_id', 'in', entityIds.slice(i, i + IDS_PER_QUERY))
      .where('field', '=', 'deleted_at')
      .where('new_value', 'is not', null)
      .orderBy('id')
      .execute();
    // Oldest first: the last one read is the latest deletion.
    for (const row of rows) found.set(row.entity_id, { at: row.at, user: row.user_name, batchId: row.batch_id });
  }
  return found;
}

/** The batch that last deleted (or restored) an entity, if any. */
export async function lastDeletionBatch(db: DbOrTx, entity: HistoryEntity, entityId: Id): Promise<string | null> {
  const entry = await db
    .selectFrom('change_history')
    .select('batch_id')
    .where('entity', '=', entity)
    .where('entity_id', '=', entityId)
    .where('field', '=', 'deleted_at')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return entry?.batch_id ?? null;
}

/** The changes of a plan's actions made from `from` to `until` (ISO times, both included), oldest first. */
export function actionChangesBetween(db: DbOrTx, planId: Id, from: string, until: string) {
  return db
    .selectFrom('change_history')
    .select(['entity_id', 'at', 'user_name', 'field', 'old_value', 'new_value'])
    .where('plan_id', '=', planId)
    .where('entity', '=', 'action')
    .where('at', '>=', from)
    .where('at', '<=', until)
    .orderBy('id')
    .execute();
}

/** Who changed each action of a plan last by `until` (an ISO time), and when. */
export function lastActionChangesUntil(db: DbOrTx, planId: Id, until: string) {
  return db
    .selectFrom('change_history')
    .innerJoin(
      db
        .selectFrom('change_history')
        .select(['entity_id', (eb) => eb.fn.max('id').as('last_id')])
        .where('plan_id', '=', planId)
        .where('entity', '=', 'action')
        .where('at', '<=', until)
        .groupBy('entity_id')
        .as('newest'),
      'newest.last_id',
      'change_history.id',
    )
    .select(['change_history.entity_id', 'change_history.user_name', 'change_history.at'])
    .execute();
}

/**
 * Who changed an action last, as a subquery of a larger query over actions (`action` names its id column): the
 * actions grid reads it in its one-query JSON listing (plan/action-rows.ts), by the history's (entity_id) index.
 */
export function lastEditorOfAction(action: RawBuilder<unknown>): RawBuilder<string | null> {
  return sql<string | null>`(select change_history.user_name from change_history
        where change_history.entity_id = ${action} and change_history.entity = 'action' order by change_history.id desc limit 1)`;
}

/** An entry that came from another laptop in a package, as it was written there. */
export interface BroughtEntry {
  readonly at: string;
  readonly user: string;
  readonly entity: string;
  readonly entityId: string;
  readonly field: string;
  readonly oldValue: string | null;
  readonly newValue: string | null;
  readonly source: string;
  readonly sourceFile: string | null;
}

const BROUGHT_PER_INSERT = 400;

/** Writes entries a package merge brought, marked with that merge (its undo sets them aside). */
export async function insertBrought(tx: DbOrTx, planId: Id, mergeId: number, entries: readonly BroughtEntry[]): Promise<void> {
  const rows = entries.map((h) => ({
    at: h.at,
    user_name: h.user,
    plan_id: planId,
    entity: h.entity,
    entity_id: h.entityId,
    field: h.field,
    old_value: h.oldValue,
    new_value: h.newValue,
    source: h.source,
    source_file: h.sourceFile,
    batch_id: null,
    package_merge_id: mergeId,
  }));
  for (let i = 0; i < rows.length; i += BROUGHT_PER_INSERT) await tx.insertInto('change_history').values(rows.slice(i, i + BROUGHT_PER_INSERT)).execute();
}

/** The entries a package merge brought, oldest first. */
export async function broughtBy(tx: DbOrTx, mergeId: number): Promise<BroughtEntry[]> {
  const rows = await tx.selectFrom('change_history').selectAll().where('package_merge_id', '=', mergeId).orderBy('id').execute();
  return rows.map((h) => ({ at: h.at, user: h.user_name, entity: h.entity, entityId: h.entity_id, field: h.field, oldValue: h.old_value, newValue: h.new_value, source: h.source, sourceFile: h.source_file }));
}

export async function countBroughtBy(tx: DbOrTx, mergeId: number): Promise<number> {
  const { n } = await tx.selectFrom('change_history').select((eb) => eb.fn.countAll<number>().as('n')).where('package_merge_id', '=', mergeId).executeTakeFirstOrThrow();
  return Number(n);
}

/** Notes that a package merge carried these entries too, though they were already here (brought by another merge). */
export async function recordCarried(tx: DbOrTx, mergeId: number, entryIds: readonly number[]): Promise<void> {
  const rows = entryIds.map((entryId) => ({ entry_id: entryId, package_merge_id: mergeId }));
  for (let i = 0; i < rows.length; i += BROUGHT_PER_INSERT) {
    await tx.insertInto('change_history_carried').values(rows.slice(i, i + BROUGHT_PER_INSERT)).onConflict((c) => c.doNothing()).execute();
  }
}

/**
 * Before a merge's undo sets aside what it brought: each entry another merge also carried, and that merge still
 * stands (neither undone nor set aside), passes to that merge, so the history keeps it. Returns how many passed.
 */
export async function handOverCarried(tx: DbOrTx, mergeId: number): Promise<number> {
  const carried = await tx
    .selectFrom('change_history_carried as carried')
    .innerJoin('change_history as entry', 'entry.id', 'carried.entry_id')
    .innerJoin('plan_packages_merged as merge', 'merge.id', 'carried.package_merge_id')
    .select(['carried.entry_id as entryId', 'carried.package_merge_id as carrierId'])
    .where('entry.package_merge_id', '=', mergeId)
    .where('carried.package_merge_id', '!=', mergeId)
    .where('merge.deleted_at', 'is', null)
    .where('merge.set_aside', 'is', null)
    .orderBy('carried.package_merge_id')
    .execute();
  const carrierOf = new Map<number, number>();
  for (const { entryId, carrierId } of carried) if (!carrierOf.has(entryId)) carrierOf.set(entryId, carrierId);
  for (const [entryId, carrierId] of carrierOf) {
    await tx.updateTable('change_history').set({ package_merge_id: carrierId }).where('id', '=', entryId).execute();
    await tx.deleteFrom('change_history_carried').where('entry_id', '=', entryId).where('package_merge_id', '=', carrierId).execute();
  }
  return carrierOf.size;
}

export async function deleteBroughtBy(tx: DbOrTx, mergeId: number): Promise<void> {
  await tx.deleteFrom('change_history').where('package_merge_id', '=', mergeId).execute();
}
