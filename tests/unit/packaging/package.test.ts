// Packaging smoke test: electron-builder packs the built app (`npm run build` first; `npm test` does) with the
// project's configuration (electron.builder.yml, through stand-in.config.ts) into an unpacked directory (`--dir`),
// with a stand-in Electron distribution, since no Electron binary can be fetched on the build machines. The stand-in is a folder shaped like an unpacked Electron
// whose executable holds Electron's fuse wire, so the fuses electron-builder flips can be read back.
import { extractAll, getRawHeader, type DirectoryRecord, type FileRecord } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { build, Platform } from 'electron-builder';
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { WorkerHost } from '../../../electron/core/app/worker/host';
import { betterSqlite3Prebuild, electronVersion as currentElectronVersion } from '../../../scripts/packaging/native-addon';
import { tempFolder } from '../support/workspace';

// A fuse's state is a byte in the wire: '1' enabled, '0' disabled (@electron/fuses does not export the names).
const FuseState = { ENABLE: '1'.charCodeAt(0), DISABLE: '0'.charCodeAt(0) } as const;
const root = join(import.meta.dirname, '..', '..', '..');
// better-sqlite3's Node-API addon loads in Node and Electron alike: the app ships the prebuilt one for its system.
const addonBuild = betterSqlite3Prebuild();
const electronVersion = currentElectronVersion();

