// Puts better-sqlite3's addon for Electron into .native/electron/, where the app loads it in development and from
// where electron-builder packs it (resources/native/). Run by `npm start` and `npm run dist` (`npm run
// native:electron`), never by postinstall.
//
// better-sqlite3 13 is built on Node-API and ships prebuilt addons for Windows, macOS and Linux (x64 and arm64) in
// its npm package; one file loads in Node (22.14 or later: Node-API 10) and in Electron alike. So nothing is
// compiled and no tool is spawned: the prebuilt addon for this machine is copied, then checked.
import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { betterSqlite3Prebuild, checkNativeAddon, electronAbiOf, electronVersion } from './packaging/native-addon';

const out = join(import.meta.dirname, '..', '.native', 'electron', 'better_sqlite3.node');
const version = electronVersion();
try {
  const prebuild = betterSqlite3Prebuild();
  mkdirSync(join(out, '..'), { recursive: true });
  cpSync(prebuild, out);
  checkNativeAddon(out, { electronVersion: version, electronAbi: electronAbiOf(version) });
  console.log(`better-sqlite3 for Electron ${version}: ${out} (from ${prebuild})`);
} catch (error) {
  console.error(`Could not prepare better-sqlite3 for Electron ${version}: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
