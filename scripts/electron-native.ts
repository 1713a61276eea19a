// Builds better-sqlite3's addon for Electron's ABI into .native/electron/, beside (not over) the Node build in
// node_modules that the tests and the CLI use. Run by `npm start` and `npm run dist` (`npm run native:electron`),
// never by postinstall.
//
// The build goes through @electron/rebuild's API (the prebuilt Electron binary when one can be fetched, else a
// compile against Electron's headers), on a copy of the package in .native/work, so node_modules is never rebuilt.
// No node_modules/.bin shim is run: on Windows those are .cmd files, which Node refuses to spawn since the
// CVE-2024-27980 fix (and a bare name gives ENOENT); @electron/rebuild runs its tools through process.execPath.
import { rebuild } from '@electron/rebuild';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { checkNativeAddon, electronAbiOf, type ElectronTarget } from './packaging/native-addon';

const root = join(import.meta.dirname, '..');
const require = createRequire(join(root, 'package.json'));
const versionOf = (packageJson: string): string => (JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string }).version;

const electronVersion = versionOf(require.resolve('electron/package.json'));
const electron: ElectronTarget = { electronVersion, electronAbi: electronAbiOf(electronVersion) };
const sqliteDir = dirname(require.resolve('better-sqlite3/package.json'));
const sqliteVersion = versionOf(join(sqliteDir, 'package.json'));

const outDir = join(root, '.native', 'electron');
const out = join(outDir, 'better_sqlite3.node');
const stampPath = join(outDir, 'built-for.json');
const stamp = JSON.stringify({ electron: electronVersion, betterSqlite3: sqliteVersion, platform: process.platform, arch: process.arch });

function upToDate(): boolean {
  if (!existsSync(stampPath) || readFileSync(stampPath, 'utf8') !== stamp) return false;
  try {
    checkNativeAddon(out, electron);
    return true;
  } catch {
    return false;
  }
}

async function build(): Promise<void> {
  // A project holding only better-sqlite3, for @electron/rebuild to walk and rebuild in place.
  const work = join(root, '.native', 'work');
  rmSync(work, { recursive: true, force: true });
  const workModule = join(work, 'node_modules', 'better-sqlite3');
  cpSync(sqliteDir, workModule, { recursive: true, filter: (path) => !relative(sqliteDir, path).startsWith('build') });
  writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'plandesk-native', private: true, dependencies: { 'better-sqlite3': sqliteVersion } }));

  console.log(`Building better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} (ABI ${electron.electronAbi}, ${process.platform}-${process.arch})…`);
  await rebuild({ buildPath: work, electronVersion, arch: process.arch, onlyModules: ['better-sqlite3'], force: true });

  const built = join(workModule, 'build', 'Release', 'better_sqlite3.node');
  checkNativeAddon(built, electron);
  mkdirSync(outDir, { recursive: true });
  cpSync(built, out);
  writeFileSync(stampPath, stamp);
  console.log(`Built ${out}`);
}

if (upToDate()) {
  console.log(`better-sqlite3 for Electron ${electronVersion} is up to date (${out})`);
} else {
  try {
    await build();
  } catch (error) {
    // npm passes its `nodedir` setting to node-gyp, which then compiles against that Node's headers, not Electron's.
    const nodedir = process.env['npm_config_nodedir'];
    console.error(
      `Could not build better-sqlite3 for Electron ${electronVersion}: ${error instanceof Error ? error.message : String(error)}\n` +
        (nodedir ? `npm's nodedir is set (${nodedir}): node-gyp then builds for that Node; unset it (npm config delete nodedir) and run again.\n` : '') +
        'The build needs the prebuilt binary (from github.com) or else a C++ toolchain and Electron\'s headers (from ' +
        'electronjs.org): on Windows the Visual Studio Build Tools with "Desktop development with C++", on macOS the Xcode ' +
        'Command Line Tools, on Linux python3, make and g++. See README, "Package".',
    );
    process.exitCode = 1;
  }
}
