// The one way PlanDesk talks to a workspace through Kysely: Kysely's SQLite dialect, with two changes.
//
// Every transaction begins IMMEDIATE. Kysely's begins DEFERRED: it reads first and asks for the write lock at its
// first write, and when another connection wrote meanwhile SQLite refuses that upgrade at once ("database is
// locked"), without waiting the busy timeout. An immediate transaction takes the write lock before it reads, so it
// waits its turn behind another window or command, as long as the busy timeout allows.
//
// SQLite's failures come out in words (storage-errors.ts), and a rollback after SQLite already rolled back (a full
// disk, an I/O error) is skipped, so that "cannot rollback - no transaction is active" never hides the real cause.
import type BetterSqlite3 from 'better-sqlite3';
import { CompiledQuery, SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver, type Kysely, type QueryResult } from 'kysely';
import { sqliteFailureInWords } from './storage-errors';

/** Where the workspace is, and why it opened read-only (null: it did not). */
interface Workspace {
  readonly path: string;
  readonly readOnly: string | null;
}

function inWords(error: unknown, workspace: Workspace): unknown {
  return sqliteFailureInWords(error, workspace.path, workspace.readOnly) ?? error;
}

/** How many prepared statements a connection keeps: the app's own queries are a few hundred texts at most. */
const KEPT_STATEMENTS = 200;

/**
 * A connection whose SQLite errors are said in words, and which prepares each statement text once: Kysely's own
 * prepares it again at every call.
 */
class ConnectionInWords implements DatabaseConnection {
  readonly #prepared = new Map<string, BetterSqlite3.Statement>();

  constructor(
    private readonly sqlite: BetterSqlite3.Database,
    private readonly inner: DatabaseConnection,
    private readonly workspace: Workspace,
  ) {}

  #statement(text: string): BetterSqlite3.Statement {
    let statement = this.#prepared.get(text);
    if (statement) {
      // Most recently used last, so that the first is the one to forget.
      this.#prepared.delete(text);
    } else {
      statement = this.sqlite.prepare(text);
      if (this.#prepared.size >= KEPT_STATEMENTS) this.#prepared.delete(this.#prepared.keys().next().value!);
    }
    this.#prepared.set(text, statement);
    return statement;
  }

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    try {
      // As Kysely's SQLite connection does it, with the statement prepared once.
      const statement = this.#statement(query.sql);
      const parameters = query.parameters as unknown[];
      if (statement.reader) return { rows: statement.all(parameters) as R[] };
      const { changes, lastInsertRowid } = statement.run(parameters);
      return { numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid), rows: [] };
    } catch (error) {
      throw inWords(error, this.workspace);
    }
  }

  /** Runs `text` once for each of `count` rows, `bind` filling its parameters (see runForEachRow). */
  runForEachRow(text: string, count: number, bind: (row: number, parameters: unknown[]) => void): void {
    try {
      const statement = this.#statement(text);
      const parameters: unknown[] = [];
      const runAll = () => {
        for (let row = 0; row < count; row++) {
          bind(row, parameters);
          statement.run(parameters);
        }
      };
      // All the rows or none, as one multi-row statement would: outside a transaction, in one of their own.
      if (this.sqlite.inTransaction) runAll();
      else this.sqlite.transaction(runAll).immediate();
    } catch (error) {
      throw inWords(error, this.workspace);
    }
  }

  async *streamQuery<R>(query: CompiledQuery, chunkSize?: number): AsyncIterableIterator<QueryResult<R>> {
    try {
      yield* this.inner.streamQuery<R>(query, chunkSize);
    } catch (error) {
      throw inWords(error, this.workspace);
    }
  }
}

class ImmediateWritesDriver extends SqliteDriver implements Driver {
  readonly #sqlite: BetterSqlite3.Database;
  readonly #workspace: Workspace;
  #wrapped: ConnectionInWords | null = null;
  #inner: DatabaseConnection | null = null;

  constructor(sqlite: BetterSqlite3.Database, workspace: Workspace) {
    super({ database: sqlite });
    this.#sqlite = sqlite;
    this.#workspace = workspace;
  }

  override async acquireConnection(): Promise<DatabaseConnection> {
    const inner = await super.acquireConnection();
    // SQLite has one connection here: wrap it once.
    if (this.#inner !== inner) {
      this.#inner = inner;
      this.#wrapped = new ConnectionInWords(this.#sqlite, inner, this.#workspace);
    }
    return this.#wrapped!;
  }

  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    // A read-only workspace cannot take the write lock: its transactions that only read still run, and a write in
    // one is refused by SQLite, said in words with the reason the workspace opened read-only.
    await connection.executeQuery(CompiledQuery.raw(this.#workspace.readOnly === null ? 'begin immediate' : 'begin'));
  }

  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    // SQLite rolls back by itself on a full disk or an I/O error; then there is nothing left to roll back.
    if (!this.#sqlite.inTransaction) return;
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }
}

/**
 * Kysely's SQLite dialect on `sqlite` (the workspace at `path`), with immediate transactions and SQLite's failures in
 * words; `readOnly` says why the workspace opened read-only, or is null.
 */
export class WritesWaitDialect extends SqliteDialect {
  readonly #sqlite: BetterSqlite3.Database;
  readonly #workspace: Workspace;

  constructor(sqlite: BetterSqlite3.Database, path: string, readOnly: string | null) {
    super({ database: sqlite });
    this.#sqlite = sqlite;
    this.#workspace = { path, readOnly };
  }

  override createDriver(): Driver {
    return new ImmediateWritesDriver(this.#sqlite, this.#workspace);
  }
}

/**
 * Runs one statement once per row, on the connection `db` queries through (a transaction's own, inside one): a
 * bulk insert's rows bound one after the other into one prepared statement. For a plan of 10,000 actions that is
 * the fastest way into SQLite there is: no query object per row, and no statement text of hundreds of rows that
 * SQLite must parse. `bind` fills `parameters` (the same array each time) for row `row`.
 */
export async function runForEachRow(db: Pick<Kysely<unknown>, 'getExecutor'>, text: string, count: number, bind: (row: number, parameters: unknown[]) => void): Promise<void> {
  // Kysely hands out the connection through its executor (what its own queries use); every workspace's is ours.
  await db.getExecutor().provideConnection(async (connection) => {
    if (!(connection instanceof ConnectionInWords)) throw new Error('runForEachRow needs a workspace opened by openDatabase (WritesWaitDialect)');
    connection.runForEachRow(text, count, bind);
  });
}
