// What changed since the snapshot (by default the last meeting before the pack's date), within the pack's scope:
// actions added and removed, statuses changed, ends slipped, targets changed.
import type { AgencyListRow, ReportModel } from '../../../../shared/domain';
import { AppError } from '../../../../shared/result';
import type { DbOrTx } from '../../db/schema';
import { endOfDay } from '../../history/rewind';
import type { PlanFileAction, PlanFilePlan } from '../../planfile/format';
import { compareWithSnapshot, listSnapshotHeads, snapshotContent } from '../../snapshots/snapshots';
import type { PlanAsOf } from './plan-as-of';
import type { PackScope } from './scope';

/** Which actions of the snapshot, now removed, belonged to the pack's scope when the snapshot was taken. */
export function removedInScope(
  snapshot: PlanFilePlan,
  removedIds: ReadonlySet<string>,
  chapterIds: ReadonlySet<string> | null,
  leadAgencyIds: ReadonlySet<string> | null,
  agencies: readonly AgencyListRow[],
): Set<string> {
  const byName = new Map<string, string[]>();
  for (const agency of agencies) {
    for (const name of [agency.id, agency.acronym, agency.name, ...agency.aliases]) {
      if (!name) continue;
      const key = name.toLowerCase();
      byName.set(key, [...(byName.get(key) ?? []), agency.id]);
    }
  }
  const inScope = new Set<string>();
  for (const chapter of snapshot.chapters) {
    if (chapterIds && !chapterIds.has(chapter.id ?? '')) continue;
    for (const statement of chapter.statements) {
      for (const action of statement.actions as readonly PlanFileAction[]) {
        const id = action.id ?? '';
        if (!removedIds.has(id)) continue;
        const leads = action.lead.agencies.flatMap((name) => byName.get(name.toLowerCase()) ?? []);
        if (leadAgencyIds && !leads.some((lead) => leadAgencyIds.has(lead))) continue;
        inScope.add(id);
      }
    }
  }
  return inScope;
}

export interface ChangesInput {
  readonly planId: string;
  /** The snapshot compared with (comparedSnapshot), or null for none. */
  readonly snapshotId: string | null;
  readonly planThen: PlanAsOf;
  readonly scope: PackScope;
  /** The ids of the actions in scope. */
  readonly actionIds: ReadonlySet<string>;
  readonly agencies: readonly AgencyListRow[];
}

/** The snapshot a pack compares with: the one asked (an id, or null for none), else the last taken by its date. */
export async function comparedSnapshot(db: DbOrTx, planId: string, asked: string | null | undefined, asOf: string): Promise<string | null> {
  if (asked !== undefined) return asked;
  return (await listSnapshotHeads(db, planId)).find((s) => s.takenAt <= endOfDay(asOf))?.id ?? null;
}

export async function changesSection(db: DbOrTx, input: ChangesInput): Promise<ReportModel['changes']> {
  const { planId, planThen, scope, actionIds, agencies, snapshotId } = input;
  if (!snapshotId) return null;
  const comparison = await compareWithSnapshot(db, snapshotId, planThen.rebuilt ? planThen.actions : undefined);
  if (comparison.snapshot.planId !== planId) throw new AppError('invalid_input', `Snapshot "${comparison.snapshot.name}" belongs to another plan`);
  const scoped = scope.chapterIds !== null || scope.leadAgencyIds !== null;
  let removed = comparison.removed;
  if (scoped && removed.length > 0) {
    const keep = removedInScope(await snapshotContent(db, snapshotId), new Set(removed.map((r) => r.actionId)), scope.chapterIds, scope.leadAgencyIds, agencies);
    removed = removed.filter((r) => keep.has(r.actionId));
  }
  const within = <T extends { actionId: string }>(list: readonly T[]) => list.filter((item) => actionIds.has(item.actionId));
  return {
    snapshot: comparison.snapshot,
    added: within(comparison.added),
    removed,
    removedOutsideScope: comparison.removed.length - removed.length,
    statusChanged: within(comparison.statusChanged),
    slipped: within(comparison.slipped),
    targetsChanged: within(comparison.targetsChanged),
  };
}
