// Whether undo can revert a whole batch cleanly: every entry must be a column change (or a creation) of a row
// that revertBatch knows how to put back, or a field of the special reverts it is given (packages/special-reverts.ts,
// the list undo itself uses). A merge goes on the undo list only then.
import { sql } from 'kysely';
import type { DbOrTx } from '../db/schema';
import { batchEntries, type HistoryEntity } from '../history/store';
import { TABLES, type SpecialRevert } from '../history/revert';

export async function canRevertCleanly(db: DbOrTx, batchId: string, special: Readonly<Record<string, SpecialRevert>>): Promise<boolean> {
  const entries = await batchEntries(db, batchId);
  if (entries.length === 0) return false;
  const columnsOf = new Map<string, Set<string>>();
  for (const entry of entries) {
    if (Object.hasOwn(special, entry.field)) continue;
    const table = TABLES[entry.entity as HistoryEntity];
    if (!table) return false;
    let columns = columnsOf.get(table);
    if (!columns) {
      const info = await sql<{ name: string }>`select name from pragma_table_info(${table})`.execute(db);
      columns = new Set(info.rows.map((r) => r.name));
      columnsOf.set(table, columns);
    }
    const column = entry.field === 'created' ? 'deleted_at' : entry.field;
    if (!columns.has(column)) return false;
  }
  return true;
}
