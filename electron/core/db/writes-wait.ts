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
import { CompiledQuery, SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver, type QueryResult } from 'kysely';
import { sqliteFailureInWords } from './storage-errors';

function inWords(error: unknown, path: string): unknown {
  return sqliteFailureInWords(error, path) ?? error;
}

/** A connection whose SQLite errors are said in words. */
class ConnectionInWords implements DatabaseConnection {
  constructor(
    private readonly inner: DatabaseConnection,
    private readonly path: string,
  ) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    try {
      return await this.inner.executeQuery<R>(query);
    } catch (error) {
      throw inWords(error, this.path);
    }
  }

  async *streamQuery<R>(query: CompiledQuery, chunkSize?: number): AsyncIterableIterator<QueryResult<R>> {
    try {
      yield* this.inner.streamQuery<R>(query, chunkSize);
    } catch (error) {
      throw inWords(error, this.path);
    }
  }
}

class ImmediateWritesDriver extends SqliteDriver implements Driver {
  readonly #sqlite: BetterSqlite3.Database;
  #wrapped: ConnectionInWords | null = null;
  #inner: DatabaseConnection | null = null;

  constructor(sqlite: BetterSqlite3.Database) {
    super({ database: sqlite });
    this.#sqlite = sqlite;
  }

  override async acquireConnection(): Promise<DatabaseConnection> {
    const inner = await super.acquireConnection();
    // SQLite has one connection here: wrap it once.
    if (this.#inner !== inner) {
      this.#inner = inner;
      this.#wrapped = new ConnectionInWords(inner, this.#sqlite.name);
    }
    return this.#wrapped!;
  }

  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }

  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    // SQLite rolls back by itself on a full disk or an I/O error; then there is nothing left to roll back.
    if (!this.#sqlite.inTransaction) return;
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }
}

/** Kysely's SQLite dialect on `sqlite`, with immediate transactions and SQLite's failures in words. */
export class WritesWaitDialect extends SqliteDialect {
  readonly #sqlite: BetterSqlite3.Database;

  constructor(sqlite: BetterSqlite3.Database) {
    super({ database: sqlite });
    this.#sqlite = sqlite;
  }

  override createDriver(): Driver {
    return new ImmediateWritesDriver(this.#sqlite);
  }
}
