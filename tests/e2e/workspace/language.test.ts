// View > Language (issue 18, item 4): the window switches to Dzongkha and back without a restart, by the menu's own
// path (the page is sent language-dz, as the desktop menu sends it, and keeps the choice in the preferences). The
// tabs, the header's button and the status names read in Dzongkha, drawn in the bundled Tibetan face (Chromium's
// account of the fonts it drew with: no boxes), counts in Dzongkha digits, the document says lang="dz", and the
// window still passes the accessibility audit.
import { copyFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { startApp } from '../support/app';
import { chooseLanguage } from '../support/language';
import { auditPage } from '../support/axe';
import { fontsDrawing } from '../support/fonts';
import { saveScreenshot } from '../support/screenshots';

const app = startApp({ name: 'language', user: 'Karma Dorji', desktopMenu: true });

describe('View > Language', () => {
  it('shows the main chrome in Dzongkha, in the Tibetan face, and back in English', async () => {
    const { page } = app;
    await page.goto(app.harness.url);
    const tabs = page.locator('.view-tabs');
    await expect.poll(() => tabs.getByRole('tab').allInnerTexts()).toEqual(['Overview', 'Actions', 'Indicators', 'Timeline', 'Agencies', 'History', 'Reports', 'Exchange']);
    expect(await page.evaluate('document.documentElement.lang')).toBe('en');

    await chooseLanguage(page, 'language-dz');
    await expect.poll(() => tabs.getByRole('tab').allInnerTexts()).toEqual(['སྤྱི་མཐོང', 'ལས་དོན', 'མཚོན་རྟགས', 'དུས་རིམ', 'ལས་སྡེ', 'ལོ་རྒྱུས', 'སྙན་ཞུ', 'བརྗེ་སོར']);
    expect(await page.evaluate('document.documentElement.lang')).toBe('dz');
    await page.locator('.app-header').getByRole('button', { name: 'ནང་འདྲེན…' }).waitFor();
    // The Overview's counts by status: Dzongkha names and digits.
    const completed = page.locator('.count-chip.status--completed').first();
    await expect.poll(() => completed.innerText()).toMatch(/^[༠-༩,]+\s+མཇུག་བསྡུ་ཡོདཔ$/);
    await expect.poll(() => page.locator('.count-chip.status--not_started').first().innerText()).toMatch(/^[༠-༩,]+\s+འགོ་མ་བཙུགས$/);

    // Drawn with the bundled Jomolhari alone: no other font (a last resort drawing boxes) takes part.
    const fonts = await fontsDrawing(page, tabs);
    expect(Object.keys(fonts)).toEqual(['Jomolhari']);
    expect(fonts['Jomolhari']).toBeGreaterThan(20);
    const chips = await fontsDrawing(page, page.locator('.count-chips').first());
    expect(Object.keys(chips)).toEqual(['Jomolhari']);
    expect(chips['Jomolhari']).toBeGreaterThan(5);

    // Kept for the next start, as the desktop menu reads it.
    expect((await app.call('app:info', {})).language).toBe('dz');
    copyFileSync(await saveScreenshot(page, 'dzongkha-chrome'), '/tmp/i18n/dzongkha-chrome-1366x768.png');
    await auditPage(page, 'the Overview in Dzongkha');

    // Another view starts in the language shown.
    await tabs.getByRole('tab', { name: 'ལོ་རྒྱུས' }).click();
    await expect.poll(() => tabs.getByRole('tab', { selected: true }).innerText()).toBe('ལོ་རྒྱུས');

    await chooseLanguage(page, 'language-en');
    await expect.poll(() => tabs.getByRole('tab').allInnerTexts()).toEqual(['Overview', 'Actions', 'Indicators', 'Timeline', 'Agencies', 'History', 'Reports', 'Exchange']);
    expect(await page.evaluate('document.documentElement.lang')).toBe('en');
    expect((await app.call('app:info', {})).language).toBe('en');
  });

  it('opens in the language kept in the preferences', async () => {
    const { page } = app;
    await app.call('preferences:setLanguage', { language: 'dz' });
    await page.reload();
    await expect.poll(() => page.getByRole('tab', { selected: false }).allInnerTexts()).toContain('སྙན་ཞུ');
    expect(await page.evaluate('document.documentElement.lang')).toBe('dz');
    await app.call('preferences:setLanguage', { language: 'en' });
  });
});
