// The check that stops packaging when the database addon is missing or built for another runtime, on real files:
// the Node build of better-sqlite3 the tests use, and a file that is no addon at all.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addonTarget, checkNativeAddon, electronAbiOf } from '../../../scripts/packaging/native-addon';
import { tempFolder } from '../support/workspace';

const require = createRequire(import.meta.url);
const nodeBuild = join(dirname(require.resolve('better-sqlite3/package.json')), 'build', 'Release', 'better_sqlite3.node');
const nodeAbi = Number(process.versions.modules);

describe('the database addon shipped with the app', () => {
  const folder = tempFolder();

  it('reads the ABI an addon was built for from its bytes', () => {
    expect(addonTarget(readFileSync(nodeBuild))).toEqual({ kind: 'abi', abi: nodeAbi });
    expect(addonTarget(Buffer.from('\0\0napi_register_module_v1\0'))).toEqual({ kind: 'node-api' });
    expect(addonTarget(Buffer.from('just some text'))).toBeNull();
  });

  it('maps Electron versions to their ABI', () => {
    expect(electronAbiOf('41.7.1')).toBe(145);
    expect(electronAbiOf('41.7.1')).not.toBe(nodeAbi);
  });

  it('accepts an addon built for the Electron that loads it', () => {
    const addon = join(folder, 'matching.node');
    copyFileSync(nodeBuild, addon);
    expect(() => checkNativeAddon(addon, { electronVersion: 'stand-in', electronAbi: nodeAbi })).not.toThrow();
  });

  it('refuses a missing addon, naming the file and what to run', () => {
    const missing = join(folder, 'native', 'better_sqlite3.node');
    expect(() => checkNativeAddon(missing, { electronVersion: '41.7.1', electronAbi: 145 })).toThrow(
      `The database addon is missing: ${missing} does not exist. Run \`npm run native:electron\``,
    );
  });

  it("refuses the tests' Node build for Electron, saying which ABI each has", () => {
    const addon = join(folder, 'node-build.node');
    copyFileSync(nodeBuild, addon);
    expect(() => checkNativeAddon(addon, { electronVersion: '41.7.1', electronAbi: 145 })).toThrow(
      new RegExp(`was built for ABI ${nodeAbi} \\(the ABI of this Node .*\\), but Electron 41\\.7\\.1 loads ABI 145`),
    );
  });

  it('refuses a file that is no addon', () => {
    const addon = join(folder, 'text.node');
    writeFileSync(addon, 'not a library');
    expect(() => checkNativeAddon(addon, { electronVersion: '41.7.1', electronAbi: 145 })).toThrow('is not a compiled Node addon');
  });
});
