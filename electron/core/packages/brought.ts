// What a package merge brought from the other laptop besides the plan's values: the history entries and snapshots
// written there, marked with the merge that brought them. Undo sets them aside with the merge, redo brings them back.
import type { DbOrTx } from '../db/schema';
import { broughtBy, deleteBroughtBy, handOverCarried, insertBrought, planHistoryAt, recordCarried, type BroughtEntry } from '../history/store';
import { deleteSnapshotsBroughtBy, insertBroughtSnapshots, snapshotsBroughtBy, type BroughtSnapshot } from '../snapshots/snapshots';
import { localHistoryEntry, packHistoryWithIds } from './compare/history-sides';
import type { PackHistoryEntry } from './pack-format';

/**
 * History entries of the package not yet here, as they were written on the other laptop, marked with the merge that
 * brings them (its undo sets them aside). Entries about records only the other workspace holds do not travel
 * (packHistoryWithIds() in compare/history-sides.ts).
 */
export async function importHistory(tx: DbOrTx, planId: string, mergeId: number, entries: readonly PackHistoryEntry[], leftOut: (entry: PackHistoryEntry) => boolean): Promise<void> {
  const incoming = packHistoryWithIds(entries);
  // An entry's id covers its moment: only local entries of the same moments can be copies, so only those are hashed
  // (not the whole history on every merge).
  const known = new Map((await planHistoryAt(tx, planId, incoming.map((h) => h.at))).map((h) => [localHistoryEntry(h).id, h]));
  await insertBrought(tx, planId, mergeId, incoming.filter((h) => !known.has(h.id) && !leftOut(h)));
  // Entries another merge brought before: this merge carried them too, so undoing that one must not remove them.
  const alsoBrought = incoming.map((h) => known.get(h.id)).filter((h) => h !== undefined && h.package_merge_id !== null && h.package_merge_id !== mergeId);
  await recordCarried(tx, mergeId, alsoBrought.map((h) => h!.id));
}

/** What a merge brought from the other laptop, as its undo sets it aside. */
interface SetAside {
  readonly history: BroughtEntry[];
  readonly snapshots: BroughtSnapshot[];
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
      // Undo: the entries and snapshots this merge brought leave the history, kept with the merge for a redo; those
      // a standing merge carried too stay, as that merge's.
      await handOverCarried(tx, mergeId);
      const setAside: SetAside = { history: await broughtBy(tx, mergeId), snapshots: await snapshotsBroughtBy(tx, mergeId) };
      await tx.updateTable('plan_packages_merged').set({ set_aside: JSON.stringify(setAside) }).where('id', '=', mergeId).execute();
      await deleteBroughtBy(tx, mergeId);
      await deleteSnapshotsBroughtBy(tx, mergeId);
    } else {
      // Redo: they come back (any already here again, brought by another merge meanwhile, stay once).
      const setAside = JSON.parse(merge.set_aside ?? '{"history":[],"snapshots":[]}') as SetAside;
      await importHistory(tx, merge.plan_id, mergeId, setAside.history, () => false);
      await insertBroughtSnapshots(tx, merge.plan_id, mergeId, setAside.snapshots, 'skip');
      await tx.updateTable('plan_packages_merged').set({ set_aside: null }).where('id', '=', mergeId).execute();
    }
  },
};
