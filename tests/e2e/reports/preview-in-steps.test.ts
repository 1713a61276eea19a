// A long pack's preview in the window: laid out a part at a time, the window answering between parts, with how far
// it is and a Stop (the model is built in the core's worker; laying out its pages can only happen in the window, and
// at once it froze the window for 2.5 s at 500 actions and 10 s at 10,000). The pages come out the same as at once:
// numbered in order, each link target once.
import { describe, expect, it } from 'vitest';
import { generatedPlan } from '../../../scripts/bench-report';
import { startApp } from '../support/app';
import { saveScreenshot } from '../support/screenshots';

const app = startApp({ name: 'preview-in-steps', user: 'Dechen', plan: generatedPlan(2000) });

describe("a long pack's preview", () => {
  it('shows how far it is laid out, stops when asked, and lays out again on request', async () => {
    const { page } = app;
    await page.goto(app.harness.url);
    await page.getByRole('tab', { name: 'Reports' }).click();
    const status = page.locator('.reports__laying-out');
    await expect.poll(() => status.textContent(), { timeout: 60_000 }).toMatch(/^Laying out the preview: \d+ of \d+ parts/);
    await page.getByRole('button', { name: 'Stop' }).click();
    await page.getByText('Preview stopped. Print and Save as PDF still make the whole pack.').waitFor();
    expect(await page.locator('.view-toolbar__count').textContent()).toBe('2,000 actions');
    expect(await page.locator('.reports__pages .rp-page').count()).toBe(0);

    await page.getByRole('button', { name: 'Show the preview' }).click();
    // The window answers between parts: the count moves on while it is read.
    const seen = new Set<string>();
    let shot = false;
    const count = page.locator('.view-toolbar__count');
    while (!/pages$/.test((await count.textContent()) ?? '')) {
      const text = await status.textContent({ timeout: 2000 }).catch(() => null);
      if (text !== null) seen.add(text);
      if (seen.size === 2 && !shot) shot = await saveScreenshot(page, 'reports-preview-laying-out').then(() => true);
    }
    expect(seen.size, [...seen].join(' / ')).toBeGreaterThanOrEqual(3);
    await page.getByText(/^2,000 actions · [\d,]+ pages$/).waitFor({ timeout: 60_000 });
    const total = Number((await page.locator('.view-toolbar__count').textContent())!.replace(/.* · |,| pages/g, ''));
    expect(total).toBeGreaterThan(100);
    const numbers = await page.locator('.reports__pages .rp-page').evaluateAll((pages) => pages.map((p) => Number(p.getAttribute('data-page'))));
    expect(numbers).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    const ids = await page.locator('.reports__pages .rp-link-targets span').evaluateAll((spans) => spans.map((s) => s.id));
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
    expect(await page.locator('.reports__pages .rp-link-targets').count()).toBe(1);
    expect(await page.locator('.reports__laying-out').count()).toBe(0);

    // Another paper is another layout: its own count, its own progress and Stop, not the A4 pages' count.
    await page.getByRole('radio', { name: 'Letter' }).check();
    await expect.poll(() => status.textContent(), { timeout: 60_000 }).toMatch(/^Laying out the preview: \d+ of \d+ parts/);
    expect(await count.textContent()).toBe('2,000 actions · laying out pages…');
    await page.getByText(/^2,000 actions · [\d,]+ pages$/).waitFor({ timeout: 60_000 });
  });
});
