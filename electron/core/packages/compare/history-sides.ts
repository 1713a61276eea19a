// The two change histories a comparison weighs each difference against: the entries each side holds that the
// other does not (since their common entries), by "entity id|field", with the newest of each.
import type { ChangeHistoryRow, DbOrTx } from '../../db/schema';
import { planHistory } from '../../history/store';
import { historyEntryId, type PackHistoryEntry } from '../pack-format';

/** Entries a merge writes repeat the other side's changes, which come with their own entries: never a change of their own. */
const REPLAYED_SOURCE = 'package';

export interface Changed {
  readonly at: string;
  readonly user: string;
}

export interface HistorySide {
  /** The newest entry of each "entity id|field" that the other side does not hold. */
  readonly unknown: Map<string, Changed>;
  /** Entity ids with any such entry. */
  readonly touched: Set<string>;
}

export function sideOf(entries: readonly { id: string; at: string; user: string; entityId: string; field: string; source: string }[], otherIds: ReadonlySet<string>): HistorySide {
  const unknown = new Map<string, Changed>();
  const touched = new Set<string>();
  for (const e of entries) {
    if (otherIds.has(e.id) || e.source === REPLAYED_SOURCE) continue;
    unknown.set(`${e.entityId}|${e.field}`, { at: e.at, user: e.user });
    touched.add(e.entityId);
  }
  return { unknown, touched };
}

export function localHistoryEntry(h: ChangeHistoryRow): PackHistoryEntry & { id: string } {
  const entry = { at: h.at, user: h.user_name, entity: h.entity, entityId: h.entity_id, field: h.field, oldValue: h.old_value, newValue: h.new_value, source: h.source, sourceFile: h.source_file };
  return { id: historyEntryId(entry), ...entry };
}

/**
 * Entries about records that only the workspace holding them knows (the update workbooks it sent, the packages it
 * merged) stay there: their subject cannot be named here, and nothing here can act on them.
 */
const WORKSPACE_RECORDS = new Set(['exchange_package', 'plan_package']);

/** The package's history entries that come with a merge, with their lasting ids. */
export function packHistoryWithIds(history: readonly PackHistoryEntry[]): (PackHistoryEntry & { id: string })[] {
  return history.filter((h) => !WORKSPACE_RECORDS.has(h.entity)).map((h) => ({ ...h, id: h.id ?? historyEntryId(h) }));
}

/** The newest entry of one side about any of these fields of any of these rows. */
export function lastOf(side: HistorySide, ids: readonly string[], fields: readonly string[]): Changed | null {
  let last: Changed | null = null;
  for (const id of ids) for (const field of fields) {
    const entry = side.unknown.get(`${id}|${field}`);
    if (entry && (!last || entry.at > last.at)) last = entry;
  }
  return last;
}

/** "2027-03-14 by Pema". */
export function since(entry: Changed): string {
  return `${entry.at.slice(0, 10)} by ${entry.user}`;
}

export interface HistorySides {
  /** Changes of the other laptop that this workspace does not hold. */
  readonly there: HistorySide;
  /** Changes of this laptop that the package does not hold. */
  readonly here: HistorySide;
  /** History entries of the package not yet here. */
  readonly newEntries: number;
  /** A row a package merge added and its undo removed again: never this laptop's, so the package may add it anew. */
  addedByUndoneMerge(id: string): boolean;
}

export async function readHistorySides(db: DbOrTx, planId: string, packHistory: readonly PackHistoryEntry[]): Promise<HistorySides> {
  const packEntries = packHistoryWithIds(packHistory);
  const localHistory = await planHistory(db, planId);
  const localEntries = localHistory.map(localHistoryEntry);
  const localIds = new Set(localEntries.map((e) => e.id));
  // Undoing a package merge (and redoing it) only takes its replayed values back and forth: no change of this laptop's.
  const packageMergeBatches = new Set(localHistory.filter((h) => h.entity === 'plan_package' && h.batch_id !== null).map((h) => h.batch_id));
  const lastRemoval = new Map<string, string | null>();
  for (const h of localHistory) if (h.field === 'deleted_at') lastRemoval.set(h.entity_id, h.batch_id);
  return {
    there: sideOf(packEntries, localIds),
    here: sideOf(
      localEntries.filter((_, i) => !packageMergeBatches.has(localHistory[i]!.batch_id)),
      new Set(packEntries.map((e) => e.id)),
    ),
    newEntries: packEntries.filter((e) => !localIds.has(e.id)).length,
    addedByUndoneMerge: (id) => packageMergeBatches.has(lastRemoval.get(id) ?? null),
  };
}
