// Merging a whole-plan package: what the reviewer accepted is written in one transaction, traced with source
// 'package' and the file; the package's history entries and snapshots not yet here come with it (by id, so never
// twice), except the entries of changes the reviewer did not accept. A plan new to this workspace comes in whole.
import { randomUUID } from 'node:crypto';
import type { MergeOutcome, ReviewDecision } from '../../../shared/domain';
import { AppError, assertNever } from '../../../shared/result';
import { agencyIdOf, loadAgencyIndex } from '../agencies/registry';
import type { Db, DbOrTx } from '../db/schema';
import { batchChanged, countBroughtBy, dropRecreatedEntries, lastDeletionBatch, recordChanges, type FieldChange } from '../history/store';
import type { ChangeContext } from '../host/context';
import { positionBetween, updateRow } from '../history/tracked-update';
import { replaceLinks } from '../plan/plan-commands';
import { actionRow, indicatorRow, prepareAgencies, writePlanFile, type AgencyLinkRow } from '../planfile/write-plan-file';
import type { PlanFileAction } from '../planfile/format';
import { resolveDecisions } from '../review/decisions';
import { countSnapshotsBroughtBy, insertBroughtSnapshots } from '../snapshots/snapshots';
import { recordDecisions } from '../review/record-decisions';
import { canRevertCleanly } from '../review/undo-check';
import { SPECIAL_REVERTS } from './special-reverts';
import { BROUGHT, broughtWords, importHistory } from './brought';
import { PARENT_COLUMN, type PackWrite, type PlacedTable } from './compare/planned-change';
import { NO_PROGRESS, type Progress } from '../progress/progress';
import { reviewPack, type PackContents } from './open-pack';
import { live } from '../db/live';

const NOUN: Readonly<Record<PlacedTable, string>> = { chapters: 'chapter', policy_statements: 'policy statement', actions: 'action', indicators: 'indicator' };

async function requireLive(tx: DbOrTx, table: PlacedTable, id: string, what: string): Promise<void> {
  const row = await tx.selectFrom(table).select('id').where('id', '=', id).where(live()).executeTakeFirst();
  if (!row) throw new AppError('conflict', `${what} cannot be merged: the ${NOUN[table]} it belongs to is not in this plan (accept it too)`);
}

/** The position that puts an item after the first of `after` (its siblings in the package, nearest first) found here. */
async function placeAfter(tx: DbOrTx, table: PlacedTable, parentId: string, movingId: string | null, after: readonly string[]): Promise<number> {
  // Kysely types each table apart; these four share the columns read here.
  const siblings = (await tx
    .selectFrom(table as 'actions')
    .select(['id', 'position'])
    .where(PARENT_COLUMN[table] as 'statement_id', '=', parentId)
    .where(live())
    .orderBy('position')
    .execute()).filter((s) => s.id !== movingId);
  for (const id of after) {
    const at = siblings.findIndex((s) => s.id === id);
    if (at !== -1) return positionBetween(siblings[at]!.position, siblings[at + 1]?.position ?? null);
  }
  return positionBetween(null, siblings[0]?.position ?? null);
}

/** The local reporting period of a package's period (by kind and first month), made when missing. */
async function localPeriodId(tx: DbOrTx, planId: string, period: { id: string; kind: string; label: string; start: string; end: string }): Promise<string> {
  const here = await tx.selectFrom('reporting_periods').select('id').where('plan_id', '=', planId).where('kind', '=', period.kind).where('start_month', '=', period.start).executeTakeFirst();
  if (here) return here.id;
  const clash = await tx.selectFrom('reporting_periods').select('id').where('id', '=', period.id).executeTakeFirst();
  const id = clash ? randomUUID() : period.id;
  await tx.insertInto('reporting_periods').values({ id, plan_id: planId, kind: period.kind, label: period.label, start_month: period.start, end_month: period.end, position: 0 }).execute();
  return id;
}

/**
 * The registry ids of an action's agency references; an agency the package knows and this workspace does not is
 * added as the package describes it (its id kept), traced with the merge.
 */
