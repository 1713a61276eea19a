// The review pack builder and the timeline follow View > Language (issue 18, item 4): their words come from the
// catalogue, so a word with Dzongkha shows in Dzongkha and back in English without a restart, while the pack's
// pages in the preview, and the printable pages, keep their English where no Dzongkha is written.
import { describe, expect, it } from 'vitest';
import { startApp } from '../support/app';
import { chooseLanguage } from '../support/language';
import { saveScreenshot } from '../support/screenshots';

const app = startApp({ name: 'reports-language', user: 'Karma Dorji', desktopMenu: true });

describe('the Reports and Timeline views in another language', () => {
  it('name the chapters and today in Dzongkha, and in English again', async () => {
    const { page } = app;
    await page.goto(app.harness.url);
    const tabs = page.locator('.view-tabs');
    await tabs.getByRole('tab', { name: 'Reports' }).click();
    const chapters = page.locator('.reports__label');
    await expect.poll(() => chapters.innerText()).toMatch(/^Chapters/);

    await chooseLanguage(page, 'language-dz');
    await tabs.getByRole('tab', { name: 'སྙན་ཞུ', selected: true }).waitFor();
    await expect.poll(() => chapters.innerText()).toMatch(/^ལེའུ་ཚུ/);
    // The pack's own words have no Dzongkha yet: the preview's pages read as the printed pack does.
    await page.locator('.reports__pages .rp-page').first().waitFor({ timeout: 60_000 });
    await page.getByRole('heading', { name: 'Executive summary' }).first().waitFor();
    await saveScreenshot(page, 'reports-dzongkha');
    // The printable pages (what Print and Save as PDF print) are in the language shown too, as the preview is: its
    // status names in Dzongkha, the rest in English where no Dzongkha is written yet.
    const [printable] = await Promise.all([page.context().waitForEvent('page'), page.locator('.view-toolbar__actions .button--primary').click()]);
    await printable.locator('html[data-report-state="ready"]').waitFor({ timeout: 60_000 });
    expect(await printable.evaluate('document.documentElement.lang')).toBe('dz');
    const printed = (await printable.locator('.rp-page').allInnerTexts()).join('\n');
    expect(printed).toContain('Executive summary');
    expect(printed).toContain('ལག་ལེན་འཐབ་དོ');
    await printable.getByRole('heading', { name: 'Executive summary' }).first().scrollIntoViewIfNeeded();
    await saveScreenshot(printable, 'printable-pages-dzongkha');
    await printable.close();

    await tabs.getByRole('tab', { name: 'དུས་རིམ' }).click();
    const toolbar = page.getByRole('toolbar', { name: 'Timeline' });
    await toolbar.getByRole('button', { name: 'དེ་རིང' }).waitFor();
    await saveScreenshot(page, 'timeline-dzongkha');

    await chooseLanguage(page, 'language-en');
    await toolbar.getByRole('button', { name: 'Today', exact: true }).waitFor();
    expect(await tabs.getByRole('tab', { selected: true }).innerText()).toBe('Timeline');
    await tabs.getByRole('tab', { name: 'Reports' }).click();
    await expect.poll(() => chapters.innerText()).toMatch(/^Chapters/);
  });
});
