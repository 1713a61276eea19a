// Snapshots: a plan frozen as it stood at a date (typically a steering committee meeting), and the
// comparison of the plan now with one: actions added and removed, status changes, slipped ends, changed targets.
import { randomUUID } from 'node:crypto';
import type { ActionGridRow, Snapshot, SnapshotComparison } from '../../../shared/domain';
import { monthsBetween } from '../../../shared/months';
import { AppError } from '../../../shared/result';
import type { SnapshotActionDates } from '../../../shared/timeline/snapshot-dates';
import type { Db, DbOrTx } from '../db/schema';
import { recordChanges } from '../history/store';
import type { ChangeContext } from '../host/context';
import { exportPlanFile } from '../planfile/export-plan-file';
import { planFilePlan, type PlanFileAction, type PlanFilePlan } from '../planfile/format';

function actionsOf(plan: PlanFilePlan): Map<string, PlanFileAction> {
  const map = new Map<string, PlanFileAction>();
  for (const chapter of plan.chapters) for (const statement of chapter.statements) for (const action of statement.actions) map.set(action.id ?? '', action);
  return map;
}

function toSnapshot(row: { id: string; plan_id: string; name: string; taken_at: string; created_by: string; content: string }): Snapshot {
  const plan = JSON.parse(row.content) as PlanFilePlan;
  return { id: row.id, planId: row.plan_id, name: row.name, takenAt: row.taken_at, createdBy: row.created_by, actions: actionsOf(plan).size };
}

async function planAsFile(db: DbOrTx, planId: string): Promise<PlanFilePlan> {
  const file = await exportPlanFile(db, [planId]);
  const plan = file.plans[0];
  if (!plan) throw new AppError('not_found', `No plan with id ${planId} in this workspace`);
  return plan;
}

export async function takeSnapshot(db: Db, context: ChangeContext, input: { planId: string; name: string }): Promise<Snapshot> {
  return db.transaction().execute(async (tx) => {
    const plan = await planAsFile(tx, input.planId);
    const row = { id: randomUUID(), plan_id: input.planId, name: input.name, taken_at: context.at, created_by: context.user, content: JSON.stringify(plan) };
    await tx.insertInto('snapshots').values(row).execute();
    await recordChanges(tx, context, [{ planId: input.planId, entity: 'snapshot', entityId: row.id, field: 'created', oldValue: null, newValue: input.name }]);
    return toSnapshot(row);
  });
}

export async function listSnapshots(db: DbOrTx, planId: string): Promise<Snapshot[]> {
  const rows = await db.selectFrom('snapshots').selectAll().where('plan_id', '=', planId).orderBy('taken_at', 'desc').execute();
  return rows.map(toSnapshot);
}

/** A snapshot's name and date, newest first, without reading what it froze: listSnapshots parses every snapshot's
 *  plan to count its actions, about 0.3 s a snapshot of 10,000 actions, which a review pack has no use for. */
export type SnapshotHead = Pick<Snapshot, 'id' | 'name' | 'takenAt'>;

export async function listSnapshotHeads(db: DbOrTx, planId: string): Promise<SnapshotHead[]> {
  const rows = await db.selectFrom('snapshots').select(['id', 'name', 'taken_at']).where('plan_id', '=', planId).orderBy('taken_at', 'desc').execute();
  return rows.map((row) => ({ id: row.id, name: row.name, takenAt: row.taken_at }));
}

function effectiveEnd(action: { end: string | null; revisedEnd: string | null }): string | null {
  return action.revisedEnd ?? action.end;
}

/** What a comparison reads of an action now: a plan file's action, or an action's grid row. */
type ComparedAction = Pick<PlanFileAction, 'code' | 'title' | 'status' | 'end' | 'revisedEnd' | 'endOpen'> & {
  readonly indicators: readonly { readonly id?: string | undefined; readonly name: string; readonly target: string | { readonly text: string } }[];
};

/** Compares a snapshot with the plan now, or with `planThen` (the plan's actions as they stood at another date). */
export async function compareWithSnapshot(db: DbOrTx, snapshotId: string, planThen?: readonly ActionGridRow[]): Promise<SnapshotComparison> {
  const row = await db.selectFrom('snapshots').selectAll().where('id', '=', snapshotId).executeTakeFirst();
  if (!row) throw new AppError('not_found', `No snapshot with id ${snapshotId} in this workspace`);
  const parsed = planFilePlan.safeParse(JSON.parse(row.content));
  if (!parsed.success) throw new AppError('bad_file', `Snapshot "${row.name}" is damaged and cannot be compared`);
  const then = actionsOf(parsed.data);
  const now: Map<string, ComparedAction> = planThen ? new Map(planThen.map((a) => [a.id, a])) : actionsOf(await planAsFile(db, row.plan_id));
  const targetText = (target: ComparedAction['indicators'][number]['target']) => (typeof target === 'string' ? target : target.text);
  const brief = (id: string, a: ComparedAction) => ({ actionId: id, code: a.code, title: a.title });

  const comparison: { -readonly [K in keyof SnapshotComparison]: SnapshotComparison[K] extends readonly (infer T)[] ? T[] : SnapshotComparison[K] } = {
    snapshot: toSnapshot(row),
    added: [],
    removed: [],
    statusChanged: [],
    slipped: [],
    targetsChanged: [],
  };
  for (const [id, action] of now) if (!then.has(id)) comparison.added.push(brief(id, action));
  for (const [id, before] of then) {
    const after = now.get(id);
    if (!after) {
      comparison.removed.push(brief(id, before));
      continue;
    }
    if (before.status !== after.status) comparison.statusChanged.push({ ...brief(id, after), before: before.status, after: after.status });
    const endBefore = effectiveEnd(before);
    const endAfter = effectiveEnd(after);
    if (endBefore !== endAfter || before.endOpen !== after.endOpen) {
      comparison.slipped.push({
        ...brief(id, after),
        endBefore,
        endAfter,
        endOpenAfter: after.endOpen,
        slipMonths: endBefore && endAfter && !after.endOpen ? monthsBetween(endBefore, endAfter) : null,
      });
    }
    const indicatorsBefore = new Map(before.indicators.map((i) => [i.id ?? i.name, i]));
    for (const indicator of after.indicators) {
      const old = indicatorsBefore.get(indicator.id ?? indicator.name);
      if (old && old.target.text !== targetText(indicator.target)) {
        comparison.targetsChanged.push({ ...brief(id, after), indicator: indicator.name, before: old.target.text, after: targetText(indicator.target) });
      }
    }
  }
  return comparison;
}