async function agencyIdsOf(tx: DbOrTx, context: ChangeContext, contents: PackContents, refs: readonly string[]): Promise<string[]> {
  let index = await loadAgencyIndex(tx);
  const describedBy = (refsOf: readonly string[]) => contents.planFile.agencies.filter((a) => refsOf.some((ref) => ref === a.id || ref === a.acronym || ref === a.name));
  let unknown = refs.filter((ref) => agencyIdOf(index, ref) === null);
  if (unknown.length > 0 && (await reviveUndoneAgencies(tx, context, describedBy(unknown).flatMap((a) => (a.id ? [a.id] : []))))) {
    index = await loadAgencyIndex(tx);
    unknown = refs.filter((ref) => agencyIdOf(index, ref) === null);
  }
  if (unknown.length > 0) {
    const described = describedBy(unknown);
    const created: FieldChange[] = [];
    const agencies = await prepareAgencies(tx, described, context.at, created, []);
    const rows: AgencyLinkRow[] = [];
    // Only the agency ids of the rows are read here; the caller writes the links.
    await agencies.link(refs, '', 'lead', rows);
    await recordChanges(tx, context, created);
    return rows.map((r) => r.agency_id);
  }
  return [...new Set(refs.map((ref) => agencyIdOf(index, ref)!))];
}

/**
 * Agencies an earlier merge of a package added and its undo removed again: brought back (traced, so that undo removes
 * them again) rather than added a second time under the same id. Whether any was.
 */
async function reviveUndoneAgencies(tx: DbOrTx, context: ChangeContext, ids: readonly string[]): Promise<boolean> {
  let revived = false;
  for (const id of ids) {
    const removal = await lastDeletionBatch(tx, 'agency', id);
    if (!removal) continue;
    const byPackageUndo = await batchChanged(tx, removal, 'plan_package');
    const removed = await tx.selectFrom('agencies').select('id').where('id', '=', id).where('deleted_at', 'is not', null).executeTakeFirst();
    if (!byPackageUndo || !removed) continue;
    await updateRow(tx, context, { table: 'agencies', id, planId: null }, { deleted_at: null });
    revived = true;
  }
  return revived;
}

async function addAction(tx: DbOrTx, context: ChangeContext, planId: string, contents: PackContents, statementId: string, action: PlanFileAction, after: readonly string[]): Promise<void> {
  const id = action.id!;
  await requireLive(tx, 'policy_statements', statementId, `Action ${action.code}`);
  // Inserted, or written over the row of an earlier merge of it that was undone (removed, with its links).
  const row = actionRow(action, id, statementId, await placeAfter(tx, 'actions', statementId, null, after), context.at);
  await tx.insertInto('actions').values(row).onConflict((oc) => oc.column('id').doUpdateSet(row)).execute();
  await tx.deleteFrom('action_agencies').where('action_id', '=', id).execute();
  for (const [role, refs] of [['lead', action.lead.agencies], ['collaborator', action.collaborators.agencies]] as const) {
    const ids = await agencyIdsOf(tx, context, contents, refs);
    if (ids.length > 0) await tx.insertInto('action_agencies').values(ids.map((agency_id, position) => ({ action_id: id, agency_id, role, position }))).execute();
  }
  for (const [position, indicator] of action.indicators.entries()) {
    const indicatorValues = indicatorRow(indicator, indicator.id ?? randomUUID(), id, position + 1, context.at);
    await tx.insertInto('indicators').values(indicatorValues).onConflict((oc) => oc.column('id').doUpdateSet(indicatorValues)).execute();
  }
  await recordChanges(tx, context, [{ planId, entity: 'action', entityId: id, field: 'created', oldValue: null, newValue: `${action.code} ${action.title}`.trim() }]);
}

