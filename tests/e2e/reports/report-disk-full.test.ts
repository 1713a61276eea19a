// `npm run cli -- report` writing a PDF onto a full disk: it fails with "the disk is full", leaves the previous pack
// exactly as it was and no temporary file beside it (the PDF is written beside its target, then renamed, as every
// file PlanDesk writes). Runs on a small tmpfs of its own; skipped, saying why, where mounting one is not allowed.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mountSmallDisk } from '../../unit/support/small-disk';
import { importTwoChapterPlan, openTempWorkspace } from '../../unit/support/workspace';
import { tempDir } from '../support/sample-workspace';

const root = resolve(import.meta.dirname, '../../..');
const folder = tempDir('report-disk');
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const mounted = mountSmallDisk('4m');
const disk = typeof mounted === 'string' ? null : mounted;

function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', resolve(root, 'electron/cli/index.ts'), ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => done({ code: code ?? -1, stdout, stderr }));
  });
}

describe('report command on a full disk', () => {
  if (disk === null) {
    it.skip(`skipped: ${String(mounted)}`, () => {});
    return;
  }

  it('fails with "the disk is full" and leaves the previous PDF whole, with no temporary file', async () => {
    const connection = await openTempWorkspace(folder);
    await importTwoChapterPlan(connection);
    await connection.close();
    const db = join(folder, 'workspace.sqlite');
    const out = join(disk.folder, 'pack.pdf');
    const report = () => runCli(['report', '--db', db, '--preset', 'overdue', '--out', out, '--as-of', '2026-11-30', '--chromium', process.env['PLANDESK_CHROMIUM'] ?? '/usr/bin/chromium']);

    const first = await report();
    expect(first.code, first.stderr).toBe(0);
    const previous = readFileSync(out);
    expect(previous.subarray(0, 5).toString()).toBe('%PDF-');
    writeFileSync(join(disk.folder, 'notes.txt'), 'beside the pack');
    disk.fill(2048);
    try {
      const failed = await report();
      expect(failed.code).toBe(1);
      expect(failed.stderr).toBe(`plandesk report: the disk is full: ${out} could not be written, and the file that was there (if any) is unchanged. Free some space and try again.\n`);
      expect(readFileSync(out).equals(previous)).toBe(true);
      expect(readdirSync(disk.folder).sort()).toEqual(['filler.bin', 'notes.txt', 'pack.pdf']);
    } finally {
      disk.empty();
    }
  });
});
