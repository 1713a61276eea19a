// The Exchange view follows View > Language (issue 18, item 4): with workbooks sent, its heading, the tables' Agency
// column and its counts read in Dzongkha (Dzongkha digits) once the window switches, and in English again after.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { startApp } from '../support/app';
import { chooseLanguage } from '../support/language';
import { saveScreenshot } from '../support/screenshots';

describe('the Exchange view in the language chosen', () => {
  const app = startApp({ name: 'exchange-language', user: 'Karma Dorji', dialogs: {}, desktopMenu: true });

  beforeAll(async () => {
    const planId = (await app.call('workspace:summary', {})).plans[0]!.id;
    const period = (await app.call('plans:periods', { planId }))[0]!;
    const ditt = (await app.call('exchange:leadAgencies', { planId })).find((l) => l.acronym === 'DITT')!;
    app.answerDialogs({ chooseFolder: join(app.folder, 'sent') });
    await app.call('exchange:send', { planId, periodId: period.id, agencyIds: [ditt.id], dueDate: null, contact: 'Karma Dorji, e-Government PMU' });
  });

  it('shows its heading, the Agency column and its counts in Dzongkha, and back in English', async () => {
    const { page } = app.browser;
    await page.goto(app.harness.url);
    await page.getByRole('tab', { name: 'Exchange' }).click();
    const view = page.locator('section.exchange');
    const tracking = page.getByRole('region', { name: 'Return tracking' });
    await tracking.getByRole('button', { name: 'Agency' }).waitFor();
    expect(await view.getByRole('heading', { level: 2 }).innerText()).toBe('Exchange');
    expect(await page.locator('.exchange-packages__counts').innerText()).toBe('1 awaiting · 0 returned, to merge · 0 merged');

    await chooseLanguage(page, 'language-dz');
    await expect.poll(() => view.getByRole('heading', { level: 2 }).innerText()).toBe('བརྗེ་སོར');
    await page.getByRole('region', { name: 'Return tracking' }).getByRole('button', { name: 'ལས་སྡེ' }).waitFor();
    expect(await page.locator('.exchange-packages__table th[scope="col"]').first().innerText()).toBe('ལས་སྡེ');
    // Words with no Dzongkha we can vouch for stay English; the counts are in Dzongkha digits.
    expect(await page.locator('.exchange-packages__counts').innerText()).toBe('༡ awaiting · ༠ returned, to merge · ༠ merged');
    await saveScreenshot(page, 'exchange-dzongkha');

    await chooseLanguage(page, 'language-en');
    await expect.poll(() => view.getByRole('heading', { level: 2 }).innerText()).toBe('Exchange');
    await page.getByRole('region', { name: 'Return tracking' }).getByRole('button', { name: 'Agency' }).waitFor();
    expect(await page.locator('.exchange-packages__counts').innerText()).toBe('1 awaiting · 0 returned, to merge · 0 merged');
    expect((await app.call('app:info', {})).language).toBe('en');
  });
});