/** A plan new to this workspace: written whole; its history, snapshots and progress come with it when its ids are free. */
async function addWholePlan(tx: DbOrTx, context: ChangeContext, contents: PackContents, mergeId: number): Promise<{ planId: string; notes: string[] }> {
  const { planIds, notes } = await writePlanFile(tx, contents.planFile, context);
  const planId = planIds[0]!;
  if (planId !== contents.manifest.planId) return { planId, notes: [...notes, 'The plan came in as a copy with new ids, so its history, snapshots and progress were left out'] };
  await importHistory(tx, planId, mergeId, contents.history, () => false);
  // Its records were created on the other laptop, whose "created" entries just came: writing it here is no second creation.
  if (context.batchId) await dropRecreatedEntries(tx, planId, context.batchId, mergeId);
  await insertBroughtSnapshots(tx, planId, mergeId, contents.snapshots, 'new-id');
  const periodIds = new Map<string, string>();
  for (const p of contents.progress.periods) {
    const clash = await tx.selectFrom('reporting_periods').select('id').where('id', '=', p.id).executeTakeFirst();
    const id = clash ? randomUUID() : p.id;
    periodIds.set(p.id, id);
    await tx.insertInto('reporting_periods').values({ id, plan_id: planId, kind: p.kind, label: p.label, start_month: p.start, end_month: p.end, position: 0 }).execute();
  }
  for (const u of contents.progress.updates) {
    const periodId = periodIds.get(u.periodId);
    if (!periodId) continue;
    const clash = await tx.selectFrom('progress_updates').select('id').where('id', '=', u.id).executeTakeFirst();
    await tx
      .insertInto('progress_updates')
      .values({
        id: clash ? randomUUID() : u.id,
        action_id: u.actionId,
        indicator_id: u.indicatorId,
        period_id: periodId,
        status: u.status,
        actual_text: u.actualText,
        actual_value: u.actualValue,
        narrative: u.narrative,
        support_needed: u.supportNeeded,
        source: u.source,
        created_at: u.createdAt,
        updated_at: u.updatedAt,
      })
      .execute();
  }
  return { planId, notes: [...notes] };
}

