// Builds better-sqlite3's addon for Electron's ABI into .native/electron/, beside (not over) the Node build
// in node_modules that the tests and the CLI use. Run by `npm start` and `npm run dist`, never by postinstall.
// First tries the prebuilt Electron binary (prebuild-install), then compiles against Electron's headers.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const root = join(import.meta.dirname, '..');
const require = createRequire(join(root, 'package.json'));
const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
const sqliteDir = dirname(require.resolve('better-sqlite3/package.json'));
const sqliteVersion = JSON.parse(readFileSync(join(sqliteDir, 'package.json'), 'utf8')).version;
const outDir = join(root, '.native', 'electron');
const out = join(outDir, 'better_sqlite3.node');
const stampPath = join(outDir, 'built-for.json');
const stamp = JSON.stringify({ electron: electronVersion, betterSqlite3: sqliteVersion, platform: process.platform, arch: process.arch });

if (existsSync(out) && existsSync(stampPath) && readFileSync(stampPath, 'utf8') === stamp) {
  console.log(`better-sqlite3 for Electron ${electronVersion} is up to date (${out})`);
  process.exit(0);
}

const work = join(root, '.native', 'work', 'better-sqlite3');
rmSync(work, { recursive: true, force: true });
cpSync(sqliteDir, work, { recursive: true, filter: (path) => !path.includes(`${join(sqliteDir, 'build')}`) });

const binDir = join(root, 'node_modules', '.bin');
const run = (command, args) => execFileSync(join(binDir, command), args, { cwd: work, stdio: 'inherit' });
try {
  run('prebuild-install', ['--runtime', 'electron', '--target', electronVersion, '--arch', process.arch, '--platform', process.platform]);
} catch {
  console.log('No prebuilt Electron binary could be fetched; compiling against Electron headers instead.');
  run('node-gyp', ['rebuild', '--release', `--target=${electronVersion}`, '--runtime=electron', '--dist-url=https://electronjs.org/headers', `--arch=${process.arch}`]);
}

mkdirSync(outDir, { recursive: true });
cpSync(join(work, 'build', 'Release', 'better_sqlite3.node'), out);
writeFileSync(stampPath, stamp);
console.log(`Built better-sqlite3 ${sqliteVersion} for Electron ${electronVersion}: ${out}`);
