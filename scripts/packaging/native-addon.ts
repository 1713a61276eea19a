// Which runtime a compiled addon (.node) was built for, read from the file itself, and the check that stops
// packaging when the database addon the app ships cannot load in the app's Electron. Used after building the
// addon (scripts/electron-native.ts) and by electron-builder's afterPack hook (electron.builder.yml).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { AfterPackContext } from 'electron-builder';
import { getAbi } from 'node-abi';

export type AddonTarget = { readonly kind: 'node-api' } | { readonly kind: 'abi'; readonly abi: number };

/**
 * An addon built against V8 and Node's C++ API exports `node_register_module_v<ABI>`, readable in its bytes; one built
 * on Node-API exports `napi_register_module_v1` instead and loads in any runtime recent enough.
 */
export function addonTarget(bytes: Uint8Array): AddonTarget | null {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const abi = /node_register_module_v(\d+)/.exec(text);
  if (abi?.[1]) return { kind: 'abi', abi: Number(abi[1]) };
  if (text.includes('napi_register_module_v1')) return { kind: 'node-api' };
  return null;
}

export interface ElectronTarget {
  readonly electronVersion: string;
  /** The NODE_MODULE_VERSION an addon must carry to load in that Electron. */
  readonly electronAbi: number;
}

export const electronAbiOf = (electronVersion: string): number => Number(getAbi(electronVersion, 'electron'));

const require = createRequire(import.meta.url);

/** The Electron version the project installs (package-lock.json pins it). */
export const electronVersion = (): string => (require('electron/package.json') as { version: string }).version;

/**
 * better-sqlite3's prebuilt Node-API addon for a system, as its own loader picks it (prebuilds/<system>-<arch>.node,
 * `linuxmusl` on musl-based Linux); throws naming the systems it has when there is none for this one.
 */
export function betterSqlite3Prebuild(platform: NodeJS.Platform = process.platform, arch: string = process.arch): string {
  const musl = platform === 'linux' && !(process.report.getReport() as { header?: { glibcVersionRuntime?: string } }).header?.glibcVersionRuntime;
  const system = `${musl ? 'linuxmusl' : platform}-${arch}`;
  const file = join(dirname(require.resolve('better-sqlite3/package.json')), 'prebuilds', `${system}.node`);
  if (!existsSync(file)) {
    throw new Error(`better-sqlite3 has no prebuilt addon for ${system} (it ships them for linux, linuxmusl, darwin and win32 on x64 and arm64): ${file} does not exist`);
  }
  return file;
}

const FIX = 'Run `npm run native:electron` (it puts better-sqlite3 for Electron into .native/electron/), then package again.';

/** Throws, saying what to run, unless `file` is an addon that Electron can load. */
export function checkNativeAddon(file: string, { electronVersion, electronAbi }: ElectronTarget): void {
  if (!existsSync(file)) {
    throw new Error(`The database addon is missing: ${file} does not exist. ${FIX}`);
  }
  const target = addonTarget(readFileSync(file));
  if (target === null) {
    throw new Error(`${file} is not a compiled Node addon (no module registration in it). ${FIX}`);
  }
  if (target.kind === 'abi' && target.abi !== electronAbi) {
    const which = target.abi === Number(process.versions.modules) ? `the ABI of this Node ${process.version}, the build the tests use` : 'another runtime';
    throw new Error(
      `${file} was built for ABI ${target.abi} (${which}), but Electron ${electronVersion} loads ABI ${electronAbi}: ` +
        `the packaged app could not open any workspace. ${FIX}`,
    );
  }
}

/**
 * electron-builder's afterPack hook: electron-builder only warns about a missing extraResources file, and the app
 * would then fail on the user's machine.
 */
export async function checkPackagedAddon(context: AfterPackContext): Promise<void> {
  const electronVersion = context.packager.info.framework.version;
  const addon = join(context.packager.getResourcesDir(context.appOutDir), 'native', 'better_sqlite3.node');
  checkNativeAddon(addon, { electronVersion, electronAbi: electronAbiOf(electronVersion) });
}

// electron.builder.yml names this file as its afterPack hook: electron-builder loads it (Node runs its TypeScript as
// is) and calls its default export after packing each platform.
export default checkPackagedAddon;