async function applyWrite(tx: DbOrTx, context: ChangeContext, planId: string, contents: PackContents, mergeId: number, write: PackWrite): Promise<string> {
  switch (write.kind) {
    case 'update':
      await updateRow(tx, context, { table: write.table, id: write.id, planId: write.table === 'agencies' ? null : planId }, write.columns);
      if (write.links) await replaceLinks(tx, context, { actionId: write.id, planId, role: write.links.role, agencyIds: await agencyIdsOf(tx, context, contents, write.links.refs) }, []);
      return write.id;
    case 'addChapter': {
      const id = write.chapter.id!;
      const position = await placeAfter(tx, 'chapters', planId, null, write.after);
      const row = { id, plan_id: planId, code: write.chapter.code, title: write.chapter.title, position, created_at: context.at, updated_at: context.at, deleted_at: null };
      await tx.insertInto('chapters').values(row).onConflict((oc) => oc.column('id').doUpdateSet(row)).execute();
      await recordChanges(tx, context, [{ planId, entity: 'chapter', entityId: id, field: 'created', oldValue: null, newValue: `${write.chapter.code} ${write.chapter.title}`.trim() }]);
      return id;
    }
    case 'addStatement': {
      await requireLive(tx, 'chapters', write.chapterId, `Statement ${write.statement.code}`);
      const id = write.statement.id!;
      const position = await placeAfter(tx, 'policy_statements', write.chapterId, null, write.after);
      const row = { id, chapter_id: write.chapterId, code: write.statement.code, text: write.statement.text, position, created_at: context.at, updated_at: context.at, deleted_at: null };
      await tx.insertInto('policy_statements').values(row).onConflict((oc) => oc.column('id').doUpdateSet(row)).execute();
      await recordChanges(tx, context, [{ planId, entity: 'statement', entityId: id, field: 'created', oldValue: null, newValue: `${write.statement.code} ${write.statement.text}`.trim() }]);
      return id;
    }
    case 'addAction':
      await addAction(tx, context, planId, contents, write.statementId, write.action, write.after);
      return write.action.id!;
    case 'addIndicator': {
      await requireLive(tx, 'actions', write.actionId, `Indicator "${write.indicator.name}"`);
      const id = write.indicator.id!;
      const position = await placeAfter(tx, 'indicators', write.actionId, null, write.after);
      const row = indicatorRow(write.indicator, id, write.actionId, position, context.at);
      await tx.insertInto('indicators').values(row).onConflict((oc) => oc.column('id').doUpdateSet(row)).execute();
      await recordChanges(tx, context, [{ planId, entity: 'indicator', entityId: id, field: 'created', oldValue: null, newValue: write.indicator.name }]);
      return id;
    }
    case 'move': {
      if (write.table !== 'chapters') {
        const parentTable: PlacedTable = write.table === 'policy_statements' ? 'chapters' : write.table === 'actions' ? 'policy_statements' : 'actions';
        await requireLive(tx, parentTable, write.parentId, `Moving this ${NOUN[write.table]}`);
      }
      const position = await placeAfter(tx, write.table, write.parentId, write.id, write.after);
      await updateRow(tx, context, { table: write.table, id: write.id, planId }, { [PARENT_COLUMN[write.table]]: write.parentId, position });
      return write.id;
    }
    case 'remove': {
      const child =
        write.table === 'chapters'
          ? await tx.selectFrom('policy_statements').select(['code', 'text as title']).where('chapter_id', '=', write.id).where(live()).executeTakeFirst()
          : write.table === 'policy_statements'
            ? await tx.selectFrom('actions').select(['code', 'title']).where('statement_id', '=', write.id).where(live()).executeTakeFirst()
            : undefined;
      if (child) {
        const row = await tx.selectFrom(write.table as 'chapters').select('code').where('id', '=', write.id).executeTakeFirstOrThrow();
        throw new AppError(
          'conflict',
          `The removal of ${NOUN[write.table]} ${row.code} cannot be merged: it still holds ${write.table === 'chapters' ? 'policy statement' : 'action'} ${`${child.code} ${child.title}`.trim().slice(0, 80)} here; accept that removal too, or move it out first`,
        );
      }
      await updateRow(tx, context, { table: write.table, id: write.id, planId }, { deleted_at: context.at });
      return write.id;
    }
    case 'progress': {
      await requireLive(tx, 'actions', write.actionId, `Progress for ${write.period.label}`);
      if (write.indicatorId !== null) await requireLive(tx, 'indicators', write.indicatorId, `The actual for ${write.period.label}`);
      const periodId = await localPeriodId(tx, planId, write.period);
      let query = tx.selectFrom('progress_updates').select('id').where('action_id', '=', write.actionId).where('period_id', '=', periodId);
      query = write.indicatorId === null ? query.where('indicator_id', 'is', null) : query.where('indicator_id', '=', write.indicatorId);
      let row = await query.executeTakeFirst();
      if (!row) {
        // Created empty, then filled like an edit, so that undo simply empties it again; the package's id is kept when free.
        const clash = await tx.selectFrom('progress_updates').select('id').where('id', '=', write.rowId).executeTakeFirst();
        row = { id: clash ? randomUUID() : write.rowId };
        await tx
          .insertInto('progress_updates')
          .values({ id: row.id, action_id: write.actionId, indicator_id: write.indicatorId, period_id: periodId, created_at: context.at, updated_at: context.at, source: context.source })
          .execute();
      }
      await updateRow(tx, context, { table: 'progress_updates', id: row.id, planId }, write.columns);
      return row.id;
    }
    case 'newPlan':
      return (await addWholePlan(tx, context, contents, mergeId)).planId;
    default:
      return assertNever(write, 'package write');
  }
}

/** Phases of a merge: a whole plan; new and moved items, parents first in the package's order; fields; removals, children first. */
const PHASE: Readonly<Record<PackWrite['kind'], number>> = { newPlan: 0, addChapter: 1, addStatement: 1, addAction: 1, addIndicator: 1, move: 1, update: 2, progress: 3, remove: 4 };

