// Two CLI processes on one workspace, the first holding the write lock longer than the busy timeout (30 s): the
// second gives up with the busy message in words and exit code 1, writes nothing, and the first then finishes.
// The first is held mid-write by stopping its process (SIGSTOP) while its write transaction is open, found by
// asking SQLite for the write lock without waiting; it is let go (SIGCONT) once the second has answered.
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUSY_TIMEOUT_MS, openDatabase } from '../../../electron/core/db/connection';
import { openSqliteFile } from '../../../electron/core/db/sqlite-file';
import { generatedPlanCsv } from '../support/generated-plan';
import { FIXTURES, tempFolder } from '../support/workspace';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const folder = tempFolder();

interface Finished {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function startCli(...args: string[]): { child: ChildProcess; finished: Promise<Finished> } {
  // Node itself with tsx's loader (not the tsx runner, which would run the CLI in a child process): one process to stop.
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'electron', 'cli', 'index.ts'), ...args], {
    cwd: ROOT,
    env: { ...process.env, PLANDESK_USER: 'Writer' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return { child, finished: new Promise((done) => child.on('close', (code) => done({ code, stdout, stderr }))) };
}

/** True when another connection holds the workspace's write lock (asked without waiting, and given back at once). */
function writeLockHeld(path: string): boolean {
  const probe = openSqliteFile(path);
  try {
    probe.pragma('busy_timeout = 0');
    probe.exec('begin immediate');
    probe.exec('rollback');
    return false;
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_BUSY') return true;
    throw error;
  } finally {
    probe.close();
  }
}

describe('two CLI writers, one holding the lock past the busy timeout', () => {
  it('the second says another window or command is writing, writes nothing, and the first then finishes', { timeout: BUSY_TIMEOUT_MS * 4 }, async () => {
    const db = join(folder, 'busy.sqlite');
    await (await openDatabase(db)).close();
    const csv = join(folder, 'plan-3000.csv');
    writeFileSync(csv, generatedPlanCsv(3000));

    const first = startCli('import', csv, '--db', db, '--plan-title', 'First', '--json');
    let exited = false;
    void first.finished.then(() => (exited = true));
    // Stop the first while it holds the write lock; stopped just after a short transaction, it is let go and tried again.
    let holding = false;
    while (!holding && !exited) {
      if (writeLockHeld(db)) {
        first.child.kill('SIGSTOP');
        holding = writeLockHeld(db);
        if (!holding) first.child.kill('SIGCONT');
      }
      await new Promise((wait) => setTimeout(wait, 5));
    }
    expect(holding, 'the first import finished before it could be held mid-write').toBe(true);

    try {
      const started = Date.now();
      const second = await startCli('import', join(FIXTURES, 'plans', 'two-chapters.plan.json'), '--db', db, '--json').finished;
      expect(second.stderr).toBe('plandesk import: another PlanDesk window or command is writing to this workspace; try again\n');
      expect(second.code).toBe(1);
      expect(Date.now() - started).toBeGreaterThanOrEqual(BUSY_TIMEOUT_MS);
    } finally {
      first.child.kill('SIGCONT');
    }
    const done = await first.finished;
    expect(done.code, done.stderr).toBe(0);
    expect(JSON.parse(done.stdout).counts.actions).toBe(3000);
    const sqlite = openSqliteFile(db, { readonly: true });
    const plans = sqlite.prepare('select title from plans order by title').all();
    sqlite.close();
    expect(plans).toEqual([{ title: 'First' }]);
  });
});
