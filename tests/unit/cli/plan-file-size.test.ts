// A plan file larger than any plan is refused by the CLI from its size alone, before it is read (a file of
// gigabytes would otherwise be read whole), and no workspace is made.
import { existsSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli';
import { tempFolder } from '../support/workspace';

const folder = tempFolder();

describe('npm run cli -- import <plan file> past the size cap', () => {
  it('refuses a 3 GB plan file by its size, creating nothing', async () => {
    const file = join(folder, 'huge.plan.json');
    writeFileSync(file, '');
    truncateSync(file, 3 * 1024 * 1024 * 1024); // sparse: takes no disk
    const db = join(folder, 'never.sqlite');
    const run = await runCli('import', file, '--db', db);
    expect(run.stderr).toBe('plandesk import: huge.plan.json is 3,072 MB; a PlanDesk plan file holds at most 60 MB, far more than any plan (about 1.5 KB an action), so it is not read\n');
    expect(run.code).toBe(1);
    expect(existsSync(db)).toBe(false);
  });
});
