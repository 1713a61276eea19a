// Every better-sqlite3 connection is made here, so that the compiled addon it loads is chosen once per thread: the
// desktop app's Electron build (given to openDatabase, which keeps it here), else the Node build in node_modules
// that the tests, the CLI and the browser harness use.
import BetterSqlite3 from 'better-sqlite3';

let addonPath: string | undefined;

/** Makes every later connection of this thread load the addon at `path`. */
export function useSqliteAddon(path: string): void {
  addonPath = path;
}

/** A connection to the file at `path`, or to a copy in memory of a file's bytes. */
export function openSqliteFile(path: string | Buffer, options: BetterSqlite3.Options = {}): BetterSqlite3.Database {
  return new BetterSqlite3(path, addonPath ? { ...options, nativeBinding: addonPath } : options);
}
