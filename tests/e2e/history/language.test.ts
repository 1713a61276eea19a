// The History and Agencies views follow the language shown (issue 18, item 4): opened in Dzongkha, their headings,
// the registry's column headers and the field a change names read in Dzongkha, their counts in Dzongkha digits, and
// words with no Dzongkha yet stay English (shared/language/dzongkha.ts).
import { describe, expect, it } from 'vitest';
import { actionByCode } from '../actions/support';
import { startApp } from '../support/app';
import { saveScreenshot } from '../support/screenshots';

const app = startApp({ name: 'history-language', user: 'Karma Dorji' });
const TIBETAN_COUNT = '[༠-༩,]+';

describe('the History and Agencies views in Dzongkha', () => {
  it('read their headings, column headers, change fields and counts in Dzongkha', async () => {
    const { page } = app;
    await app.call('actions:update', { actionId: actionByCode(app.db, '5.1.1.1').id, field: 'status', value: 'completed' });
    await app.call('preferences:setLanguage', { language: 'dz' });
    await page.goto(app.harness.url);

    await page.getByRole('tab', { name: 'ལས་སྡེ' }).click();
    await expect.poll(() => page.locator('#agencies-heading').innerText()).toBe('ལས་སྡེ');
    const header = (colId: string) => page.locator(`.agencies-view [role="columnheader"][col-id="${colId}"] .ag-header-cell-text`).innerText();
    await expect.poll(() => header('confirmed')).toBe('གནས་སྟངས');
    expect(await header('name')).toBe('མིང');
    expect(await header('acronym')).toBe('Acronym');
    expect(await page.locator('.agencies-view .view-toolbar__count').innerText()).toMatch(new RegExp(`^${TIBETAN_COUNT} in the registry · ${TIBETAN_COUNT} unconfirmed$`));
    await saveScreenshot(page, 'agencies-dzongkha');

    await page.getByRole('tab', { name: 'ལོ་རྒྱུས' }).click();
    await expect.poll(() => page.locator('#history-heading').innerText()).toBe('ལོ་རྒྱུས');
    await page.getByRole('tab', { name: 'Change log' }).click();
    await expect.poll(() => page.locator('.change-log__count').innerText()).toMatch(new RegExp(`^${TIBETAN_COUNT} changes$`));
    // The status change just made: its field in Dzongkha, its values the Dzongkha status names where there are some.
    const statusChange = (field: string) => page.locator('.change-table tbody tr', { hasText: '5.1.1.1' }).filter({ has: page.locator('.change-field', { hasText: new RegExp(`^${field}$`) }) });
    await expect.poll(() => statusChange('གནས་སྟངས').count()).toBe(1);
    expect(await statusChange('གནས་སྟངས').locator('.change-values__after').getAttribute('title')).toBe('མཇུག་བསྡུ་ཡོདཔ');
    await saveScreenshot(page, 'history-dzongkha');

    await app.call('preferences:setLanguage', { language: 'en' });
    await page.reload();
    await page.getByRole('tab', { name: 'History' }).click();
    await expect.poll(() => page.locator('#history-heading').innerText()).toBe('History');
    await expect.poll(() => statusChange('Status').locator('.change-values__after').getAttribute('title')).toBe('Completed');
  });
});
