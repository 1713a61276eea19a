// The check that stops packaging when the database addon is missing or built for another runtime, on real files:
// better-sqlite3's prebuilt Node-API addon, a file naming another ABI, and a file that is no addon at all.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addonTarget, betterSqlite3Prebuild, checkNativeAddon, electronAbiOf, electronVersion } from '../../../scripts/packaging/native-addon';
import { tempFolder } from '../support/workspace';

const electron = { electronVersion: electronVersion(), electronAbi: electronAbiOf(electronVersion()) };

describe('the database addon shipped with the app', () => {
  const folder = tempFolder();

  it("finds better-sqlite3's prebuilt addon for this system, built on Node-API", () => {
    const prebuild = betterSqlite3Prebuild();
    expect(prebuild).toMatch(/prebuilds[/\\](linux|linuxmusl|darwin|win32)-(x64|arm64)\.node$/);
    expect(addonTarget(readFileSync(prebuild))).toEqual({ kind: 'node-api' });
    expect(() => betterSqlite3Prebuild('aix', 'ppc64')).toThrow('better-sqlite3 has no prebuilt addon for aix-ppc64');
  });

  it('reads the ABI an addon built on V8 was built for from its bytes', () => {
    expect(addonTarget(Buffer.from('\0\0node_register_module_v145\0'))).toEqual({ kind: 'abi', abi: 145 });
    expect(addonTarget(Buffer.from('just some text'))).toBeNull();
  });

  it('maps Electron versions to their ABI', () => {
    expect(electronAbiOf('41.7.1')).toBe(145);
    expect(electronAbiOf('45.6.1')).toBe(150);
  });

  it('accepts the Node-API addon for the Electron the project installs', () => {
    const addon = join(folder, 'node-api.node');
    copyFileSync(betterSqlite3Prebuild(), addon);
    expect(() => checkNativeAddon(addon, electron)).not.toThrow();
  });

  it('refuses a missing addon, naming the file and what to run', () => {
    const missing = join(folder, 'native', 'better_sqlite3.node');
    expect(() => checkNativeAddon(missing, electron)).toThrow(`The database addon is missing: ${missing} does not exist. Run \`npm run native:electron\``);
  });

  it('refuses an addon built on V8 for another ABI, saying which ABI each has', () => {
    const addon = join(folder, 'other-abi.node');
    writeFileSync(addon, '\0ELF\0node_register_module_v115\0');
    expect(() => checkNativeAddon(addon, electron)).toThrow(`was built for ABI 115 (another runtime), but Electron ${electron.electronVersion} loads ABI ${electron.electronAbi}`);
  });

  it('refuses a file that is no addon', () => {
    const addon = join(folder, 'text.node');
    writeFileSync(addon, 'not a library');
    expect(() => checkNativeAddon(addon, electron)).toThrow('is not a compiled Node addon');
  });
});
