// Two writers on one workspace: the second waits for the first instead of failing (every transaction begins
// IMMEDIATE, db/writes-wait.ts), and one still blocked after the busy timeout says so in words.
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/connection';
import { createPlan } from '../../../electron/core/plan/plan-commands';
import { openSqliteFile } from '../../../electron/core/db/sqlite-file';
import { generatedPlanCsv } from '../support/generated-plan';
import { callHandler } from '../../../electron/core/host/dispatch';
import { createHandlers } from '../../../electron/core/app/handlers';
import { tempFolder, testAppContext, testContext } from '../support/workspace';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..', '..');
const folder = tempFolder();

function cli(...args: string[]): Promise<{ stdout: string; stderr: string }> {
  return run(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'electron', 'cli', 'index.ts'), ...args], { cwd: ROOT, env: { ...process.env, PLANDESK_USER: 'Writer' } });
}

describe('two writers on one workspace', () => {
  it('two imports of 3,000 actions started together both succeed, one after the other', { timeout: 240_000 }, async () => {
    const db = join(folder, 'shared.sqlite');
    (await openDatabase(db)).close();
    const csv = join(folder, 'plan-3000.csv');
    writeFileSync(csv, generatedPlanCsv(3000));
    const [first, second] = await Promise.all([
      cli('import', csv, '--db', db, '--plan-title', 'First', '--json'),
      cli('import', csv, '--db', db, '--plan-title', 'Second', '--json'),
    ]);
    expect(JSON.parse(first.stdout).counts.actions).toBe(3000);
    expect(JSON.parse(second.stdout).counts.actions).toBe(3000);
    const sqlite = openSqliteFile(db, { readonly: true });
    const plans = sqlite.prepare(`select p.title, count(a.id) as actions from plans p join chapters c on c.plan_id = p.id
       join policy_statements s on s.chapter_id = c.id join actions a on a.statement_id = s.id group by p.id order by p.title`).all();
    sqlite.close();
    expect(plans).toEqual([
      { title: 'First', actions: 3000 },
      { title: 'Second', actions: 3000 },
    ]);
  });

  it('a write still blocked after the busy timeout says another window or command is writing', async () => {
    const path = join(folder, 'blocked.sqlite');
    const waiting = await openDatabase(path);
    waiting.sqlite.pragma('busy_timeout = 200');
    const holder = openSqliteFile(path);
    holder.exec('begin immediate');
    try {
      await expect(createPlan(waiting.db, testContext(), { title: 'Blocked', description: '' })).rejects.toMatchObject({
        code: 'busy',
        message: 'another PlanDesk window or command is writing to this workspace; try again',
      });
      // The window and the browser harness get the same words, through dispatch.
      const core = createHandlers(testAppContext(() => waiting));
      expect(await callHandler(core, 'plans:create', { title: 'Blocked', description: '' })).toEqual({
        ok: false,
        error: { code: 'busy', message: 'another PlanDesk window or command is writing to this workspace; try again', details: undefined },
      });
    } finally {
      holder.exec('rollback');
      holder.close();
    }
    // Once the other writer is done, the same write goes through.
    await createPlan(waiting.db, testContext(), { title: 'After', description: '' });
    await waiting.close();
  });
});
