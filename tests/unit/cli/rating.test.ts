// rating set and the ratings of summary --json, as automation uses them: a separate process, its exit code and output.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli as cli } from '../support/run-cli';
import { FIXTURES, tempFolder } from '../support/workspace';

const folder = tempFolder();
const db = join(folder, 'ratings.sqlite');

describe('npm run cli -- rating', { timeout: 120_000 }, () => {
  it('prints each action\'s rating with its reasons in summary --json', async () => {
    expect((await cli('import', join(FIXTURES, 'plans', 'two-chapters.plan.json'), '--db', db, '--json')).code).toBe(0);
    const summary = JSON.parse((await cli('summary', '--db', db, '--json')).stdout);
    const ratings = summary.plans[0].ratings;
    expect(ratings.counts.completed).toBe(1);
    const late = ratings.actions.find((a: { code: string }) => a.code === '5.1.1.3');
    expect(late).toMatchObject({ rating: 'red', computed: 'red', override: null });
    expect(late.reasons[0]).toMatch(/^Past its end \(Dec 2020\) by \d+ months and not completed$/);
  });

  it('sets an override for a period by action code, and summary shows it beside the computed rating', async () => {
    const summary = JSON.parse((await cli('summary', '--db', db, '--json')).stdout);
    const period = summary.plans[0].ratings.period as string;
    const set = await cli('rating', 'set', '--db', db, '--action', '5.1.1.3', '--period', period, '--rating', 'amber', '--reason', 'ministry re-tendered in November', '--user', 'Pema');
    expect(set.stderr).toBe('');
    expect(set.code).toBe(0);
    expect(set.stdout).toContain(`Rating of 5.1.1.3 for ${period} set to amber by Pema: ministry re-tendered in November`);
    expect(set.stdout).toContain('Shown now: Amber (computed: red) — ministry re-tendered in November');
    const after = JSON.parse((await cli('summary', '--db', db, '--json')).stdout);
    expect(after.plans[0].ratings.actions.find((a: { code: string }) => a.code === '5.1.1.3')).toMatchObject({
      rating: 'amber',
      computed: 'red',
      override: { rating: 'amber', reason: 'ministry re-tendered in November', setBy: 'Pema' },
    });
  });

  it('refuses a missing reason, an unknown action, period or rating, and writes nothing', async () => {
    const before = (await cli('summary', '--db', db, '--json')).stdout;
    const period = JSON.parse(before).plans[0].ratings.period as string;
    const refusals = [
      [['--action', '5.1.1.1', '--period', period, '--rating', 'red'], '--reason is required'],
      [['--action', '5.1.1.1', '--period', period, '--rating', 'red', '--reason', '  '], '--reason is required'],
      [['--action', '9.9.9', '--period', period, '--rating', 'red', '--reason', 'x'], 'No action with code or id "9.9.9" in this plan'],
      [['--action', '5.1.1.1', '--period', 'FY 1990-91', '--rating', 'red', '--reason', 'x'], '"FY 1990-91" is not a reporting period of this plan'],
      [['--action', '5.1.1.1', '--period', period, '--rating', 'purple', '--reason', 'x'], '--rating must be red, amber or green (got "purple")'],
    ] as const;
    for (const [args, message] of refusals) {
      const result = await cli('rating', 'set', '--db', db, ...args);
      expect(result.code).not.toBe(0);
      expect(result.stderr).toContain(message);
    }
    expect((await cli('summary', '--db', db, '--json')).stdout).toBe(before);
  });
});
