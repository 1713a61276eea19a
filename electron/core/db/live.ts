// Soft deletes: a deleted row keeps its place and its history, with `deleted_at` set, so that undo can bring it
// back. Every query of what the plan holds now keeps to the live rows with this one filter.
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { Database } from './schema';

/** The tables whose rows are deleted softly. */
export type SoftDeletedTable = { [T in keyof Database]: 'deleted_at' extends keyof Database[T] ? T : never }[keyof Database];

/**
 * `where(live('chapters'))`: the rows of that table not deleted; `table` is a soft-deleted table or the alias a query
 * gave one (`live('c')` for `chapters as c`), and none when the query reads one table.
 */
export function live(table?: SoftDeletedTable | (string & {})): RawBuilder<SqlBool> {
  return sql<SqlBool>`${sql.ref(table ? `${table}.deleted_at` : 'deleted_at')} is null`;
}

/** The same test on a row already read. */
export function isLive(row: { readonly deleted_at: string | null }): boolean {
  return row.deleted_at === null;
}