/** An unpacked Electron distribution for Linux with no Electron in it: an executable holding the fuse wire. */
function standInElectron(dist: string): void {
  mkdirSync(join(dist, 'resources'), { recursive: true });
  const fuseWire = Buffer.concat([Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'), Buffer.from([1, 8]), Buffer.alloc(8, FuseState.ENABLE)]);
  writeFileSync(join(dist, 'electron'), Buffer.concat([Buffer.from('#!/bin/sh\necho "stand-in Electron"\n'), fuseWire]));
  chmodSync(join(dist, 'electron'), 0o755);
  writeFileSync(join(dist, 'version'), electronVersion);
  writeFileSync(join(dist, 'LICENSE'), 'stand-in');
  writeFileSync(join(dist, 'LICENSES.chromium.html'), 'stand-in');
}

/** Packs with stand-in.config.ts: the project's configuration, the stand-in Electron, the addon at `addon`. */
async function pack(folder: string, addon: string, output: string) {
  const settings = { PLANDESK_PACKAGING_TEST: folder, PLANDESK_PACKAGING_ADDON: addon, PLANDESK_PACKAGING_OUTPUT: output };
  Object.assign(process.env, settings);
  try {
    return await build({ projectDir: root, targets: Platform.LINUX.createTarget('dir'), config: join(import.meta.dirname, 'stand-in.config.ts'), publish: 'never' });
  } finally {
    for (const name of Object.keys(settings)) delete process.env[name];
  }
}

describe('the packaged app', () => {
  const folder = tempFolder();
  const appOutDir = join(folder, 'dist', 'linux-unpacked');
  const resources = join(appOutDir, 'resources');
  let files: string[] = [];

  beforeAll(async () => {
    expect(existsSync(join(root, 'out', 'main', 'index.js')), 'out/ is missing: run `npm run build` first').toBe(true);
    standInElectron(join(folder, 'electron-dist'));
    mkdirSync(join(folder, 'addon'));
    copyFileSync(addonBuild, join(folder, 'addon', 'better_sqlite3.node'));
    await pack(folder, join(folder, 'addon', 'better_sqlite3.node'), join(folder, 'dist'));
    const header = getRawHeader(join(resources, 'app.asar')).header;
    files = listFiles(header);
  }, 300_000);

  it('holds the main process, the preload, the renderer and its print pages', () => {
    for (const file of ['out/main/index.js', 'out/main/worker.js', 'out/preload/index.cjs', 'out/renderer/index.html', 'out/renderer/print.html', 'package.json']) {
      expect(files).toContain(file);
    }
    expect(files.some((file) => /^out\/renderer\/assets\/print-.*\.js$/.test(file))).toBe(true);
  });

  it('ships the database addon and the sample plan beside the archive', () => {
    expect(readFileSync(join(resources, 'native', 'better_sqlite3.node')).equals(readFileSync(addonBuild))).toBe(true);
    expect(readFileSync(join(resources, 'sample-plan.tsv'), 'utf8')).toBe(readFileSync(join(root, 'resources', 'sample-plan.tsv'), 'utf8'));
  });

  it('ships the Dzongkha font in the renderer, with its licence (SIL Open Font License) beside the archive', () => {
    expect(files.some((file) => /^out\/renderer\/assets\/jomolhari-tibetan-400-normal-[\w-]+\.woff2$/.test(file))).toBe(true);
    const licence = readFileSync(join(resources, 'licenses', 'fonts', 'Jomolhari-OFL.txt'), 'utf8');
    expect(licence).toContain('SIL OPEN FONT LICENSE Version 1.1');
    expect(licence).toContain('Christopher Fynn');
  });

  it('holds no tests, sources, dev tools or libraries the renderer already bundles', () => {
    const packages = new Set(files.filter((file) => file.startsWith('node_modules/')).map(packageOf));
    for (const notLoaded of ['react', 'react-dom', 'ag-grid-community', 'ag-grid-react', 'playwright-core', 'electron', 'vitest', 'typescript', 'electron-builder', 'tsx']) {
      expect(packages, notLoaded).not.toContain(notLoaded);
    }
    expect(files.filter((file) => /^(tests|electron|renderer|shared|scripts|resources)\//.test(file))).toEqual([]);
    // The command line is built into out/ too (out/cli), for the project's own use: not the app's.
    expect(files.filter((file) => file.startsWith('out/cli/'))).toEqual([]);
    expect(files.filter((file) => /\.(ts|map|md)$/.test(file) || /(^|\/)(tests?|__tests__)\//.test(file))).toEqual([]);
    expect(files.filter((file) => /^node_modules\/better-sqlite3\/(build|src|deps|prebuilds)\//.test(file))).toEqual([]);
  });

  it('holds every package the main process and the core\'s worker import, loadable from the archive', () => {
    // The main process (index.js), the worker thread that runs the core (worker.js), and the chunks they share.
    const bundles = ['index.js', 'worker.js', ...readdirSync(join(root, 'out', 'main', 'chunks')).map((chunk) => join('chunks', chunk))];
    const code = bundles.map((bundle) => readFileSync(join(root, 'out', 'main', bundle), 'utf8')).join('\n');
    // Static imports, and the packages loaded when first needed (exceljs: only when a workbook is written).
    const statically = [...code.matchAll(/^import .* from "([^".][^"]*)";$/gm)].map((match) => match[1]!);
    const onDemand = [...code.matchAll(/\bimport\("([^".][^"]*)"\)/g)].map((match) => match[1]!);
    const imported = [...new Set([...statically, ...onDemand])].filter(
      (name) => !name.startsWith('node:') && name !== 'electron',
    );
    expect(imported).toEqual(expect.arrayContaining(['better-sqlite3', 'kysely', 'exceljs', 'zod']));
    const extracted = join(folder, 'extracted');
    extractAll(join(resources, 'app.asar'), extracted);
    // better-sqlite3's JavaScript loads the addon given to it (resources/native), so only its require is checked.
    const script = `for (const name of ${JSON.stringify(imported)}) await import(name);`;
    expect(() => execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: extracted, stdio: 'pipe' })).not.toThrow();
  });

  it('starts the core\'s worker as the main process does: the bundled worker.js, from the archive, with the shipped addon', async () => {
    const extracted = join(folder, 'extracted-for-worker');
    extractAll(join(resources, 'app.asar'), extracted);
    const workspace = join(folder, 'packaged-worker.sqlite');
    const core = await WorkerHost.start({
      workspace,
      version: 'packaged',
      shell: 'electron',
      userName: 'Test Analyst',
      fallbackUserName: 'os-user',
      samplePlanPath: join(resources, 'sample-plan.tsv'),
      nativeBinding: join(resources, 'native', 'better_sqlite3.node'),
      workerFile: join(extracted, 'out', 'main', 'worker.js'),
    });
    try {
      expect((await core.call('plans:openSample', {})).ok).toBe(true);
      const summary = await core.call('workspace:summary', {});
      expect(summary.ok && (summary.value as { plans: { actions: number }[] }).plans[0]!.actions).toBe(53);
    } finally {
      await core.close();
    }
  });

  it('has its fuses set: no ELECTRON_RUN_AS_NODE, no NODE_OPTIONS or --inspect, code only from the checked archive', async () => {
    const fuses = await getCurrentFuseWire(join(appOutDir, 'plandesk'));
    expect(fuses[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
    expect(fuses[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FuseState.DISABLE);
    expect(fuses[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.DISABLE);
    expect(fuses[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
    expect(fuses[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FuseState.ENABLE);
  });

  it('stops packaging when the addon is missing, saying what to run', async () => {
    const missing = join(folder, 'missing', 'better_sqlite3.node');
    await expect(pack(folder, missing, join(folder, 'refused'))).rejects.toThrow(`The database addon is missing: ${join(folder, 'refused', 'linux-unpacked', 'resources', 'native', 'better_sqlite3.node')} does not exist. Run \`npm run native:electron\``);
  }, 300_000);
});

function listFiles(directory: DirectoryRecord, prefix = ''): string[] {
  return Object.entries(directory.files).flatMap(([name, entry]: [string, DirectoryRecord | FileRecord]) =>
    'files' in entry ? listFiles(entry, `${prefix}${name}/`) : [`${prefix}${name}`],
  );
}

function packageOf(file: string): string {
  const parts = file.split('/');
  return parts[1]!.startsWith('@') ? `${parts[1]}/${parts[2]}` : parts[1]!;
}
