// A full disk: exports, update workbooks and imports fail with "the disk is full", and leave the previous files and
// the workspace exactly as they were. Runs on a small tmpfs of its own (tests/unit/support/small-disk.ts); skipped,
// saying why, where mounting one is not allowed.
import { randomUUID } from 'node:crypto';
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/connection';
import { quickCheck } from '../../../electron/core/db/integrity';
import { listPackages } from '../../../electron/core/exchange/packages-list';
import { sendForUpdate } from '../../../electron/core/exchange/send-updates';
import { importSpreadsheet } from '../../../electron/core/import';
import { ensurePeriods } from '../../../electron/core/reporting/periods';
import { workspaceFingerprint } from '../hostile/bench';
import { generatedPlanCsv } from '../support/generated-plan';
import { runCli } from '../support/run-cli';
import { mountSmallDisk } from '../support/small-disk';
import { handlersFor, importTwoChapterPlan, openTempWorkspace, tempFolder, testContext } from '../support/workspace';

const folder = tempFolder();
const mounted = mountSmallDisk('4m');
const disk = typeof mounted === 'string' ? null : mounted;

/** What is in a folder, file by file, with each file's bytes. */
function contentsOf(path: string): Record<string, string> {
  return Object.fromEntries(readdirSync(path).map((name) => [name, readFileSync(join(path, name)).toString('base64')]));
}

describe('a full disk', { timeout: 180_000 }, () => {
  if (disk === null) {
    it.skip(`skipped: ${String(mounted)}`, () => {});
    return;
  }

  it('an export fails with "the disk is full" and the previous export stays whole (app and CLI)', async () => {
    const connection = await openTempWorkspace(folder, 'export.sqlite');
    const planId = await importTwoChapterPlan(connection);
    const target = join(disk.folder, 'plan.xlsx');
    const dialogs = { savePath: target };
    const call = handlersFor(connection, { dialogs });
    await call('exports:planWorkbook', { planId });
    const previous = readFileSync(target);
    const json = join(disk.folder, 'plan.json');
    writeFileSync(json, 'the previous export');
    disk.fill(2048);
    try {
      await expect(call('exports:planWorkbook', { planId })).rejects.toThrow(`the disk is full: ${target} could not be written, and the file that was there (if any) is unchanged. Free some space and try again.`);
      expect(readFileSync(target).equals(previous)).toBe(true);
      await connection.close();

      const exported = await runCli('export', json, '--db', join(folder, 'export.sqlite'));
      expect(exported.code).toBe(1);
      expect(exported.stderr).toMatch(/^plandesk export: the disk is full: /);
      expect(readFileSync(json, 'utf8')).toBe('the previous export');
      expect(readdirSync(disk.folder).filter((name) => name.endsWith('.partial'))).toEqual([]);
    } finally {
      disk.empty();
    }
  });

  it('a send fails with "the disk is full", records nothing, and leaves the earlier send\'s files as they were', async () => {
    const connection = await openTempWorkspace(folder, 'send.sqlite');
    const planId = await importTwoChapterPlan(connection);
    const db = connection.db;
    const period = (await ensurePeriods(db, planId, '2026-11')).find((p) => p.label === 'FY 2025-26')!;
    const request = { planId, periodId: period.id, agencyIds: null, dueDate: '2027-01-31', contact: 'Karma, e-Gov PMU', folder: join(disk.folder, 'sent') };
    const first = await sendForUpdate(db, testContext({ batchId: randomUUID() }), request);
    expect(first.files.length).toBeGreaterThan(1);
    const earlier = contentsOf(request.folder);
    const recorded = (await listPackages(db, planId)).length;
    disk.fill(16 * 1024);
    try {
      // The same day: the same file names as the earlier send.
      await expect(sendForUpdate(db, testContext({ batchId: randomUUID() }), request)).rejects.toThrow(/^the disk is full: .* could not be written/);
      expect(await listPackages(db, planId)).toHaveLength(recorded);
      expect(contentsOf(request.folder)).toEqual(earlier);
    } finally {
      disk.empty();
      await connection.close();
    }
  });

  it('an import into a workspace on a full disk fails with "the disk is full" and leaves the workspace intact', async () => {
    const source = await openTempWorkspace(folder, 'import-source.sqlite');
    await importTwoChapterPlan(source);
    await source.close();
    const path = join(disk.folder, 'workspace.sqlite');
    copyFileSync(join(folder, 'import-source.sqlite'), path);
    const csv = join(folder, 'plan-3000.csv');
    writeFileSync(csv, generatedPlanCsv(3000));
    const connection = await openDatabase(path);
    const before = workspaceFingerprint(connection);
    disk.fill(64 * 1024);
    try {
      await expect(importSpreadsheet(connection.db, testContext({ source: 'import', sourceFile: csv }), csv)).rejects.toMatchObject({
        code: 'storage',
        message: `the disk is full: ${path} could not be written, and nothing was changed. Free some space and try again.`,
      });
      expect(workspaceFingerprint(connection)).toBe(before);
    } finally {
      await connection.close();
      disk.empty();
    }
    expect(quickCheck(path)).toEqual([]);
  });
});
