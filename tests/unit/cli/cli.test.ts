// The CLI as automation uses it: a separate process, its exit code, its stdout and stderr.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/connection';
import { runCli } from '../support/run-cli';
import { FIXTURES, sha256Of, tempFolder } from '../support/workspace';

const folder = tempFolder();
const ROOT = join(import.meta.dirname, '..', '..', '..');
const PLAN = join(FIXTURES, 'plans', 'two-chapters.plan.json');

const cli = runCli;

describe('npm run cli', { timeout: 120_000 }, () => {
  it('summarises a new, empty workspace', async () => {
    const db = join(folder, 'empty.sqlite');
    // summary never creates a workspace (a mistyped --db is an error: tests/unit/db/workspace-file.test.ts).
    await (await openDatabase(db)).close();
    const result = await cli('summary', '--db', db, '--json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ workspace: db, agencies: 0, plans: [] });
  });

  it('imports a plan file and summarises it with every count', async () => {
    const db = join(folder, 'imported.sqlite');
    const imported = await cli('import', PLAN, '--db', db, '--json');
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout).planIds).toHaveLength(1);
    const summary = JSON.parse((await cli('summary', '--db', db, '--json')).stdout);
    expect(summary.agencies).toBe(8);
    expect(summary.plans).toHaveLength(1);
    expect(summary.plans[0]).toMatchObject({
      title: 'e-Governance policy Implementation and Monitoring plan (extract)',
      chapters: 2,
      statements: 3,
      actions: 5,
      indicators: 5,
      agencies: 6,
      actionsByStatus: { not_started: 2, ongoing: 2, completed: 1, on_hold: 0, dropped: 0, unknown: 0 },
    });
    const history = (await import('better-sqlite3')).default(db, { readonly: true });
    const users = history.prepare('select distinct user_name, source from change_history').all();
    history.close();
    expect(users).toEqual([{ user_name: 'CLI Tester', source: 'import' }]);
  });

  it('round-trips: export → import into another workspace → export gives the same file', async () => {
    const a = join(folder, 'a.sqlite');
    const b = join(folder, 'b.sqlite');
    await cli('import', PLAN, '--db', a);
    expect((await cli('export', join(folder, 'a.json'), '--db', a, '--format', 'json')).code).toBe(0);
    expect((await cli('import', join(folder, 'a.json'), '--db', b)).code).toBe(0);
    expect((await cli('export', join(folder, 'b.json'), '--db', b, '--format', 'json')).code).toBe(0);
    expect(readFileSync(join(folder, 'b.json'), 'utf8')).toBe(readFileSync(join(folder, 'a.json'), 'utf8'));
  });

  it('imports the sample spreadsheet with its report, and refuses garbage named .xlsx leaving the workspace unchanged', async () => {
    const db = join(folder, 'sample.sqlite');
    const result = await cli('import', join(ROOT, 'resources', 'sample-plan.tsv'), '--db', db, '--json');
    expect(result.code).toBe(0);
    const imported = JSON.parse(result.stdout);
    expect(imported.counts).toMatchObject({ chapters: 6, statements: 13, actions: 53, indicators: 52 });
    expect(imported.report.entries.some((e: { row: number; message: string }) => e.row === 33 && /three dates/.test(e.message))).toBe(true);
    const before = sha256Of(db);
    const garbage = join(folder, 'plan.xlsx');
    writeFileSync(garbage, 'definitely not a zip archive');
    const refused = await cli('import', garbage, '--db', db);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^plandesk import: .*plan\.xlsx/);
    expect(sha256Of(db)).toBe(before);
  });

  it.each([
    ['truncated JSON', '{"format": "plandesk.plan/1", "plans": [{"title": "x"', /is not valid JSON/],
    ['a wrong value deep inside', readFileSync(PLAN, 'utf8').replace('"end": "2020-12"', '"end": "Dec 2020"'), /actions\[0\]\.end, must be a month written YYYY-MM/],
    ['binary garbage', '\u0000\u0001PK\u0003\u0004garbage', /is not valid JSON/],
  ])('refuses %s with one line on stderr, and leaves the workspace byte-for-byte unchanged', async (_name, content, message) => {
    const db = join(folder, 'guarded.sqlite');
    if (!existsSync(db)) expect((await cli('import', PLAN, '--db', db)).code).toBe(0);
    const before = sha256Of(db);
    const bad = join(folder, 'bad.json');
    writeFileSync(bad, content);
    const result = await cli('import', bad, '--db', db);
    expect(result.code).not.toBe(0);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
    expect(sha256Of(db)).toBe(before);
  });

  it('explains a missing option or an unknown command', async () => {
    const missing = await cli('summary');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^plandesk summary: --db is required/);
    const unknown = await cli('frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command "frobnicate"/);
  });
});