/** Every action's timeline as the snapshot froze it: what the timeline draws as ghost bars. */
export async function snapshotDates(db: DbOrTx, snapshotId: string): Promise<SnapshotActionDates[]> {
  const row = await db.selectFrom('snapshots').select(['name', 'content']).where('id', '=', snapshotId).executeTakeFirst();
  if (!row) throw new AppError('not_found', `No snapshot with id ${snapshotId} in this workspace`);
  const parsed = planFilePlan.safeParse(JSON.parse(row.content));
  if (!parsed.success) throw new AppError('bad_file', `Snapshot "${row.name}" is damaged and its dates cannot be read`);
  return [...actionsOf(parsed.data)]
    .filter(([actionId]) => actionId !== '')
    .map(([actionId, a]) => ({
      actionId,
      start: a.start,
      startPrecision: a.startPrecision,
      end: a.end,
      endPrecision: a.endPrecision,
      endOpen: a.endOpen,
      revisedEnd: a.revisedEnd,
    }));
}

// ---- What other capabilities read and write of the snapshots table ----

/** The plan as a snapshot froze it, as it was stored (read, not checked: the snapshot's own comparison checks it). */
export async function snapshotContent(db: DbOrTx, snapshotId: string): Promise<PlanFilePlan> {
  const row = await db.selectFrom('snapshots').select('content').where('id', '=', snapshotId).executeTakeFirstOrThrow();
  return JSON.parse(row.content) as PlanFilePlan;
}

/** A plan's snapshot rows, oldest first (a package carries them). */
export function planSnapshotRows(db: DbOrTx, planId: string) {
  return db.selectFrom('snapshots').selectAll().where('plan_id', '=', planId).orderBy('taken_at').execute();
}

export async function snapshotIdsOf(db: DbOrTx, planId: string): Promise<Set<string>> {
  return new Set((await db.selectFrom('snapshots').select('id').where('plan_id', '=', planId).execute()).map((s) => s.id));
}

/** A snapshot taken on another laptop, as a package carries it. */
export interface BroughtSnapshot {
  readonly id: string;
  readonly name: string;
  readonly takenAt: string;
  readonly createdBy: string;
  readonly content: string;
}

/**
 * Writes snapshots a package merge brought, marked with that merge (its undo sets them aside). One whose id is taken
 * here is left out (`skip`: it is already here) or written under a new id (`new-id`: a plan new here, copied whole).
 */
export async function insertBroughtSnapshots(tx: DbOrTx, planId: string, mergeId: number, snapshots: readonly BroughtSnapshot[], onClash: 'skip' | 'new-id'): Promise<void> {
  for (const s of snapshots) {
    const clash = await tx.selectFrom('snapshots').select('id').where('id', '=', s.id).executeTakeFirst();
    if (clash && onClash === 'skip') continue;
    const id = clash ? randomUUID() : s.id;
    await tx.insertInto('snapshots').values({ id, plan_id: planId, name: s.name, taken_at: s.takenAt, created_by: s.createdBy, content: s.content, package_merge_id: mergeId }).execute();
  }
}

export async function snapshotsBroughtBy(tx: DbOrTx, mergeId: number): Promise<BroughtSnapshot[]> {
  const rows = await tx.selectFrom('snapshots').selectAll().where('package_merge_id', '=', mergeId).execute();
  return rows.map((s) => ({ id: s.id, name: s.name, takenAt: s.taken_at, createdBy: s.created_by, content: s.content }));
}

export async function countSnapshotsBroughtBy(tx: DbOrTx, mergeId: number): Promise<number> {
  const { n } = await tx.selectFrom('snapshots').select((eb) => eb.fn.countAll<number>().as('n')).where('package_merge_id', '=', mergeId).executeTakeFirstOrThrow();
  return Number(n);
}

export async function deleteSnapshotsBroughtBy(tx: DbOrTx, mergeId: number): Promise<void> {
  await tx.deleteFrom('snapshots').where('package_merge_id', '=', mergeId).execute();
}
