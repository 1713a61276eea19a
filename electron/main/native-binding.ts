// Where the Electron build of better-sqlite3's addon lives. Tests and the CLI use the Node build in
// node_modules; the desktop app needs one compiled for Electron's ABI, built by scripts/electron-native.mjs.
import { app } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export function electronNativeBinding(): string | undefined {
  const path = app.isPackaged
    ? join(process.resourcesPath, 'native', 'better_sqlite3.node')
    : join(app.getAppPath(), '.native', 'electron', 'better_sqlite3.node');
  return existsSync(path) ? path : undefined;
}
