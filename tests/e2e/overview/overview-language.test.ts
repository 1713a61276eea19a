// The Overview follows View > Language (issue 18, item 4): its heading, the chapters table and the charts' switch read
// in Dzongkha, its counts in Dzongkha digits, the words with no Dzongkha yet stay English, and all come back in English.
import { describe, expect, it } from 'vitest';
import { startApp } from '../support/app';
import { chooseLanguage } from '../support/language';
import { saveScreenshot } from '../support/screenshots';

const app = startApp({ name: 'overview-language', user: 'Karma Dorji', desktopMenu: true });

describe('the Overview in the language shown', () => {
  it('switches its words and digits to Dzongkha and back', async () => {
    const { page } = app;
    await page.goto(app.harness.url);
    const kind = page.locator('.summary__kind');
    await expect.poll(() => kind.textContent()).toBe('Plan overview');
    const chapterColumn = page.locator('.group-table thead th').first();
    expect(await chapterColumn.textContent()).toBe('Chapter');
    const switchStatus = page.locator('.standing .segmented__item').first();
    await expect.poll(() => switchStatus.textContent()).toBe('Status');
    expect(await page.locator('.breakdown .figure__n').first().textContent()).toBe('8');

    await chooseLanguage(page, 'language-dz');
    await expect.poll(() => kind.textContent()).toBe('འཆར་གཞིའི་སྤྱི་མཐོང');
    await expect.poll(() => chapterColumn.textContent()).toBe('ལེའུ');
    await expect.poll(() => switchStatus.textContent()).toBe('གནས་སྟངས');
    // The plan's eight actions, in Dzongkha digits; a heading with no Dzongkha yet stays English.
    await expect.poll(() => page.locator('.breakdown .figure__n').first().textContent()).toBe('༨');
    expect(await page.locator('#standing-title').textContent()).toBe('Where the actions stand');
    await page.locator('.standing svg.stacked-chart').first().waitFor();
    await saveScreenshot(page, 'overview-dzongkha');

    await chooseLanguage(page, 'language-en');
    await expect.poll(() => kind.textContent()).toBe('Plan overview');
    await expect.poll(() => chapterColumn.textContent()).toBe('Chapter');
    expect(await page.locator('.breakdown .figure__n').first().textContent()).toBe('8');
  });
});
