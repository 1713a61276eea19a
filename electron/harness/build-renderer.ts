// Builds what the harness serves: the renderer exactly as `electron-vite build` builds it (same config file,
// same presets), and the window.api shim, which is bundled apart so that it never ships in the desktop app.
// Vite is loaded only when something is to be built: loading it took half a second of every review pack the
// command line printed, while the renderer and the shim were nearly always built already.
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Newest modification time of the files under `path` (0 when it does not exist). */
function newestChange(path: string): number {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    return 0;
  }
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules') continue;
    newest = Math.max(newest, newestChange(join(path, entry)));
  }
  return newest;
}

export function rendererIsStale(root: string): boolean {
  const built = newestChange(resolve(root, 'out/renderer/index.html'));
  if (built === 0) return true;
  const sources = Math.max(
    newestChange(resolve(root, 'renderer')),
    newestChange(resolve(root, 'shared')),
    newestChange(resolve(root, 'electron.vite.config.ts')),
  );
  return sources > built;
}

/** Runs the renderer part of electron.vite.config.ts only: main and preload may be mid-change by someone else. */
export async function buildRenderer(root: string): Promise<void> {
  // electron-vite's renderer preset reads this to choose the production base ('./').
  process.env.NODE_ENV_ELECTRON_VITE = 'production';
  const [{ resolveConfig }, { build }] = await Promise.all([import('electron-vite'), import('vite')]);
  const resolved = await resolveConfig(
    { configFile: resolve(root, 'electron.vite.config.ts'), root, logLevel: 'warn' },
    'build',
    'production',
  );
  const renderer = resolved.config?.renderer;
  if (!renderer) throw new Error('electron.vite.config.ts has no renderer part');
  await build(renderer);
}

/**
 * The window.api shim as one classic script: the copy kept under node_modules/.cache (never in out/, which the app
 * is packaged from) while its sources are as they were when it was bundled, else bundled again and kept. The copy's
 * first line records its sources' state (their newest change, and this file's own), compared for equality: a source
 * edited while the shim was bundling makes the copy stale, not current.
 */
export async function harnessShim(root: string): Promise<string> {
  const kept = resolve(root, 'node_modules/.cache/plandesk/harness-shim.js');
  const stamp = `// sources ${Math.max(newestChange(resolve(root, 'renderer/src/browser-harness')), newestChange(resolve(root, 'shared')))} ${newestChange(resolve(root, 'electron/harness/build-renderer.ts'))}\n`;
  try {
    const copy = readFileSync(kept, 'utf8');
    if (copy.startsWith(stamp)) return copy.slice(stamp.length);
  } catch {
    // No copy yet: bundled below.
  }
  const script = await bundleShim(root);
  // Written whole, then renamed: harnesses started side by side (the end-to-end tests) never read half a script. A
  // copy that cannot be kept (a read-only folder, a full disk) costs the next start a bundling, nothing more.
  try {
    mkdirSync(dirname(kept), { recursive: true });
    const partial = `${kept}.${process.pid}.${Date.now()}`;
    writeFileSync(partial, stamp + script);
    renameSync(partial, kept);
  } catch {
    // Kept in memory only.
  }
  return script;
}

/** Bundles renderer/src/browser-harness/shim.ts into one classic script, kept in memory. */
async function bundleShim(root: string): Promise<string> {
  const { build } = await import('vite');
  const result = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    build: {
      write: false,
      emptyOutDir: false,
      minify: false,
      target: 'es2022',
      lib: { entry: resolve(root, 'renderer/src/browser-harness/shim.ts'), formats: ['iife'], name: 'PlanDeskHarnessShim' },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  for (const output of outputs) {
    if (!('output' in output)) continue;
    for (const file of output.output) {
      if (file.type === 'chunk' && file.isEntry) return file.code;
    }
  }
  throw new Error('Bundling the harness shim produced no script');
}
