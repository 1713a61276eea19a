// The Actions and Indicators views follow View > Language (issue 18, item 4): their grids' column headers, the detail
// panel's fields and the Indicators heading read in Dzongkha, counts in Dzongkha digits, the words with no Dzongkha
// yet stay English, and all come back in English.
import { describe, expect, it } from 'vitest';
import { startApp } from '../support/app';
import { chooseLanguage } from '../support/language';
import { saveScreenshot } from '../support/screenshots';
import { openActionsView } from './support';

const app = startApp({ name: 'actions-language', user: 'Karma Dorji', desktopMenu: true });

describe('the Actions and Indicators views in the language shown', () => {
  it('switch their words and digits to Dzongkha and back', async () => {
    const { page } = app;
    await page.goto(app.harness.url);
    await openActionsView(page);
    const statusHeader = page.locator('.actions-grid .ag-header-cell[col-id="status"] .ag-header-cell-text');
    const count = page.locator('.actions-count');
    expect(await statusHeader.textContent()).toBe('Status');
    expect(await count.textContent()).toBe('8 actions');
    const firstTitle = page.locator('.actions-grid .ag-row .ag-cell[col-id="title"]').first();
    const panel = page.getByRole('complementary', { name: 'Action details' });
    await firstTitle.click();
    await page.keyboard.press('Control+i');
    await panel.getByLabel('Status', { exact: true }).waitFor();

    await chooseLanguage(page, 'language-dz');
    // The view starts afresh in the language shown; the panel stays open.
    await expect.poll(() => statusHeader.textContent()).toBe('གནས་སྟངས');
    expect(await page.locator('.actions-grid .ag-header-cell[col-id="title"] .ag-header-cell-text').textContent()).toBe('ལས་དོན');
    // A sentence with no Dzongkha yet stays English, its number in Dzongkha digits.
    await expect.poll(() => count.textContent()).toBe('༨ actions');
    await firstTitle.click();
    await panel.getByLabel('གནས་སྟངས', { exact: true }).waitFor();
    await saveScreenshot(page, 'actions-dzongkha');

    await page.getByRole('tab', { name: 'མཚོན་རྟགས' }).click();
    await expect.poll(() => page.locator('#indicators-heading').textContent()).toBe('མཚོན་རྟགས');
    expect(await page.locator('.indicators-view .ag-header-cell[col-id="name"] .ag-header-cell-text').textContent()).toBe('མཚོན་རྟགས');
    expect(await page.locator('.indicators-view .view-toolbar__count').textContent()).toMatch(/^[༠-༩]+ indicators · [༠-༩]+ with an actual · [༠-༩]+ behind their path$/);
    await page.locator('.indicators-view .ag-row').first().waitFor();
    await saveScreenshot(page, 'indicators-dzongkha');

    await chooseLanguage(page, 'language-en');
    await expect.poll(() => page.locator('#indicators-heading').textContent()).toBe('Indicators');
    await openActionsView(page);
    await expect.poll(() => statusHeader.textContent()).toBe('Status');
    await expect.poll(() => count.textContent()).toBe('8 actions');
    await firstTitle.click();
    await panel.getByLabel('Status', { exact: true }).waitFor();
  });
});
