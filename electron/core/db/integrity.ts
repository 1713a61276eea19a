// SQLite's own check of a database file (PRAGMA quick_check), on a read-only connection so that checking a damaged
// file never writes to it (a copy in memory when the file's folder cannot be written, workspace-file.ts).
import type BetterSqlite3 from 'better-sqlite3';
import { openReadOnly } from './workspace-file';

/** The problems quick_check finds in the file (at most `limit`); none means intact. A file SQLite cannot read is one problem. */
export function quickCheck(path: string, limit = 10): string[] {
  let sqlite: BetterSqlite3.Database | null = null;
  try {
    sqlite = openReadOnly(path);
    const rows = sqlite.pragma(`quick_check(${limit})`) as { quick_check: string }[];
    // SQLite answers 'ok', or lines of problems under a '*** in database main ***' heading.
    const problems = rows.flatMap((row) => row.quick_check.split('\n')).filter((line) => line !== 'ok' && !line.startsWith('***'));
    return problems.slice(0, limit);
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)];
  } finally {
    sqlite?.close();
  }
}
