// Merging a whole-plan package: what the reviewer accepted is written in one transaction, traced with source
// 'package' and the file. A plan new to this workspace comes in whole, with its history, snapshots and progress.
import { randomUUID } from 'node:crypto';
import type { MergeOutcome, ReviewDecision } from '../../../shared/domain';
import { AppError, assertNever } from '../../../shared/result';
import { loadAgencyIndex } from '../agencies/registry';
import type { Db, DbOrTx } from '../db/schema';
import { recordChanges, type ChangeContext } from '../history/history';
import { positionAfterLast, updateRow } from '../plan/entity-update';
import { LINK_REVERTS } from '../plan/plan-commands';
import { actionRow, indicatorRow, writePlanFile } from '../planfile/write-plan-file';
import type { PlanFileAction } from '../planfile/format';
import { resolveDecisions } from '../exchange/decisions';
import { canRevertCleanly } from '../exchange/undo-check';
import { reviewPack, type PackContents, type PackWrite } from './open-pack';

async function requireLive(tx: DbOrTx, table: 'chapters' | 'policy_statements' | 'actions', id: string, what: string): Promise<void> {
  const row = await tx.selectFrom(table).select('id').where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
  if (!row) throw new AppError('conflict', `${what} cannot be added: the ${table === 'chapters' ? 'chapter' : table === 'policy_statements' ? 'policy statement' : 'action'} it belongs to is not in this plan (accept it too)`);
}


async function addAction(tx: DbOrTx, context: ChangeContext, planId: string, statementId: string, action: PlanFileAction): Promise<void> {
  const id = action.id!;
  await requireLive(tx, 'policy_statements', statementId, `Action ${action.code}`);
  const last = await tx.selectFrom('actions').select((eb) => eb.fn.max('position').as('p')).where('statement_id', '=', statementId).executeTakeFirst();
  await tx.insertInto('actions').values(actionRow(action, id, statementId, positionAfterLast(last?.p), context.at)).execute();
  const index = await loadAgencyIndex(tx);
  for (const [role, refs] of [['lead', action.lead.agencies], ['collaborator', action.collaborators.agencies]] as const) {
    const ids = [...new Set(refs.map((ref) => (index.byId.has(ref) ? ref : index.byKey(ref).length === 1 ? index.byKey(ref)[0]!.id : null)).filter((x): x is string => x !== null))];
    if (ids.length > 0) await tx.insertInto('action_agencies').values(ids.map((agency_id, position) => ({ action_id: id, agency_id, role, position }))).execute();
  }
  for (const [position, indicator] of action.indicators.entries()) {
    await tx.insertInto('indicators').values(indicatorRow(indicator, indicator.id ?? randomUUID(), id, position + 1, context.at)).execute();
  }
  await recordChanges(tx, context, [{ planId, entity: 'action', entityId: id, field: 'created', oldValue: null, newValue: `${action.code} ${action.title}`.trim() }]);
}

