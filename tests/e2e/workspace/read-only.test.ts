// A read-only workspace (here on a disk mounted read-only) opens for viewing; an edit is refused at the cell and in
// the banner, saying why, and the file is unchanged. Needs root and mounting (skipped, saying why, where not).
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/connection';
import { importPlanFile } from '../../../electron/core/planfile/import-plan-file';
import { mountSmallDisk } from '../../unit/support/small-disk';
import { openBrowser, type OpenBrowser } from '../support/browser';
import { startHarness, type RunningHarness } from '../support/harness';
import { samplePlanFile, tempDir } from '../support/sample-workspace';
import { saveScreenshot } from '../support/screenshots';

const mounted = process.getuid?.() === 0 ? mountSmallDisk('16m') : 'the test runs as root only (root writes any file whatever its mode)';
const disk = typeof mounted === 'string' ? null : mounted;

describe('a read-only workspace', { timeout: 180_000 }, () => {
  if (disk === null) {
    it.skip(`skipped: ${String(mounted)}`, () => {});
    return;
  }
  const path = join(disk.folder, 'plan.sqlite');
  let harness: RunningHarness;
  let browser: OpenBrowser;
  let before: Buffer;

  beforeAll(async () => {
    const source = join(tempDir('read-only'), 'source.sqlite');
    const connection = await openDatabase(source);
    await importPlanFile(connection.db, { user: 'Karma', source: 'import', at: '2026-12-06T10:00:00.000Z', sourceFile: 'sample.plan.json', batchId: null }, samplePlanFile());
    await connection.close();
    copyFileSync(source, path);
    disk.makeReadOnly();
    before = readFileSync(path);
    harness = await startHarness({ db: path, user: 'Karma' });
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await harness?.stop();
  });

  it('shows the plan, and refuses an edit at the cell and in the banner, saying why', async () => {
    const { page } = browser;
    await page.goto(harness.url);
    await page.getByRole('tab', { name: 'Actions' }).click();
    const title = page.locator('.actions-grid .ag-row .ag-cell[col-id="title"]').first();
    await title.dblclick();
    await page.keyboard.type('An edit on a read-only workspace');
    await page.keyboard.press('Enter');
    const banner = page.getByRole('alert').filter({ hasText: 'This workspace is read-only' });
    await expect.poll(() => banner.count()).toBe(1);
    expect(await banner.textContent()).toContain(`${path} is open read-only (it is on a read-only disk or share): it can be viewed and exported, but not changed.`);
    await saveScreenshot(page, 'read-only-workspace');
    expect(readFileSync(path).equals(before)).toBe(true);
  });
});
