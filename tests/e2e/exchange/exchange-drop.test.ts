// Returned workbooks reach the review without the Receive updates… button: dropped on the window (from any view;
// a plan spreadsheet dropped with them is left alone and said so), and through the desktop menu's
// File > Receive Updates… (the menu command, sent as Electron's preload would).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { startApp } from '../support/app';
import { saveScreenshot } from '../support/screenshots';
import { fillIn, loadWorkbook } from '../../unit/exchange/support';

const SAMPLE_TSV = join(import.meta.dirname, '..', '..', 'fixtures', 'egov-monitoring-plan.tsv');

/** Drags files over the window and drops them, as the operating system does (DOM types stay in the page). */
async function dropFiles(page: Page, files: readonly { name: string; bytes: Uint8Array }[], { drop = true } = {}): Promise<void> {
  const list = JSON.stringify(files.map((f) => ({ name: f.name, base64: Buffer.from(f.bytes).toString('base64') })));
  const dataTransfer = await page.evaluateHandle(
    `(() => {
      const transfer = new DataTransfer();
      for (const f of ${list}) transfer.items.add(new File([Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))], f.name));
      return transfer;
    })()`,
  );
  await page.dispatchEvent('body', 'dragenter', { dataTransfer });
  await page.dispatchEvent('body', 'dragover', { dataTransfer });
  if (drop) await page.dispatchEvent('body', 'drop', { dataTransfer });
}

