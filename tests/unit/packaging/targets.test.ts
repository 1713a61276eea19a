// The installers electron.builder.yml asks for on each system, read from the file itself: packaging for Windows and
// macOS cannot run here (no Wine, no macOS), so what their updates need is checked in the configuration.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Configuration } from 'electron-builder';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const config = load(readFileSync(join(import.meta.dirname, '..', '..', '..', 'electron.builder.yml'), 'utf8')) as Configuration;

function targetsOf(platform: 'mac' | 'win' | 'linux'): string[] {
  const target = config[platform]?.target;
  const list = Array.isArray(target) ? target : target === undefined || target === null ? [] : [target];
  return list.map((t) => (typeof t === 'string' ? t : t.target));
}

describe('the installers electron.builder.yml makes', () => {
  it('makes a .dmg for people and a .zip for electron-updater on macOS, which installs updates only from a zip', () => {
    expect(targetsOf('mac')).toEqual(expect.arrayContaining(['dmg', 'zip']));
  });

  it('makes a per-user NSIS installer on Windows, and an AppImage and a .deb on Linux', () => {
    expect(targetsOf('win')).toEqual(['nsis']);
    expect(config.nsis?.perMachine).toBe(false);
    expect(targetsOf('linux')).toEqual(expect.arrayContaining(['AppImage', 'deb']));
  });

  it('writes the update information beside the installers (a generic publisher), with the version in every name', () => {
    expect(config.publish).toEqual([expect.objectContaining({ provider: 'generic' })]);
    expect(config.artifactName).toContain('${version}');
  });
});
