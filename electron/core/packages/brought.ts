// What a package merge brought from the other laptop besides the plan's values: the history entries and snapshots
// written there, marked with the merge that brought them. Undo sets them aside with the merge, redo brings them back.
import type { DbOrTx } from '../db/schema';
import { localHistoryEntry, packHistoryWithIds } from './compare/history-sides';
import type { PackHistoryEntry, PackSnapshot } from './pack-format';

/**
 * History entries of the package not yet here, as they were written on the other laptop, marked with the merge that
 * brings them (its undo sets them aside). Entries about records only the other workspace holds do not travel
 * (packHistoryWithIds() in compare/history-sides.ts).
 */
export async function importHistory(tx: DbOrTx, planId: string, mergeId: number, entries: readonly PackHistoryEntry[], leftOut: (entry: PackHistoryEntry) => boolean): Promise<void> {
  const known = new Set((await tx.selectFrom('change_history').selectAll().where('plan_id', '=', planId).execute()).map((h) => localHistoryEntry(h).id));
  const rows = packHistoryWithIds(entries)
    .filter((h) => !known.has(h.id) && !leftOut(h))
    .map((h) => ({ at: h.at, user_name: h.user, plan_id: planId, entity: h.entity, entity_id: h.entityId, field: h.field, old_value: h.oldValue, new_value: h.newValue, source: h.source, source_file: h.sourceFile, batch_id: null, package_merge_id: mergeId }));
  for (let i = 0; i < rows.length; i += 400) await tx.insertInto('change_history').values(rows.slice(i, i + 400)).execute();
}

export async function importSnapshots(tx: DbOrTx, planId: string, mergeId: number, snapshots: readonly PackSnapshot[]): Promise<void> {
  for (const s of snapshots) {
    const here = await tx.selectFrom('snapshots').select('id').where('id', '=', s.id).executeTakeFirst();
    if (!here) await tx.insertInto('snapshots').values({ id: s.id, plan_id: planId, name: s.name, taken_at: s.takenAt, created_by: s.createdBy, content: s.content, package_merge_id: mergeId }).execute();
  }
}

/** What a merge brought from the other laptop, as its undo sets it aside. */
interface SetAside {
  readonly history: PackHistoryEntry[];
  readonly snapshots: PackSnapshot[];
}

export function broughtWords(entries: number, snapshots: number): string {
  return `${entries} history ${entries === 1 ? 'entry' : 'entries'}, ${snapshots} ${snapshots === 1 ? 'snapshot' : 'snapshots'}`;
}

/** The history field of a merge's entry for what it brought; undo and redo take that through BROUGHT_REVERTS. */
export const BROUGHT = 'brought';

/**
 * How undo takes back what a package merge brought (and redo brings it again): the other laptop's history entries
 * and snapshots, in the same transaction as the plan's values. The merge's own record goes back by its 'created'
 * entry like any row (deleted_at), so the package can be opened and merged again.
 */
export const BROUGHT_REVERTS = {
  [BROUGHT]: async (tx: DbOrTx, entry: { entityId: string; oldValue: string | null }): Promise<void> => {
    const mergeId = Number(entry.entityId);
    const merge = await tx.selectFrom('plan_packages_merged').select(['plan_id', 'set_aside']).where('id', '=', mergeId).executeTakeFirstOrThrow();
    if (entry.oldValue === null) {
      // Undo: the entries and snapshots this merge brought leave the history, kept with the merge for a redo.
      const history = await tx.selectFrom('change_history').selectAll().where('package_merge_id', '=', mergeId).orderBy('id').execute();
      const snapshots = await tx.selectFrom('snapshots').selectAll().where('package_merge_id', '=', mergeId).execute();
      const setAside: SetAside = {
        history: history.map((h) => ({ at: h.at, user: h.user_name, entity: h.entity, entityId: h.entity_id, field: h.field, oldValue: h.old_value, newValue: h.new_value, source: h.source, sourceFile: h.source_file })),
        snapshots: snapshots.map((s) => ({ id: s.id, name: s.name, takenAt: s.taken_at, createdBy: s.created_by, content: s.content })),
      };
      await tx.updateTable('plan_packages_merged').set({ set_aside: JSON.stringify(setAside) }).where('id', '=', mergeId).execute();
      await tx.deleteFrom('change_history').where('package_merge_id', '=', mergeId).execute();
      await tx.deleteFrom('snapshots').where('package_merge_id', '=', mergeId).execute();
    } else {
      // Redo: they come back (any already here again, brought by another merge meanwhile, stay once).
      const setAside = JSON.parse(merge.set_aside ?? '{"history":[],"snapshots":[]}') as SetAside;
      await importHistory(tx, merge.plan_id, mergeId, setAside.history, () => false);
      await importSnapshots(tx, merge.plan_id, mergeId, setAside.snapshots);
      await tx.updateTable('plan_packages_merged').set({ set_aside: null }).where('id', '=', mergeId).execute();
    }
  },
};
