// Inserts many rows of one table at a time, for the bulk writes (an import, a merge, their change history).
// The statement is written here rather than by Kysely's builder: for a plan of 10,000 actions, building and
// compiling each chunk's query objects cost more than SQLite's own work. Every full chunk of a table is the very
// same statement text, so the connection prepares it once (writes-wait.ts keeps prepared statements).
import { CompiledQuery } from 'kysely';
import type { Database, DbOrTx } from './schema';

// SQLite takes at most 32,766 parameters in one statement.
const MAX_PARAMETERS = 32_000;
const ROWS_PER_INSERT = 400;

/** Inserts `rows` into `table`. Every row has the same columns, in the same order, as the first (one function per table builds them). */
export async function insertRows<T extends Record<string, unknown>>(db: DbOrTx, table: keyof Database, rows: readonly T[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  const perInsert = Math.max(1, Math.min(ROWS_PER_INSERT, Math.floor(MAX_PARAMETERS / columns.length)));
  const head = `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values `;
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  let fullChunk: string | null = null;
  for (let i = 0; i < rows.length; i += perInsert) {
    const count = Math.min(perInsert, rows.length - i);
    // Indexed loops into an array of its final size: a 10,000-action import binds 700,000 values.
    const parameters: unknown[] = new Array(count * columns.length);
    let p = 0;
    for (let r = i; r < i + count; r++) {
      const row = rows[r]!;
      for (let c = 0; c < columns.length; c++) parameters[p++] = row[columns[c]!] ?? null;
    }
    const statement = count === perInsert ? (fullChunk ??= head + Array.from({ length: count }, () => tuple).join(', ')) : head + Array.from({ length: count }, () => tuple).join(', ');
    await db.executeQuery(CompiledQuery.raw(statement, parameters));
  }
}
