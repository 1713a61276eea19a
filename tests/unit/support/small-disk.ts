// A small disk of its own for tests of full disks and read-only workspaces: a tmpfs mounted under /tmp (which needs
// root and a system that allows mounting, as CI's containers and these machines do). Where mounting is refused, the
// tests that need one are skipped, and say why.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

export interface SmallDisk {
  readonly folder: string;
  /** Fills the disk with one file until at most `freeBytes` are left. */
  fill(freeBytes: number): void;
  /** Frees what fill() took. */
  empty(): void;
  /** Mounts the disk again read-only (what a read-only share or a write-protected stick looks like). */
  makeReadOnly(): void;
}

/** Mounts a tmpfs of `size` (such as "4m"), unmounted after the test file; or returns why it could not. */
export function mountSmallDisk(size: string): SmallDisk | string {
  const folder = mkdtempSync(join(tmpdir(), 'plandesk-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', folder], { stdio: 'pipe' });
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    const stderr = String((error as { stderr?: Buffer }).stderr ?? '').trim();
    return `a small tmpfs disk cannot be mounted here (${stderr || (error as Error).message}); run as root where mounting is allowed`;
  }
  afterAll(() => {
    // Lazily: a test that failed may still hold a file open there, and the mount must not outlive the run.
    execFileSync('umount', ['--lazy', folder], { stdio: 'pipe' });
    rmSync(folder, { recursive: true, force: true });
  });
  const filler = join(folder, 'filler.bin');
  return {
    folder,
    fill(freeBytes) {
      const { bavail, bsize } = statfsSync(folder);
      const take = bavail * bsize - freeBytes;
      if (take > 0) writeFileSync(filler, Buffer.alloc(take));
    },
    empty() {
      rmSync(filler, { force: true });
    },
    makeReadOnly() {
      execFileSync('mount', ['-o', 'remount,ro', folder], { stdio: 'pipe' });
    },
  };
}
