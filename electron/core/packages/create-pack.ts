// Packs one plan for moving it to another PMU laptop or a ministry's planning office: the plan, its history,
// its snapshots and its progress updates, with a manifest carrying the SHA-256 of every entry.
import { createHash, randomUUID } from 'node:crypto';
import { zipSync } from 'fflate';
import { sql } from 'kysely';
import type { PackCreated } from '../../../shared/domain';
import { NO_PROGRESS, type Progress } from '../progress/progress';
import type { DbOrTx } from '../db/schema';
import type { ChangeContext } from '../host/context';
import { requirePlan } from '../plan/plan-queries';
import { exportPlanFile } from '../planfile/export-plan-file';
import { planHistory } from '../history/store';
import { planSnapshotRows } from '../snapshots/snapshots';
import { writeFileWhole } from '../files/write-file';
import { historyEntryId, PACK_FORMAT, travellingEntry, travellingUser, type PackHistoryEntry, type PackManifest, type PackProgress, type PackSnapshot } from './pack-format';

function json(value: unknown): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(value, null, 1)}\n`);
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export async function packEntries(db: DbOrTx, planId: string): Promise<Record<string, Uint8Array>> {
  const file = await exportPlanFile(db, [planId]);
  // What a merge of a package wrote here (its batch holds the merge's own plan_package entries), and what undoing or
  // redoing one wrote, stays here: the entries it applied have their originals, brought from the other laptop, which
  // travel instead; sending both would give the other laptop a second entry of its own change (A → B → A).
  const all = await planHistory(db, planId);
  const mergeBatches = new Set(all.filter((h) => h.entity === 'plan_package' && h.batch_id !== null).map((h) => h.batch_id));
  const history = all.filter((h) => h.batch_id === null || !mergeBatches.has(h.batch_id));
  const snapshots = await planSnapshotRows(db, planId);
  const periods = await db.selectFrom('reporting_periods').selectAll().where('plan_id', '=', planId).orderBy('kind').orderBy('start_month').execute();
  const updates = await db
    .selectFrom('progress_updates')
    .innerJoin('reporting_periods', 'reporting_periods.id', 'progress_updates.period_id')
    .selectAll('progress_updates')
    .where('reporting_periods.plan_id', '=', planId)
    .orderBy('progress_updates.created_at')
    .orderBy('progress_updates.id')
    .execute();
  const progress: PackProgress = {
    periods: periods.map((p) => ({ id: p.id, kind: p.kind, label: p.label, start: p.start_month, end: p.end_month })),
    updates: updates.map((u) => ({
      id: u.id,
      actionId: u.action_id,
      indicatorId: u.indicator_id,
      periodId: u.period_id,
      status: u.status,
      actualText: u.actual_text,
      actualValue: u.actual_value,
      narrative: u.narrative,
      supportNeeded: u.support_needed,
      source: u.source,
      createdAt: u.created_at,
      updatedAt: u.updated_at,
    })),
  };
  return {
    'plan.json': json(file),
    'history.json': json(
      history.map((h): PackHistoryEntry => {
        const entry = travellingEntry({ at: h.at, user: h.user_name, entity: h.entity, entityId: h.entity_id, field: h.field, oldValue: h.old_value, newValue: h.new_value, source: h.source, sourceFile: h.source_file });
        return { id: historyEntryId(entry), ...entry };
      }),
    ),
    'snapshots.json': json(snapshots.map((s): PackSnapshot => ({ id: s.id, name: s.name, takenAt: s.taken_at, createdBy: travellingUser(s.created_by), content: s.content }))),
    'progress.json': json(progress),
  };
}

/** Writes the package to `path` (through a temporary file, so a failed write leaves nothing half-written). */
export async function createPack(db: DbOrTx, context: ChangeContext, planId: string, path: string, progress: Progress = NO_PROGRESS): Promise<PackCreated> {
  const plan = await requirePlan(db, planId);
  progress.phase('Reading the plan, its history and snapshots');
  const entries = await packEntries(db, planId);
  const workspace = await sql<{ value: string }>`select value from workspace_meta where key = 'workspace_id'`.execute(db);
  const manifest: PackManifest = {
    format: PACK_FORMAT,
    packId: randomUUID(),
    planId,
    planTitle: plan.title,
    createdBy: travellingUser(context.user),
    createdAt: context.at,
    workspaceId: workspace.rows[0]?.value ?? null,
    entries: Object.entries(entries).map(([entry, bytes]) => ({ path: entry, size: bytes.length, sha256: sha256Hex(bytes) })),
  };
  progress.phase('Compressing the package');
  const zip = zipSync({ 'manifest.json': json(manifest), ...entries }, { level: 6 });
  // The last point a cancel stops: nothing has been written yet.
  progress.step(1);
  await writeFileWhole(path, zip);
  return { path, packId: manifest.packId, entries: manifest.entries, bytes: zip.length };
}
