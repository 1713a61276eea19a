// better-sqlite3's addon built for Electron's ABI (scripts/electron-native.mjs); the tests and the CLI use the Node
// build in node_modules. Loaded once at start, so that a missing or mismatched build is named, with how to fix it,
// rather than every workspace failing to open as if the file were damaged.
import { app } from 'electron';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export function electronNativeBinding(): string {
  const path = app.isPackaged
    ? join(process.resourcesPath, 'native', 'better_sqlite3.node')
    : join(app.getAppPath(), '.native', 'electron', 'better_sqlite3.node');
  const fix = app.isPackaged
    ? 'Install PlanDesk again from its installer (your IT office has it).'
    : 'Run `npm run native:electron` (`npm start` runs it), then start again.';
  if (!existsSync(path)) {
    throw new Error(`PlanDesk's database component is missing: ${path} does not exist. ${fix}`);
  }
  try {
    createRequire(import.meta.url)(path);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const what = /NODE_MODULE_VERSION/.test(reason) ? 'was built for another version of Electron' : 'could not be loaded';
    throw new Error(`PlanDesk's database component ${path} ${what}: ${reason} ${fix}`, { cause: error });
  }
  return path;
}
