// The views that list every action share one read: the packed list (action-list.ts), which the main process keeps
// while the workspace is unchanged (electron/core/plan/action-list-cache.ts). The Overview reads it for its standing
// (charts by chapter and lead agency), so the Actions view opened next finds it ready; no view asks for the unpacked
// list.
import { describe, expect, it } from 'vitest';
import { startApp } from '../support/app';

describe('the packed actions list', () => {
  const app = startApp({ name: 'packed-list', user: 'Sonam Choden' });

  it('is read once by the Overview, and by each view that lists every action, never unpacked', async () => {
    const { page } = app.browser;
    const events: string[] = [];
    const channelOf = (url: string) => decodeURIComponent(new URL(url).pathname.replace('/api/', ''));
    page.on('request', (r) => r.url().includes('/api/') && events.push(`sent ${channelOf(r.url())}`));
    page.on('requestfinished', (r) => r.url().includes('/api/') && events.push(`answered ${channelOf(r.url())}`));
    const answered = () => events.filter((e) => e === 'answered actions:listPacked').length;
    await page.goto(app.harness.url);
    await page.getByRole('tree').waitFor();
    await page.getByRole('heading', { name: 'Where the actions stand' }).waitFor();
    await expect.poll(answered).toBe(1);
    expect(await page.locator('.error-toast').count()).toBe(0);

    await page.getByRole('tab', { name: 'Actions' }).click();
    await page.locator('.actions-grid .ag-row').first().waitFor();
    await expect.poll(answered).toBe(2);
    await page.getByRole('tab', { name: 'Timeline' }).click();
    await page.locator('.tl-label--action').first().waitFor();
    await page.getByRole('tab', { name: 'Agencies' }).click();
    await page.locator('.ag-row').first().waitFor();
    await expect.poll(answered).toBe(4);
    expect(events.filter((e) => e.endsWith(' actions:list'))).toEqual([]);
  });
});