describe('receiving updates by drop and from the menu', () => {
  // The desktop menu's stand-in lets the test send menu commands (window.sendMenuCommand).
  const app = startApp({ name: 'exchange-drop', user: 'Pema Choden', dialogs: {}, desktopMenu: true });
  const outbox = join(app.folder, 'sent');
  const dittBack = join(app.folder, 'DITT returned.xlsx');
  let planId: string;

  beforeAll(async () => {
    app.answerDialogs({ chooseFolder: outbox });
    planId = (await app.call('workspace:summary', {})).plans[0]!.id;
    const period = (await app.call('plans:periods', { planId })).find((p) => p.label === 'FY 2025-26')!;
    const ditt = (await app.call('exchange:leadAgencies', { planId })).find((l) => l.acronym === 'DITT')!;
    const sent = (await app.call('exchange:send', { planId, periodId: period.id, agencyIds: [ditt.id], dueDate: null }))!;
    const workbook = await loadWorkbook(sent.files[0]!);
    fillIn(workbook, [{ code: '5.1.1.1', cells: { 'Status now': 'Completed', 'Progress in the period': 'All gewogs connected.' } }]);
    await workbook.xlsx.writeFile(dittBack);
  });

  const reviewShowsDittChange = async (page: Page) => {
    await page.getByRole('heading', { name: 'Review returned workbooks' }).waitFor();
    expect(await page.getByRole('tab', { name: 'Exchange' }).getAttribute('aria-selected')).toBe('true');
    const group = page.locator('[data-group="5.1.1.1"]');
    await group.waitFor();
    const text = await group.textContent();
    expect(text).toContain('Completed');
    expect(text).toContain('All gewogs connected.');
  };

  it('a returned workbook dropped on another view opens its review in the Exchange view', async () => {
    const { page } = app.browser;
    await page.goto(app.harness.url);
    await page.getByRole('tab', { name: 'Timeline' }).click();
    await dropFiles(page, [{ name: 'DITT returned.xlsx', bytes: readFileSync(dittBack) }], { drop: false });
    await page.locator('.drop-overlay').waitFor();
    await saveScreenshot(page, 'exchange-drop-overlay');
    await dropFiles(page, [{ name: 'DITT returned.xlsx', bytes: readFileSync(dittBack) }]);
    await reviewShowsDittChange(page);
    expect(await page.locator('.review-file__name').first().textContent()).toContain('DITT returned.xlsx');
    // One kind of file: nothing to explain, no message.
    expect(await page.locator('.notice').count()).toBe(0);
    expect((await app.call('exchange:packages', { planId }))[0]!.status).toBe('returned');
    await saveScreenshot(page, 'exchange-drop-review');
  });

  it('a mixed drop receives the workbook and says what was done with each file', async () => {
    const { page } = app.browser;
    await page.getByRole('tab', { name: 'Overview' }).click();
    await dropFiles(page, [
      { name: 'egov plan.tsv', bytes: readFileSync(SAMPLE_TSV) },
      { name: 'DITT returned.xlsx', bytes: readFileSync(dittBack) },
      { name: 'broken.xlsx', bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]) },
    ]);
    await reviewShowsDittChange(page);
    const notice = page.locator('.notice');
    await notice.waitFor();
    expect(await notice.locator('.notice__message').textContent()).toBe('3 files dropped:');
    expect(await notice.locator('.notice__details li').allTextContents()).toEqual([
      'egov plan.tsv: not imported, as update workbooks came with it; drop it on its own to import it',
      'DITT returned.xlsx: received for review (Exchange)',
      "broken.xlsx: the workbook is truncated or damaged: the archive's directory, which ends every zip file, is missing (the file has 7 bytes)",
    ]);
    // The import dialog did not open.
    expect(await page.getByRole('dialog').count()).toBe(0);
    await saveScreenshot(page, 'exchange-drop-mixed');
    await notice.getByRole('button', { name: 'Close this message' }).click();
  });

  it('a plan spreadsheet dropped alone still goes to Import', async () => {
    const { page } = app.browser;
    await dropFiles(page, [{ name: 'egov plan.tsv', bytes: readFileSync(SAMPLE_TSV) }]);
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('egov plan.tsv');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
  });

  it('a package the system gives the app (opened in the file manager) opens its review in the Exchange view', async () => {
    const { page } = app.browser;
    const pack = join(app.folder, 'from the system.pmupack');
    app.answerDialogs({ chooseSavePath: pack });
    await app.call('packages:create', { planId });
    await page.reload();
    await page.getByRole('tab', { name: 'Timeline' }).click();
    // The main process answers the package dialog with the file the system gave it, then sends the command.
    app.answerDialogs({ chooseFiles: [pack] });
    await page.evaluate("window.sendMenuCommand('open-package')");
    await expect.poll(() => page.getByRole('tab', { name: 'Exchange', selected: true }).count()).toBe(1);
    const file = page.locator('.review-file__name').first();
    await file.waitFor();
    expect(await file.textContent()).toContain('from the system.pmupack');
    await saveScreenshot(page, 'exchange-package-from-system');
    await page.getByRole('button', { name: /Close without merging/ }).click();
  });

  it('a .pmupack dropped on the window opens its review, as Open package… does', async () => {
    const { page } = app.browser;
    const pack = join(app.folder, 'from the other laptop.pmupack');
    app.answerDialogs({ chooseSavePath: pack });
    await app.call('packages:create', { planId });
    await page.reload();
    await page.getByRole('tab', { name: 'Timeline' }).click();
    await dropFiles(page, [{ name: 'from the other laptop.pmupack', bytes: readFileSync(pack) }]);
    await page.getByRole('heading', { name: 'Review plan package' }).waitFor();
    expect(await page.getByRole('tab', { name: 'Exchange' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('.review-file__name h3').first().textContent()).toBe('from the other laptop.pmupack');
    // Its own plan, unchanged: nothing to decide; the review is the same as Open package…'s.
    expect(await page.locator('.review-file__nothing').textContent()).toBe('No change proposed: every value is as in the plan.');
    await saveScreenshot(page, 'exchange-package-dropped');
    await page.getByRole('button', { name: /Close without merging/ }).click();
  });

  it('File > Receive Updates… shows the Exchange view and asks for the files, as the button does', async () => {
    const { page } = app.browser;
    await page.reload();
    await page.getByRole('tab', { name: 'Actions' }).click();
    app.answerDialogs({ chooseFiles: [dittBack] });
    await page.evaluate("window.sendMenuCommand('receive-updates')");
    await reviewShowsDittChange(page);
    expect(await page.locator('.review-file__name').first().textContent()).toContain('DITT returned.xlsx');
    // Shown again later, the view does not ask again.
    await page.getByRole('button', { name: 'Close without merging' }).click();
    await page.getByRole('tab', { name: 'Overview' }).click();
    await page.getByRole('tab', { name: 'Exchange' }).click();
    await page.getByRole('button', { name: 'Receive updates…' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Review returned workbooks' }).count()).toBe(0);
  });
});