/** A plan new to this workspace: written whole; its history, snapshots and progress come with it when its ids are free. */
async function addWholePlan(tx: DbOrTx, context: ChangeContext, contents: PackContents): Promise<{ planId: string; notes: string[] }> {
  const { planIds, notes } = await writePlanFile(tx, contents.planFile, context);
  const planId = planIds[0]!;
  if (planId !== contents.manifest.planId) return { planId, notes: [...notes, 'The plan came in as a copy with new ids, so its history, snapshots and progress were left out'] };
  for (let i = 0; i < contents.history.length; i += 400) {
    await tx
      .insertInto('change_history')
      .values(
        contents.history.slice(i, i + 400).map((h) => ({
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
        })),
      )
      .execute();
  }
  for (const s of contents.snapshots) {
    const clash = await tx.selectFrom('snapshots').select('id').where('id', '=', s.id).executeTakeFirst();
    await tx.insertInto('snapshots').values({ id: clash ? randomUUID() : s.id, plan_id: planId, name: s.name, taken_at: s.takenAt, created_by: s.createdBy, content: s.content }).execute();
  }
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

async function applyWrite(tx: DbOrTx, context: ChangeContext, planId: string, contents: PackContents, write: PackWrite): Promise<string> {
  switch (write.kind) {
    case 'update':
      await updateRow(tx, context, { table: write.table, id: write.id, planId: write.table === 'agencies' ? null : planId }, write.columns);
      return write.id;
    case 'addChapter': {
      const last = await tx.selectFrom('chapters').select((eb) => eb.fn.max('position').as('p')).where('plan_id', '=', planId).executeTakeFirst();
      const id = write.chapter.id!;
      await tx.insertInto('chapters').values({ id, plan_id: planId, code: write.chapter.code, title: write.chapter.title, position: positionAfterLast(last?.p), created_at: context.at, updated_at: context.at, deleted_at: null }).execute();
      await recordChanges(tx, context, [{ planId, entity: 'chapter', entityId: id, field: 'created', oldValue: null, newValue: `${write.chapter.code} ${write.chapter.title}`.trim() }]);
      return id;
    }
    case 'addStatement': {
      await requireLive(tx, 'chapters', write.chapterId, `Statement ${write.statement.code}`);
      const last = await tx.selectFrom('policy_statements').select((eb) => eb.fn.max('position').as('p')).where('chapter_id', '=', write.chapterId).executeTakeFirst();
      const id = write.statement.id!;
      await tx
        .insertInto('policy_statements')
        .values({ id, chapter_id: write.chapterId, code: write.statement.code, text: write.statement.text, position: positionAfterLast(last?.p), created_at: context.at, updated_at: context.at, deleted_at: null })
        .execute();
      await recordChanges(tx, context, [{ planId, entity: 'statement', entityId: id, field: 'created', oldValue: null, newValue: `${write.statement.code} ${write.statement.text}`.trim() }]);
      return id;
    }
    case 'addAction':
      await addAction(tx, context, planId, write.statementId, write.action);
      return write.action.id!;
    case 'addIndicator': {
      await requireLive(tx, 'actions', write.actionId, `Indicator "${write.indicator.name}"`);
      const last = await tx.selectFrom('indicators').select((eb) => eb.fn.max('position').as('p')).where('action_id', '=', write.actionId).executeTakeFirst();
      const id = write.indicator.id!;
      await tx.insertInto('indicators').values(indicatorRow(write.indicator, id, write.actionId, positionAfterLast(last?.p), context.at)).execute();
      await recordChanges(tx, context, [{ planId, entity: 'indicator', entityId: id, field: 'created', oldValue: null, newValue: write.indicator.name }]);
      return id;
    }
    case 'snapshot': {
      const s = write.snapshot;
      await tx.insertInto('snapshots').values({ id: s.id, plan_id: planId, name: s.name, taken_at: s.takenAt, created_by: s.createdBy, content: s.content }).execute();
      await recordChanges(tx, context, [{ planId, entity: 'snapshot', entityId: s.id, field: 'created', oldValue: null, newValue: s.name }]);
      return s.id;
    }
    case 'newPlan':
      return (await addWholePlan(tx, context, contents)).planId;
    default:
      return assertNever(write, 'package write');
  }
}

/** The order writes must happen in: parents before children, field changes after additions. */
const ORDER: Readonly<Record<PackWrite['kind'], number>> = { newPlan: 0, addChapter: 1, addStatement: 2, addAction: 3, addIndicator: 4, update: 5, snapshot: 6 };

export async function mergePack(db: Db, context: ChangeContext, input: { path: string; expectedSha256?: string; decisions: readonly ReviewDecision[] }): Promise<MergeOutcome> {
  const opened = await reviewPack(db, input.path);
  const { file, contents } = opened;
  if (file.refused !== null || !contents) throw new AppError('bad_file', `Nothing was merged: ${file.refused}`);
  if (input.expectedSha256 && input.expectedSha256 !== file.sha256) throw new AppError('conflict', `Nothing was merged: ${file.fileName} changed since it was opened; open it again`);
  const decided = resolveDecisions([file], input.decisions);
  const accepted = decided.filter((d) => d.accept).sort((a, b) => ORDER[opened.writes.get(a.change.id)!.kind] - ORDER[opened.writes.get(b.change.id)!.kind]);
  const batchId = context.batchId ?? randomUUID();
  const packContext: ChangeContext = { ...context, source: 'package', sourceFile: input.path, batchId };
  const entityIds = new Set<string>();
  let planId = contents.manifest.planId;
  await db.transaction().execute(async (tx) => {
    for (const d of accepted) {
      const write = opened.writes.get(d.change.id)!;
      const id = await applyWrite(tx, packContext, planId, contents, write);
      if (write.kind === 'newPlan') planId = id;
      entityIds.add(id);
    }
    for (const d of decided) {
      await tx
        .insertInto('review_decisions')
        .values({
          kind: 'package',
          package_id: contents.manifest.packId,
          plan_id: planId,
          change_id: d.change.id,
          entity: d.change.entity,
          entity_id: d.change.entityId,
          field: d.change.field,
          old_value: d.change.oldValue,
          new_value: d.change.newValue,
          conflict: d.change.conflict,
          accepted: d.accept ? 1 : 0,
          note: d.note,
          source_file: input.path,
          decided_by: context.user,
          decided_at: context.at,
          batch_id: batchId,
        })
        .execute();
    }
    await tx
      .insertInto('plan_packages_merged')
      .values({
        pack_id: contents.manifest.packId,
        plan_id: planId,
        file: input.path,
        created_by: contents.manifest.createdBy,
        created_at: contents.manifest.createdAt,
        merged_by: context.user,
        merged_at: context.at,
        batch_id: batchId,
        accepted: accepted.length,
        rejected: decided.length - accepted.length,
      })
      .execute();
  });
  const whole = accepted.some((d) => opened.writes.get(d.change.id)!.kind === 'newPlan');
  return {
    planId,
    batchId,
    accepted: accepted.length,
    rejected: decided.length - accepted.length,
    // A whole plan brings history and snapshots that undo cannot take back one by one.
    undoable: accepted.length > 0 && !whole && (await canRevertCleanly(db, batchId, new Set(Object.keys(LINK_REVERTS)))),
    entityIds: [...entityIds],
  };
}
