// The change history: who changed what, when, from where. Every service writes its entries in the same
// transaction as the change itself, so a change and its trace commit together or not at all.
import type { ChangeEntry, ChangeSource, Id } from '../../../shared/domain';
import type { ChangeHistoryRow, DbOrTx } from '../db/schema';

export type HistoryEntity =
  | 'plan'
  | 'chapter'
  | 'statement'
  | 'action'
  | 'indicator'
  | 'agency'
  | 'progress'
  | 'snapshot';

/** Who is changing the plan, and through what. One per operation (an edit, an import, a merge). */
export interface ChangeContext {
  readonly user: string;
  readonly source: ChangeSource;
  readonly at: string;
  readonly sourceFile?: string | null;
  readonly batchId?: string | null;
}

export interface FieldChange {
  readonly planId: Id | null;
  readonly entity: HistoryEntity;
  readonly entityId: Id;
  /** A field name, or 'created' / 'deleted' for a whole entity. */
  readonly field: string;
  readonly oldValue: unknown;
  readonly newValue: unknown;
}

function asText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

const ROWS_PER_INSERT = 500;

export async function recordChanges(db: DbOrTx, context: ChangeContext, changes: readonly FieldChange[]): Promise<void> {
  for (let i = 0; i < changes.length; i += ROWS_PER_INSERT) {
    const rows = changes.slice(i, i + ROWS_PER_INSERT).map((change) => ({
      at: context.at,
      user_name: context.user,
      plan_id: change.planId,
      entity: change.entity,
      entity_id: change.entityId,
      field: change.field,
      old_value: asText(change.oldValue),
      new_value: asText(change.newValue),
      source: context.source,
      source_file: context.sourceFile ?? null,
      batch_id: context.batchId ?? null,
    }));
    await db.insertInto('change_history').values(rows).execute();
  }
}

export function toChangeEntry(row: ChangeHistoryRow): ChangeEntry {
  return {
    id: row.id,
    at: row.at,
    user: row.user_name,
    entity: row.entity,
    entityId: row.entity_id,
    field: row.field,
    oldValue: row.old_value,
    newValue: row.new_value,
    source: row.source as ChangeSource,
    sourceFile: row.source_file,
  };
}

export async function listPlanHistory(db: DbOrTx, planId: Id, limit: number): Promise<ChangeEntry[]> {
  const rows = await db
    .selectFrom('change_history')
    .selectAll()
    .where('plan_id', '=', planId)
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map(toChangeEntry);
}

export async function listEntityHistory(db: DbOrTx, entityIds: readonly Id[], limit: number): Promise<ChangeEntry[]> {
  if (entityIds.length === 0) return [];
  const rows = await db
    .selectFrom('change_history')
    .selectAll()
    .where('entity_id', 'in', entityIds)
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map(toChangeEntry);
}
