// The exchange commands as automation uses them: separate processes, exit codes, JSON on stdout.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/connection';
import { runCli } from '../support/run-cli';
import { FIXTURES, sha256Of, tempFolder } from '../support/workspace';
import { fillIn, loadWorkbook } from '../exchange/support';

const folder = tempFolder();
const db = join(folder, 'pmu.sqlite');

const cli = runCli;

describe('npm run cli -- exchange', () => {
  it('refuses a due date that is not a real day, sending nothing', async () => {
    const other = join(folder, 'due.sqlite');
    expect((await cli('import', join(FIXTURES, 'plans', 'two-chapters.plan.json'), '--db', other)).code).toBe(0);
    const sent = await cli('exchange', 'send', '--db', other, '--period', 'FY 2025-26', '--out', join(folder, 'not-sent'), '--due', '2027-02-30');
    expect(sent.code).not.toBe(0);
    expect(sent.stderr).toContain('The due date "2027-02-30" must be a date written YYYY-MM-DD: a real day, in the years 1900 to 2200');
    expect(existsSync(join(folder, 'not-sent'))).toBe(false);
    const workspace = await openDatabase(other);
    expect(await workspace.db.selectFrom('exchange_packages').select('id').execute()).toEqual([]);
    await workspace.close();
  });

  it('sends, receives without writing, and merges every change without a conflict', async () => {
    expect((await cli('import', join(FIXTURES, 'plans', 'two-chapters.plan.json'), '--db', db)).code).toBe(0);
    const sent = await cli('exchange', 'send', '--db', db, '--period', 'FY 2025-26', '--out', join(folder, 'out'), '--agency', 'MoIC', '--due', '2027-01-31', '--json');
    expect(sent.stderr).toBe('');
    expect(JSON.parse(sent.stdout).packages.map((p: { fileName: string }) => p.fileName)).toEqual(['MoIC - FY 2025-26 - update.xlsx']);

    const workbook = await loadWorkbook(join(folder, 'out', 'MoIC - FY 2025-26 - update.xlsx'));
    fillIn(workbook, [
      { code: '5.1.1.3', cells: { 'Status now': 'Ongoing', '/^Actual value': 'maybe' } },
      { code: '5.1.2.3', cells: { 'Progress in the period': 'Two webinars for ICT officers.' } },
    ]);
    const returned = join(folder, 'MoIC back.xlsx');
    await workbook.xlsx.writeFile(returned);

    const before = sha256Of(db);
    const received = await cli('exchange', 'receive', returned, '--db', db, '--json');
    expect(received.code).toBe(0);
    const review = JSON.parse(received.stdout);
    expect(review.counts).toEqual({ changes: 2, conflicts: 0, problems: 1, refused: 0 });
    expect(review.files[0].problems[0]).toMatchObject({ severity: 'error', sheet: 'Update', column: 'N', value: 'maybe' });
    expect(sha256Of(db)).toBe(before);

    const merged = await cli('exchange', 'merge', returned, '--db', db, '--accept', 'all', '--json');
    expect(merged.stderr).toBe('');
    expect(JSON.parse(merged.stdout)).toMatchObject({ accepted: 2, rejected: 0, notMergedConflicts: [] });
    const before2 = sha256Of(db);
    const again = await cli('exchange', 'merge', returned, '--db', db, '--accept', 'all');
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^plandesk exchange: Nothing was merged: MoIC back\.xlsx: this workbook \(MoIC, FY 2025-26\) was already merged on \d{4}-\d{2}-\d{2} by CLI Tester\n$/);
    expect(sha256Of(db)).toBe(before2);
  }, 180_000);

  it('merges the valid files and lists the refused ones it left out, exiting 0', async () => {
    const sent = await cli('exchange', 'send', '--db', db, '--period', 'FY 2024-25', '--out', join(folder, 'out2'), '--json');
    const files: string[] = JSON.parse(sent.stdout).files;
    const ditt = files.find((f) => f.includes('DITT'))!;
    const workbook = await loadWorkbook(ditt);
    fillIn(workbook, [{ code: '5.1.1.3', cells: { 'Status now': 'Completed' } }]);
    const returned = join(folder, 'DITT back.xlsx');
    await workbook.xlsx.writeFile(returned);
    const merged = await cli('exchange', 'merge', returned, join(folder, 'MoIC back.xlsx'), '--db', db, '--accept', 'all');
    expect(merged.stderr).toBe('');
    expect(merged.code).toBe(0);
    expect(merged.stdout).toMatch(/^Merged 1 change\(s\), rejected 0\.\n {2}left out, refused: MoIC back\.xlsx: this workbook \(MoIC, FY 2025-26\) was already merged on /);
  }, 180_000);

  it('explains a period that is not one of the plan\'s', async () => {
    const result = await cli('exchange', 'send', '--db', db, '--period', 'FY 1999-00', '--out', join(folder, 'x'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^plandesk exchange: "FY 1999-00" is not a reporting period of this plan \(FY 2017-18, .*FY 2025-26/);
  }, 60_000);
});

describe('npm run cli -- exchange receive, exit codes', () => {
  it('exits 1 when any file is refused, with and without --json, and 0 when none is', async () => {
    const sent = await cli('exchange', 'send', '--db', db, '--period', 'FY 2023-24', '--out', join(folder, 'out3'), '--agency', 'MoIC', '--json');
    const fresh: string = JSON.parse(sent.stdout).files[0];
    // MoIC back.xlsx was merged by the first test: a second return of it is refused.
    const merged = join(folder, 'MoIC back.xlsx');
    const before = sha256Of(db);

    const clean = await cli('exchange', 'receive', fresh, '--db', db, '--json');
    expect(clean.code).toBe(0);
    expect(JSON.parse(clean.stdout).counts.refused).toBe(0);

    const oneRefusedJson = await cli('exchange', 'receive', fresh, merged, '--db', db, '--json');
    expect(oneRefusedJson.code).toBe(1);
    expect(JSON.parse(oneRefusedJson.stdout).counts).toMatchObject({ refused: 1 });

    const oneRefusedText = await cli('exchange', 'receive', fresh, merged, '--db', db);
    expect(oneRefusedText.code).toBe(1);
    expect(oneRefusedText.stdout).toContain('REFUSED: MoIC back.xlsx: this workbook (MoIC, FY 2025-26) was already merged');

    const allRefused = await cli('exchange', 'receive', merged, '--db', db);
    expect(allRefused.code).toBe(1);
    expect(sha256Of(db)).toBe(before);
  }, 180_000);
});
