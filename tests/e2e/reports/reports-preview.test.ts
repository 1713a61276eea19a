// The Reports view's preview, as an analyst sees it: the pack's real pages, scaled. Every page's text must fit
// its page at every zoom, and the preview must not warn that some text does not fit, for the small test plan
// (tests/fixtures) and for the bundled sample e-Governance plan. CSS zoom once laid the text out again at the
// preview's size, where lines wrapped differently from the measured print size, and two pages overflowed.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/connection';
import { importSpreadsheet } from '../../../electron/core/import';
import { planFile } from '../../../electron/core/planfile/format';
import { openBrowser, type OpenBrowser } from '../support/browser';
import { startHarness, type RunningHarness } from '../support/harness';
import { prepareWorkspace, tempDir } from '../support/sample-workspace';
import { saveScreenshot } from '../support/screenshots';

const root = resolve(import.meta.dirname, '../../..');
const folder = tempDir('reports-preview');

let harness: RunningHarness | undefined;
let browser: OpenBrowser | undefined;

afterAll(async () => {
  await browser?.close();
  await harness?.stop();
});

/** Pages of the preview whose body holds more than it shows, with the end of the text that spills. */
async function overflowingPages(browser: OpenBrowser): Promise<string[]> {
  return browser.page.evaluate(`Array.from(document.querySelectorAll('.reports__pages .rp-page__body'))
    .filter((body) => body.scrollHeight > body.clientHeight + 1)
    .map((body) => 'page ' + body.parentElement.dataset.page + ': ' + (body.scrollHeight - body.clientHeight) + ' px too tall, ending "' + body.textContent.slice(-80) + '"')`);
}

async function checkPreview(db: string, name: string): Promise<void> {
  harness = await startHarness({ db, user: 'Dechen' });
  browser = await openBrowser();
  const { page } = browser;
  await page.goto(harness.url);
  await page.getByRole('tab', { name: 'Reports' }).click();
  await page.getByText(/\d+ actions · \d+ pages/).waitFor({ timeout: 60_000 });
  await page.locator('.reports__pages .rp-page').first().waitFor();
  const bar = page.locator('.reports__preview-bar');
  expect(await bar.innerText()).toContain('Preview: the pages as they print');
  expect(await bar.innerText()).not.toContain('does not fit');
  for (const zoom of ['0.4', '0.6', '0.8', '1']) {
    await bar.locator('select').selectOption(zoom);
    expect(await overflowingPages(browser), `zoom ${zoom}`).toEqual([]);
  }
  // The scaled pages are laid out like the printed ones, one below the other without overlapping.
  await bar.locator('select').selectOption('0.6');
  const boxes = await page.locator('.reports__pages .rp-page').evaluateAll((pages) => pages.slice(0, 6).map((p) => p.getBoundingClientRect().toJSON() as { top: number; bottom: number; height: number }));
  for (let i = 1; i < boxes.length; i += 1) expect(boxes[i]!.top, `page ${i + 1} below page ${i}`).toBeGreaterThanOrEqual(boxes[i - 1]!.bottom);
  expect(boxes[0]!.height).toBeGreaterThan(0);
  await saveScreenshot(page, name);
  await browser.close();
  await harness.stop();
  browser = undefined;
  harness = undefined;
}

describe('Reports view preview', () => {
  it('fits every page of the small test plan\'s pack, at every zoom', async () => {
    const db = join(folder, 'fixture.sqlite');
    const file = planFile.parse(JSON.parse(readFileSync(resolve(root, 'tests/fixtures/plans/two-chapters.plan.json'), 'utf8')));
    await prepareWorkspace(db, file);
    await checkPreview(db, 'reports-preview-fixture');
  });

  it('fits every page of the sample e-Governance plan\'s pack, at every zoom', async () => {
    const db = join(folder, 'sample.sqlite');
    await prepareWorkspace(db);
    const connection = await openDatabase(db);
    try {
      const context = { user: 'Sonam Choden', source: 'import' as const, at: '2026-06-30T09:00:00.000Z', sourceFile: null, batchId: null };
      await importSpreadsheet(connection.db, context, resolve(root, 'resources/sample-plan.tsv'));
    } finally {
      await connection.close();
    }
    await checkPreview(db, 'reports-preview-sample');
  });
});

// A long pack is printed in parts, each laid out for print only (.report--print-only): laid out on screen as well,
// for nobody to see, every part cost a second layout. print-page.css once showed it on screen all the same (a more
// specific rule won), and printing a 10,000-action pack took 43 s instead of 26.
describe('print.html, printing a long pack in parts', () => {
  it('lays out a part meant for print only on paper, not on screen', async () => {
    const db = join(folder, 'print-only.sqlite');
    await prepareWorkspace(db, planFile.parse(JSON.parse(readFileSync(resolve(root, 'tests/fixtures/plans/two-chapters.plan.json'), 'utf8'))));
    const connection = await openDatabase(db);
    const plan = await connection.db.selectFrom('plans').select('id').executeTakeFirstOrThrow();
    await connection.close();
    harness = await startHarness({ db });
    browser = await openBrowser();
    const { page } = browser;
    const query = new URLSearchParams({ token: harness.token, request: JSON.stringify({ planId: plan.id, preset: 'steering_committee' }), paper: 'A4', parts: '1' });
    await page.goto(`${harness.origin}/print.html?${query.toString()}`);
    await page.waitForSelector('html[data-report-state="ready"]', { state: 'attached', timeout: 60_000 });
    const pages = Number(await page.getAttribute('html', 'data-report-pages'));
    expect(pages).toBeGreaterThan(2);
    // The part shown, marked as ReportDocument marks the parts of a pack too long to check on screen.
    await page.evaluate(`window.plandeskReport.showPages(0, ${pages}); document.querySelector('#report-root > .report').classList.add('report--print-only')`);
    const shown = () => page.evaluate(`(() => { const pack = document.querySelector('#report-root > .report'); return { display: getComputedStyle(pack).display, height: pack.getBoundingClientRect().height }; })()`) as Promise<{ display: string; height: number }>;
    expect(await shown()).toEqual({ display: 'none', height: 0 });
    await page.emulateMedia({ media: 'print' });
    const printed = await shown();
    expect(printed.display).toBe('block');
    expect(printed.height).toBeGreaterThan(pages * 700);
  });
});
