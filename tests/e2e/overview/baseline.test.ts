// The plan's baseline as an analyst keeps it: approved on the Overview, a later end typed in the grid asks why and is
// kept as a revised end beside the planned one, the Timeline draws the planned bar under the current one and asks
// why when an end is dragged, and a rebaseline (with its reason) makes the revised ends the plan. Each step is
// checked in the workspace file, and undone.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startApp } from '../support/app';
import { saveScreenshot } from '../support/screenshots';
import { actionByCode, cell, openActionsView, readDb } from '../actions/support';

interface Revision {
  end_month: string | null;
  revised_end_month: string | null;
  revised_end_reason: string;
}

describe('the plan baseline', () => {
  const app = startApp({ name: 'baseline', user: 'Karma Wangdi' });
  const revisionOf = (code: string) =>
    readDb(app.db, (db) => db.prepare('select end_month, revised_end_month, revised_end_reason from actions where code = ? and deleted_at is null').get(code) as Revision);
  const approvedOn = () => readDb(app.db, (db) => (db.prepare('select approved_on from plans').get() as { approved_on: string | null }).approved_on);
  const reasonDialog = (page: Page) => page.getByRole('dialog', { name: 'Why does the end change?' });

  it('marks the plan approved from the Overview, and undoes it with Ctrl+Z', async () => {
    const { page } = app.browser;
    await page.goto(app.harness.url);
    const panel = page.getByRole('region', { name: 'Baseline' });
    await expect.poll(() => panel.textContent()).toContain('Draft');
    await panel.getByRole('button', { name: 'Mark as approved…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Mark the plan as approved' });
    await dialog.getByLabel('Approved on').fill('2026-07-15');
    await saveScreenshot(page, 'baseline-approve-dialog');
    await dialog.getByRole('button', { name: 'Mark as approved' }).click();
    await expect.poll(() => panel.textContent()).toContain('Approved on 15 July 2026 by Karma Wangdi');
    expect(approvedOn()).toBe('2026-07-15');
    await page.locator('body').click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => approvedOn()).toBeNull();
    await expect.poll(() => panel.textContent()).toContain('Draft');
    await page.keyboard.press('Control+y');
    await expect.poll(() => approvedOn()).toBe('2026-07-15');
    await expect.poll(() => panel.textContent()).toContain('0 actions have a revised end');
    await saveScreenshot(page, 'baseline-overview');
  });

  it('asks why when an end typed in the grid changes, keeps the planned end, and saves nothing on Cancel', async () => {
    const { page } = app.browser;
    await openActionsView(page);
    const end = () => cell(page, '5.1.1.1', 'end');
    await (await end()).click();
    await page.keyboard.type('Jun 2027');
    await page.keyboard.press('Enter');
    await reasonDialog(page).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => reasonDialog(page).count()).toBe(0);
    expect(revisionOf('5.1.1.1')).toEqual({ end_month: '2020-12', revised_end_month: null, revised_end_reason: '' });

    await (await end()).click();
    await page.keyboard.type('Jun 2027');
    await page.keyboard.press('Enter');
    const dialog = reasonDialog(page);
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('5.1.1.1 Ensure reliable connectivity at all times: new end Jun 2027');
    // No reason, no save: the button waits for one.
    expect(await dialog.getByRole('button', { name: 'Save revised end' }).isDisabled()).toBe(true);
    await dialog.getByLabel('Reason').fill('Fibre procurement re-tendered');
    await saveScreenshot(page, 'baseline-reason-prompt');
    await dialog.getByRole('button', { name: 'Save revised end' }).click();
    await expect.poll(async () => (await end()).textContent()).toBe('Dec 2020→ Jun 2027');
    expect(revisionOf('5.1.1.1')).toEqual({ end_month: '2020-12', revised_end_month: '2027-06', revised_end_reason: 'Fibre procurement re-tendered' });
    // A planned start is the baseline: refused at the cell, with the reason.
    const start = actionByCode(app.db, '5.1.1.1').start_month;
    await (await cell(page, '5.1.1.1', 'start')).click();
    await page.keyboard.type('Mar 2017');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await cell(page, '5.1.1.1', 'start')).getAttribute('class')).toContain('cell--refused');
    expect(actionByCode(app.db, '5.1.1.1').start_month).toBe(start);
    await page.keyboard.press('Escape');
    await saveScreenshot(page, 'baseline-grid');
  });

  it('draws the planned bar under the revised one on the Timeline, and asks why when an end is dragged', async () => {
    const { page } = app.browser;
    await page.getByRole('tab', { name: 'Timeline' }).click();
    await page.locator('.tl-label--action').first().waitFor();
    await page.getByRole('button', { name: 'Years', exact: true }).click();
    const index = await page
      .locator('.tl-label--action', { has: page.locator('.tl-label__code', { hasText: /^5\.1\.1\.1$/ }) })
      .getAttribute('data-index');
    // The bar runs to the revised end, the planned bar under it ends 78 months earlier: the slip.
    await expect.poll(() => page.locator(`.tl-chart [data-bar="${index}"] .tl-bar-label`).textContent()).toBe('Jun 2027 · +78 mo');
    expect(await page.locator(`.tl-chart g.tl-row[data-row="${index}"] .tl-ghost`).count()).toBe(1);
    expect(await page.locator('.timeline-summary').textContent()).toContain('1 with a revised end since approval');
    // Only the end can be dragged on an approved plan.
    expect(await page.locator(`.tl-chart [data-bar="${index}"] .tl-handle--move`).count()).toBe(0);
    const handle = page.locator(`.tl-chart [data-bar="${index}"] .tl-handle--end`);
    await handle.scrollIntoViewIfNeeded();
    const box = (await handle.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    // Years zoom: 8 px a month; 12 months later.
    await page.mouse.move(box.x + box.width / 2 + 12 * 8, box.y + box.height / 2, { steps: 6 });
    await page.mouse.up();
    const dialog = reasonDialog(page);
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('new end Jun 2028');
    await dialog.getByLabel('Reason').fill('Second phase added by the ministry');
    await dialog.getByRole('button', { name: 'Save revised end' }).click();
    await expect.poll(() => revisionOf('5.1.1.1')).toEqual({ end_month: '2020-12', revised_end_month: '2028-06', revised_end_reason: 'Second phase added by the ministry' });
    await saveScreenshot(page, 'baseline-timeline');
    // One undo takes back the revised end and its reason together.
    await page.keyboard.press('Control+z');
    await expect.poll(() => revisionOf('5.1.1.1')).toEqual({ end_month: '2020-12', revised_end_month: '2027-06', revised_end_reason: 'Fibre procurement re-tendered' });
  });

  it('rebaselines from the Overview with a reason: the revised end becomes the planned end', async () => {
    const { page } = app.browser;
    await page.getByRole('tab', { name: 'Overview' }).click();
    const panel = page.getByRole('region', { name: 'Baseline' });
    await expect.poll(() => panel.textContent()).toContain('1 action has a revised end');
    await panel.getByRole('button', { name: 'Rebaseline…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Rebaseline the plan' });
    await dialog.getByLabel('Reason (e.g. the meeting that agreed it)').fill('Mid-term review, steering committee of 20 Nov 2026');
    await dialog.getByRole('button', { name: 'Rebaseline' }).click();
    await expect.poll(() => revisionOf('5.1.1.1')).toEqual({ end_month: '2027-06', revised_end_month: null, revised_end_reason: '' });
    await expect.poll(() => panel.textContent()).toContain('Mid-term review, steering committee of 20 Nov 2026');
    // Nothing left to rebaseline (the panel's count is read again with the plan).
    await expect.poll(() => panel.getByRole('button', { name: 'Rebaseline…' }).isDisabled()).toBe(true);
    await saveScreenshot(page, 'baseline-rebaselined');
  });
});
