// plan approve and plan rebaseline, as automation uses them: a separate process, its exit code and output.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli as cli } from '../support/run-cli';
import { FIXTURES, handlersFor, openTempWorkspace, sha256Of, tempFolder } from '../support/workspace';

const folder = tempFolder();
const db = join(folder, 'baseline.sqlite');

describe('npm run cli -- plan', { timeout: 120_000 }, () => {
  it('approves the plan on a date; summary --json shows the baseline', async () => {
    expect((await cli('import', join(FIXTURES, 'plans', 'two-chapters.plan.json'), '--db', db, '--json')).code).toBe(0);
    const approved = await cli('plan', 'approve', '--db', db, '--on', '2026-07-15', '--user', 'Karma');
    expect(approved.stderr).toBe('');
    expect(approved.code).toBe(0);
    expect(approved.stdout).toContain('Plan approved on 15 July 2026 by Karma: its planned dates are now the baseline.');
    const summary = JSON.parse((await cli('summary', '--db', db, '--json')).stdout);
    expect(summary.plans[0].baseline).toEqual({ approvedOn: '2026-07-15', approvedBy: 'Karma', rebaselinedOn: null, rebaselineReason: '' });
  });

  it('refuses a second approval, a date that is no date, a rebaseline without a reason or with nothing revised; writes nothing', async () => {
    const before = sha256Of(db);
    const refusals: [string[], RegExp][] = [
      [['plan', 'approve', '--db', db], /already approved on 15 July 2026/],
      [['plan', 'approve', '--db', db, '--on', '15/07/2026'], /"15\/07\/2026" is not a date written YYYY-MM-DD/],
      [['plan', 'rebaseline', '--db', db], /--reason is required/],
      [['plan', 'rebaseline', '--db', db, '--reason', 'Mid-term review'], /No action has a revised end/],
      [['plan', 'unapprove', '--db', db], /plan takes one subcommand/],
    ];
    for (const [args, message] of refusals) {
      const run = await cli(...args);
      expect(run.code, args.join(' ')).not.toBe(0);
      expect(run.stderr).toMatch(message);
    }
    expect(sha256Of(db)).toBe(before);
  });

  it('rebaselines with a reason once an end was revised', async () => {
    // The end revised as the app does it (the CLI has no cell edit), through the same core, then the workspace closed.
    const connection = await openTempWorkspace(folder, 'baseline.sqlite');
    const call = handlersFor(connection, { user: 'Karma' });
    const planId = (await call('workspace:summary', {})).plans[0]!.id;
    const action = (await call('actions:list', { planId })).find((a) => a.code === '5.1.1.3')!;
    await call('actions:update', { actionId: action.id, field: 'end', value: 'Jun 2027', reason: 'Vendor delay' });
    await connection.close();
    const rebaselined = await cli('plan', 'rebaseline', '--db', db, '--reason', 'Steering committee of 20 Nov 2026', '--json');
    expect(rebaselined.code).toBe(0);
    expect(JSON.parse(rebaselined.stdout)).toMatchObject({ actions: 1, baseline: { approvedOn: '2026-07-15', rebaselineReason: 'Steering committee of 20 Nov 2026' } });
  });
});
