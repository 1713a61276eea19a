// Opening a plan asks for its actions list in the background once the Overview has its data, so that the first
// click on Actions finds it ready in the main process; the Overview's own request goes first.
import { describe, expect, it } from 'vitest';
import { startApp } from '../support/app';

describe('actions list warm-up', () => {
  const app = startApp({ name: 'warm-up', user: 'Sonam Choden' });

  it('asks for the actions list after the Overview has its plan, once, and shows nothing of it', async () => {
    const { page } = app.browser;
    const events: string[] = [];
    const channelOf = (url: string) => decodeURIComponent(new URL(url).pathname.replace('/api/', ''));
    page.on('request', (r) => r.url().includes('/api/') && events.push(`sent ${channelOf(r.url())}`));
    page.on('requestfinished', (r) => r.url().includes('/api/') && events.push(`answered ${channelOf(r.url())}`));
    await page.goto(app.harness.url);
    await page.getByRole('tree').waitFor();
    await expect.poll(() => events.filter((e) => e === 'answered actions:listPacked').length, { timeout: 10_000 }).toBe(1);
    expect(events.indexOf('sent actions:listPacked')).toBeGreaterThan(events.indexOf('answered plans:tree'));
    expect(await page.locator('.error-toast').count()).toBe(0);

    // Back at the Overview after the Actions view: the plan is not warmed again.
    await page.getByRole('tab', { name: 'Actions' }).click();
    await page.locator('.actions-grid .ag-row').first().waitFor();
    await page.getByRole('tab', { name: 'Overview' }).click();
    await page.getByRole('tree').waitFor();
    await page.evaluate('new Promise((done) => requestIdleCallback(() => setTimeout(done, 300)))');
    expect(events.filter((e) => e === 'sent actions:listPacked')).toHaveLength(2);

    // The other views that list every action (Timeline, Agencies) ask for the same packed list, never the unpacked one.
    await page.getByRole('tab', { name: 'Timeline' }).click();
    await page.locator('.tl-label--action').first().waitFor();
    await page.getByRole('tab', { name: 'Agencies' }).click();
    await page.locator('.ag-row').first().waitFor();
    await expect.poll(() => events.filter((e) => e === 'answered actions:listPacked').length).toBe(4);
    expect(events.filter((e) => e.endsWith(' actions:list'))).toEqual([]);
  });
});
