// Undo and redo, built on the change history: reverting a batch writes every entry's old value back
// (newest first), as a new batch of its own, so an undo is itself traced and can be reverted (redo).
import { sql } from 'kysely';
import { AppError } from '../../../shared/result';
import type { Db, DbOrTx } from '../db/schema';
import type { ChangeContext } from '../host/context';
import { batchEntries, recordChanges, type FieldChange, type HistoryEntity } from './store';

/** The table each history entity lives in (null: its changes cannot be reverted). */
export const TABLES: Readonly<Record<HistoryEntity, string | null>> = {
  plan: 'plans',
  chapter: 'chapters',
  statement: 'policy_statements',
  action: 'actions',
  indicator: 'indicators',
  agency: 'agencies',
  progress: 'progress_updates',
  snapshot: null,
  exchange_package: 'exchange_packages',
  plan_package: 'plan_packages_merged',
  rating_settings: 'rating_settings',
  rating_override: 'rating_overrides',
  committee_page: 'committee_pages',
  committee_decision: 'committee_decisions',
};

/** Columns holding numbers; every other column holds text. */
const NUMERIC_COLUMNS = new Set([
  'end_open',
  'position',
  'baseline_value',
  'target_value',
  'actual_value',
  'confirmed',
  'fiscal_year_start_month',
  'soon_months',
  'slip_amber_months',
  'slip_red_months',
  'behind_amber_points',
  'behind_red_points',
  'rollup_share_percent',
]);

/** Fields that are not columns: changes that a service reverts through its own function (packages/special-reverts.ts). */
export type SpecialRevert = (tx: DbOrTx, entry: { entityId: string; field: string; oldValue: string | null }) => Promise<void>;

const COLUMN_NAME = /^[a-z_]+$/;

/** A history entry's text as the column stores it (numbers for numeric columns). */
export function typed(column: string, value: string | null): string | number | null {
  if (value === null) return null;
  return NUMERIC_COLUMNS.has(column) ? Number(value) : value;
}

function asText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export async function revertBatch(
  db: Db,
  context: ChangeContext,
  batchId: string,
  special: Readonly<Record<string, SpecialRevert>> = {},
): Promise<{ readonly batchId: string; readonly entityIds: readonly string[] }> {
  if (!context.batchId) throw new Error('revertBatch needs a batch id for the revert itself');
  return db.transaction().execute(async (tx) => {
    const entries = await batchEntries(tx, batchId);
    if (entries.length === 0) throw new AppError('not_found', 'There is nothing to undo for that change');
    const changes: FieldChange[] = [];
    for (const entry of entries) {
      const entity = entry.entity as HistoryEntity;
      const table = TABLES[entity];
      if (!table) throw new AppError('conflict', `A ${entry.entity} change cannot be undone`);
      const specialRevert = special[entry.field];
      if (specialRevert) {
        await specialRevert(tx, { entityId: entry.entity_id, field: entry.field, oldValue: entry.old_value });
        changes.push({ planId: entry.plan_id, entity, entityId: entry.entity_id, field: entry.field, oldValue: entry.new_value, newValue: entry.old_value });
        continue;
      }
      // Undoing a creation removes the entity the way a user's delete does: softly.
      const column = entry.field === 'created' ? 'deleted_at' : entry.field;
      if (!COLUMN_NAME.test(column)) throw new AppError('conflict', `Cannot undo a change of "${entry.field}"`);
      const current = await sql<Record<string, unknown>>`select * from ${sql.table(table)} where id = ${entry.entity_id}`.execute(tx);
      const stored = current.rows[0];
      if (!stored) throw new AppError('not_found', `The ${entry.entity} changed here no longer exists`);
      if (!(column in stored)) throw new AppError('conflict', `This change (${entry.entity} ${entry.field}) cannot be undone`);
      const row = { value: stored[column] };
      const expected = entry.field === 'created' ? null : entry.new_value;
      if (asText(row.value) !== expected) {
        throw new AppError('conflict', `The ${entry.entity}'s ${entry.field.replace(/_/g, ' ')} was changed again since; it was not undone`);
      }
      const restored = entry.field === 'created' ? context.at : typed(column, entry.old_value);
      // Records without an updated_at (an update workbook's package) are put back all the same.
      if ('updated_at' in stored) {
        await sql`update ${sql.table(table)} set ${sql.ref(column)} = ${restored}, updated_at = ${context.at} where id = ${entry.entity_id}`.execute(tx);
      } else {
        await sql`update ${sql.table(table)} set ${sql.ref(column)} = ${restored} where id = ${entry.entity_id}`.execute(tx);
      }
      changes.push({ planId: entry.plan_id, entity, entityId: entry.entity_id, field: column, oldValue: row.value, newValue: restored });
    }
    await recordChanges(tx, context, changes);
    return { batchId: context.batchId!, entityIds: [...new Set(entries.map((e) => e.entity_id))] };
  });
}
