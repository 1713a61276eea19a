// The one way a service changes columns of an existing row: compare with what is stored, write only what
// differs, and record each changed column in the change history, inside the caller's transaction.
import { AppError } from '../../../shared/result';
import type { DbOrTx } from '../db/schema';
import type { ChangeContext } from '../host/context';
import { recordChanges, type FieldChange, type HistoryEntity } from './store';

export type EditableTable = 'plans' | 'chapters' | 'policy_statements' | 'actions' | 'indicators' | 'agencies' | 'progress_updates' | 'rating_settings' | 'rating_overrides' | 'committee_pages' | 'committee_decisions';

export const ENTITY_OF_TABLE: Readonly<Record<EditableTable, HistoryEntity>> = {
  plans: 'plan',
  chapters: 'chapter',
  policy_statements: 'statement',
  actions: 'action',
  indicators: 'indicator',
  agencies: 'agency',
  progress_updates: 'progress',
  rating_settings: 'rating_settings',
  rating_overrides: 'rating_override',
  committee_pages: 'committee_page',
  committee_decisions: 'committee_decision',
};

export interface RowTarget {
  readonly table: EditableTable;
  readonly id: string;
  /** The plan the change belongs to, for the history (null for workspace-wide rows such as agencies). */
  readonly planId: string | null;
}

/** Returns the history entries written (empty when nothing changed). */
export async function updateRow(
  tx: DbOrTx,
  context: ChangeContext,
  target: RowTarget,
  columns: Readonly<Record<string, unknown>>,
): Promise<FieldChange[]> {
  // Kysely types each table apart; these rows are read and written by column name on purpose.
  const before = (await tx
    .selectFrom(target.table as 'actions')
    .selectAll()
    .where('id', '=', target.id)
    .executeTakeFirst()) as Record<string, unknown> | undefined;
  if (!before) throw new AppError('not_found', `No ${ENTITY_OF_TABLE[target.table]} with id ${target.id}`);
  const changes: FieldChange[] = [];
  for (const [column, newValue] of Object.entries(columns)) {
    if (!(column in before)) throw new Error(`${target.table} has no column ${column}`);
    if (before[column] === newValue) continue;
    changes.push({ planId: target.planId, entity: ENTITY_OF_TABLE[target.table], entityId: target.id, field: column, oldValue: before[column], newValue });
  }
  if (changes.length === 0) return changes;
  const written = Object.fromEntries(changes.map((c) => [c.field, c.newValue]));
  await tx
    .updateTable(target.table as 'actions')
    .set({ ...written, updated_at: context.at } as never)
    .where('id', '=', target.id)
    .execute();
  await recordChanges(tx, context, changes);
  return changes;
}

/** A position strictly between two neighbours (null = no neighbour on that side). */
export function positionBetween(before: number | null, after: number | null): number {
  if (before === null && after === null) return 1;
  if (before === null) return after! - 1;
  if (after === null) return before + 1;
  return (before + after) / 2;
}

/** The position after the last of a list, from the MAX(position) a query returned (null for an empty list). */
export function positionAfterLast(max: unknown): number {
  return max === null || max === undefined ? 1 : Number(max) + 1;
}
