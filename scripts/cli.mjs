// npm run cli: the command line as built by the project's build (out/cli/index.js, plain JavaScript), built first
// when it is missing or older than its sources, so that a checkout or an edit never runs stale code. Plain
// JavaScript itself: it runs before anything is built, and checks in a few milliseconds.
import { readdirSync, statSync } from 'node:fs';
import { enableCompileCache } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const entry = join(root, 'out', 'cli', 'index.js');
// What the CLI's bundle is made of: its own code, the core, the harness (the report command) and shared/.
const sources = [join(root, 'electron'), join(root, 'shared'), join(root, 'cli.vite.config.ts')];

/** Newest modification time of the files under `path` (0 when it does not exist). */
function newestChange(path) {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    return 0;
  }
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestChange(join(path, name))), stats.mtimeMs);
}

const built = newestChange(entry);
if (built === 0 || sources.some((source) => newestChange(source) > built)) {
  process.stderr.write(`Building the command line (${built === 0 ? 'not built yet' : 'its sources changed'})…\n`);
  const { build } = await import('vite');
  await build({ configFile: join(root, 'cli.vite.config.ts') });
}
// Node keeps the bundle's compiled code in its cache folder (in the system's temporary folder): a later call skips compiling.
// The variable hands the same cache to the worker threads the commands start (a worker does not inherit the call).
const compileCache = enableCompileCache();
if (compileCache.directory) process.env['NODE_COMPILE_CACHE'] ??= compileCache.directory;
await import(pathToFileURL(entry).href);
