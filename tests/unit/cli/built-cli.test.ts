// The CLI as `npm run cli` runs it: out/cli/index.js, built by the project's build (cli.vite.config.ts), which
// scripts/cli.mjs builds first when it is missing or older than its sources. Its entry loads no command and no
// library, so `--help` answers at once; a command loads its own part of the bundle when it runs.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli';
import { FIXTURES, tempFolder } from '../support/workspace';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..', '..');
const OUT = join(ROOT, 'out', 'cli');
const folder = tempFolder();

const builtCli = (...args: string[]) => run(process.execPath, [join(ROOT, 'scripts', 'cli.mjs'), ...args], { cwd: ROOT, env: { ...process.env, PLANDESK_USER: 'CLI Tester' } });

/** The modules a built file imports before it runs (static imports only; `import()` loads on demand). */
function staticImports(file: string): string[] {
  return [...readFileSync(join(OUT, file), 'utf8').matchAll(/^import .*? from "([^"]+)";$/gm)].map((match) => match[1]!);
}

describe('the built CLI', { timeout: 120_000 }, () => {
  let help = '';

  beforeAll(async () => {
    // Builds out/cli when the sources changed since (npm test has built it already).
    help = (await builtCli('--help')).stdout;
  }, 120_000);

  it('answers --help with every command, as the sources do', async () => {
    // runCli runs the sources (tsx), as the other CLI tests do.
    expect(help).toBe((await runCli('--help')).stdout);
    for (const command of ['import', 'export', 'summary', 'report', 'exchange send', 'exchange receive', 'exchange merge', 'pack', 'unpack']) {
      expect(help).toContain(`\n  ${command} `);
    }
  });

  it('loads no command and no library before it knows which command runs', () => {
    const loaded = new Set<string>();
    const visit = (file: string) => {
      for (const name of staticImports(file)) {
        if (!name.startsWith('./')) loaded.add(name);
        else if (!loaded.has(name)) {
          loaded.add(name);
          visit(name.slice(2));
        }
      }
    };
    visit('index.js');
    // Only the error classes the entry tells apart; the commands come with import() when one runs.
    expect([...loaded].filter((name) => !/^\.\/(result|usage-error)-[\w-]+\.js$/.test(name))).toEqual([]);
    expect(readFileSync(join(OUT, 'index.js'), 'utf8')).toMatch(/import\("\.\/import-[\w-]+\.js"\)/);
  });

  it('runs a command from the bundle: imports a plan file, summarises it, and refuses a bad call with exit code 2', async () => {
    const db = join(folder, 'built.sqlite');
    await builtCli('import', join(FIXTURES, 'plans', 'two-chapters.plan.json'), '--db', db);
    const summary = JSON.parse((await builtCli('summary', '--db', db, '--json')).stdout) as { plans: { actions: number }[] };
    expect(summary.plans.map((plan) => plan.actions)).toEqual([5]);
    await expect(builtCli('summary')).rejects.toMatchObject({ code: 2, stderr: 'plandesk summary: --db is required. Run "npm run cli -- help" for usage.\n' });
  });
});