/** Merges what was accepted in one transaction; a cancel (at a `progress` step) takes all of it back. */
export async function mergePack(
  db: Db,
  context: ChangeContext,
  input: { path: string; expectedSha256?: string; decisions: readonly ReviewDecision[]; /** The name the history gives the file, when not its path (a dropped package). */ sourceFile?: string },
  progress: Progress = NO_PROGRESS,
): Promise<MergeOutcome> {
  const sourceFile = input.sourceFile ?? input.path;
  const opened = await reviewPack(db, input.path, progress);
  const { file, contents } = opened;
  if (file.refused !== null || !contents) throw new AppError('bad_file', `Nothing was merged: ${file.refused}`);
  if (input.expectedSha256 && input.expectedSha256 !== file.sha256) throw new AppError('conflict', `Nothing was merged: ${file.fileName} changed since it was opened; open it again`);
  const decided = resolveDecisions([file], input.decisions);
  const planOf = (d: (typeof decided)[number]) => opened.planned.get(d.change.id)!;
  // A plan new to this workspace is the package's one change: declined, there is nothing to merge, and a record of a
  // merge (and of decisions) about a plan this workspace does not hold would say otherwise.
  if (decided.some((d) => planOf(d).write.kind === 'newPlan' && !d.accept)) {
    throw new AppError('invalid_input', `Nothing was merged: ${file.fileName} holds a plan this workspace does not have, and it was not accepted`);
  }
  const accepted = decided
    .filter((d) => d.accept)
    .sort((a, b) => {
      const pa = planOf(a);
      const pb = planOf(b);
      const phase = PHASE[pa.write.kind] - PHASE[pb.write.kind];
      if (phase !== 0) return phase;
      return pa.write.kind === 'remove' ? pb.sequence - pa.sequence : pa.sequence - pb.sequence;
    });
  // The other laptop's entries about what was not accepted stay out of this history: they would say the plan holds them.
  const leftOut = new Set(decided.filter((d) => !d.accept).flatMap((d) => planOf(d).covers));
  const batchId = context.batchId ?? randomUUID();
  const packContext: ChangeContext = { ...context, source: 'package', sourceFile, batchId };
  const entityIds = new Set<string>();
  let planId = contents.manifest.planId;
  await db.transaction().execute(async (tx) => {
    // The merge's record comes first: what the package brings is marked with it.
    const merge = await tx
      .insertInto('plan_packages_merged')
      .values({
        pack_id: contents.manifest.packId,
        plan_id: planId,
        file: sourceFile,
        created_by: contents.manifest.createdBy,
        created_at: contents.manifest.createdAt,
        merged_by: context.user,
        merged_at: context.at,
        batch_id: batchId,
        accepted: accepted.length,
        rejected: decided.length - accepted.length,
        deleted_at: null,
        set_aside: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    progress.phase('Merging the accepted changes', accepted.length, 'changes');
    for (const [done, d] of accepted.entries()) {
      progress.step(done);
      const write = planOf(d).write;
      const id = await applyWrite(tx, packContext, planId, contents, merge.id, write);
      if (write.kind === 'newPlan') planId = id;
      entityIds.add(id);
    }
    progress.phase('Bringing the history and snapshots');
    if (!file.source || file.source.kind !== 'package' || !file.source.newPlan) {
      await importHistory(tx, planId, merge.id, contents.history, (h) => leftOut.has(`${h.entityId}|${h.field}`) || leftOut.has(`${h.entityId}|*`));
      await insertBroughtSnapshots(tx, planId, merge.id, contents.snapshots, 'skip');
    }
    await recordDecisions(tx, context, { kind: 'package', packageId: contents.manifest.packId, planId, sourceFile, batchId }, decided);
    if (planId !== contents.manifest.planId) await tx.updateTable('plan_packages_merged').set({ plan_id: planId }).where('id', '=', merge.id).execute();
    // The package being merged, and what it brought, are changes of this batch: undoing the merge takes them back in
    // the same transaction as the plan's values (and redo merges them again).
    const brought = await countBroughtBy(tx, merge.id);
    const snapshots = await countSnapshotsBroughtBy(tx, merge.id);
    const mergeId = String(merge.id);
    await recordChanges(tx, packContext, [
      { planId, entity: 'plan_package', entityId: mergeId, field: 'created', oldValue: null, newValue: contents.manifest.packId },
      ...(brought + snapshots > 0
        ? [{ planId, entity: 'plan_package' as const, entityId: mergeId, field: BROUGHT, oldValue: null, newValue: broughtWords(brought, snapshots) }]
        : []),
    ]);
    // The last point a cancel stops the merge: the transaction then takes all of it back.
    progress.step(1);
  });
  const whole = accepted.some((d) => planOf(d).write.kind === 'newPlan');
  return {
    planId,
    batchId,
    accepted: accepted.length,
    rejected: decided.length - accepted.length,
    // A plan new here comes whole (its reporting periods and progress too), which undo does not take back.
    undoable: !whole && (await canRevertCleanly(db, batchId, SPECIAL_REVERTS)),
    entityIds: [...entityIds],
  };
}
