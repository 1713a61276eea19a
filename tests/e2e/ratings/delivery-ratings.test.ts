// Delivery ratings shown everywhere a status is (issue 14): the Actions grid's Rating column and filter, the detail
// panel's reasons and override form (refused without a reason, undone with Ctrl+Z), the ratings following an edit,
// the Overview's counts by rating, the Timeline's marks, and the "Rating rules" dialog. One file drives them all
// over the same workspace: the sample plan rated in December 2026 (two red, four green, two completed).
import { execFileSync } from 'node:child_process';
import { copyFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { startApp } from '../support/app';
import { saveScreenshot } from '../support/screenshots';
import { actionByCode, actionRow, cell, openActionsView, readDb } from '../actions/support';

/** Screenshots for people to look at: the repository's screenshots/ (not committed), and a copy under /tmp. */
async function shoot(page: Page, name: string): Promise<void> {
  const path = await saveScreenshot(page, `ratings-${name}`);
  try {
    copyFileSync(path, `/tmp/shots-ratings/${basename(path)}`);
  } catch {
    // The copy is for a person looking at this machine only.
  }
}

const ratingText = async (page: Page, code: string) => (await (await cell(page, code, 'rating')).textContent())?.trim();

describe('delivery ratings in the app', () => {
  const app = startApp({ name: 'delivery-ratings', user: 'Karma Wangdi' });

  it('shows each action’s rating in the grid, and the Rating filter keeps the red ones', async () => {
    const { page } = app.browser;
    await page.goto(app.harness.url);
    await openActionsView(page);
    await expect.poll(() => ratingText(page, '5.1.1.1')).toBe('Red');
    expect(await ratingText(page, '5.1.1.2')).toBe('Completed');
    expect(await ratingText(page, '5.1.1.3')).toBe('Green');
    expect(await ratingText(page, '5.2.1.3')).toBe('Red');

    await page.getByRole('button', { name: /^Rating:/ }).click();
    const menu = page.getByRole('group', { name: 'Rating filter' });
    await menu.getByRole('checkbox', { name: 'Red' }).check();
    await expect.poll(() => page.locator('.actions-count').textContent()).toBe('2 of 8 actions');
    expect(await actionRow(page, '5.1.1.1').count()).toBe(1);
    expect(await actionRow(page, '5.2.1.3').count()).toBe(1);
    expect(await actionRow(page, '5.1.1.3').count()).toBe(0);
    await shoot(page, 'grid-filter');
    await menu.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => page.locator('.actions-count').textContent()).toBe('8 actions');
    await shoot(page, 'grid-column');
  });

  it('refuses an override without a reason, saves one with it, shows the computed rating beside it, and undoes it', async () => {
    const { page } = app.browser;
    const action = actionByCode(app.db, '5.1.1.3');
    const overrides = () => readDb(app.db, (db) => db.prepare('select rating, reason, set_by from rating_overrides where action_id = ? and deleted_at is null').all(action.id));

    await (await cell(page, '5.1.1.3', 'title')).click();
    if ((await page.getByRole('complementary', { name: 'Action details' }).count()) === 0) await page.keyboard.press('Control+i');
    const panel = page.getByRole('complementary', { name: 'Action details' });
    const section = panel.getByRole('region', { name: /^Delivery rating/ });
    await section.getByText('No rule found anything to flag.').waitFor();
    await section.getByRole('button', { name: 'Override…' }).click();
    const form = section.getByRole('form', { name: /^Override the rating for FY/ });
    await form.getByRole('radio', { name: 'Amber' }).check();
    await form.getByRole('button', { name: 'Save override' }).click();
    const reasonProblem = form.locator('.panel-field__problem');
    await expect.poll(() => reasonProblem.textContent()).toMatch(/needs a reason/i);
    expect(await form.getByLabel(/^Reason/).getAttribute('aria-invalid')).toBe('true');
    expect(overrides()).toEqual([]);
    await shoot(page, 'override-refused');

    await form.getByLabel(/^Reason/).fill('Ministry confirmed the procurement is stuck');
    await form.getByRole('button', { name: 'Save override' }).click();
    await expect.poll(() => ratingText(page, '5.1.1.3')).toBe('Amber(computed: green)');
    expect(overrides()).toEqual([{ rating: 'amber', reason: 'Ministry confirmed the procurement is stuck', set_by: 'Karma Wangdi' }]);
    await expect.poll(() => section.locator('.rating-section__now').textContent()).toBe('Amber(computed: green)');
    expect(await section.locator('.rating-section__who').textContent()).toMatch(/^Override set by Karma Wangdi for FY 2026-27 · /);
    expect(await section.locator('.rating-section__reason').textContent()).toBe('Ministry confirmed the procurement is stuck');
    await shoot(page, 'override-set');

    // Ctrl+Z takes the override back (it is an edit like any other), and the grid and the panel say so.
    await (await cell(page, '5.1.1.3', 'code')).click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => ratingText(page, '5.1.1.3')).toBe('Green');
    expect(overrides()).toEqual([]);
    await expect.poll(() => section.locator('.rating-section__now').textContent()).toBe('Green');
    await page.keyboard.press('Control+y');
    await expect.poll(() => ratingText(page, '5.1.1.3')).toBe('Amber(computed: green)');

    await section.getByRole('button', { name: 'Clear override' }).click();
    await expect.poll(() => ratingText(page, '5.1.1.3')).toBe('Green');
    expect(overrides()).toEqual([]);
  });

  it('rates again after a status is edited', async () => {
    const { page } = app.browser;
    await (await cell(page, '5.2.1.3', 'title')).click();
    const panel = page.getByRole('complementary', { name: 'Action details' });
    await panel.getByRole('region', { name: /^Delivery rating/ }).getByText(/Red: Past its end \(Jun 2021\) by \d+ months and not completed$/).waitFor();
    await panel.getByLabel('Status', { exact: true }).selectOption('completed');
    await expect.poll(() => ratingText(page, '5.2.1.3')).toBe('Completed');
    await (await cell(page, '5.2.1.3', 'code')).click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => ratingText(page, '5.2.1.3')).toBe('Red');
  });

  it('counts the plan’s and each chapter’s actions by rating in the Overview', async () => {
    const { page } = app.browser;
    await page.getByRole('tab', { name: 'Overview' }).click();
    const breakdown = page.getByRole('region', { name: 'Actions by delivery rating' });
    await breakdown.locator('.rating-figure').first().waitFor();
    expect(await breakdown.locator('.rating-figure').allTextContents()).toEqual(['2 Red', '0 Amber', '4 Green', '2 Completed', '0 Not rated']);
    expect(await breakdown.locator('.rating-breakdown__overall').textContent()).toBe('Overall Red');
    const table = page.locator('.rating-table');
    expect((await table.locator('thead th').allTextContents()).map((t) => t.trim())).toEqual(['Chapter', 'Red', 'Amber', 'Green', 'Completed', 'Not rated', 'Overall']);
    const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim())));
    expect(rows.map((r) => r.slice(1))).toEqual([
      ['1', '0', '2', '1', '0', 'Red'],
      ['1', '0', '2', '1', '0', 'Red'],
    ]);
    await breakdown.scrollIntoViewIfNeeded();
    await shoot(page, 'overview');
  });

  it('marks each bar of the Timeline with its rating, named for screen readers', async () => {
    const { page } = app.browser;
    await page.getByRole('tab', { name: 'Timeline' }).click();
    await page.locator('.tl-chart .rating-mark').first().waitFor();
    const names = await page.locator('.tl-chart .rating-mark').evaluateAll((marks) => marks.map((m) => m.getAttribute('aria-label')));
    expect(names.filter((n) => n === 'Rating: Red')).toHaveLength(2);
    expect(names.filter((n) => n === 'Rating: Completed')).toHaveLength(2);
    // The shapes differ, not only the colours: a square for red, a circle for green.
    expect(await page.locator('.tl-chart .rating-mark.rating--red rect.rating-mark__shape').count()).toBe(2);
    expect(await page.locator('.tl-chart .rating-mark.rating--green circle.rating-mark__shape').count()).toBeGreaterThan(0);
    // Each label tells the rating too, as it tells the status and dates the chart draws.
    await page.getByRole('button', { name: /^5\.1\.1\.1.*, Ongoing, .*, Rating: Red\b/ }).waitFor();
    await shoot(page, 'timeline');
  });

  it('prints the marks on the Timeline’s pages, with each shape’s word in the key', async () => {
    const { page } = app.browser;
    await page.evaluate('window.print = () => undefined');
    await page.getByRole('button', { name: 'Print timeline…' }).click();
    await page.getByRole('dialog', { name: 'Print the timeline' }).getByRole('button', { name: 'Print…' }).click();
    const printed = page.locator('.tl-print-root');
    await printed.locator('.tl-print-page').first().waitFor({ state: 'attached' });
    // Each bar drawn on a page carries its mark (a bar crossing pages is drawn, and marked, on each).
    const bars = await printed.locator('.tl-chart .tl-bar').count();
    expect(bars).toBeGreaterThan(0);
    expect(await printed.locator('.tl-chart .rating-mark[role="img"]').count()).toBe(bars);
    expect(await printed.locator('.tl-chart .rating-mark[aria-label="Rating: Red"]').count()).toBeGreaterThanOrEqual(2);
    expect(await printed.locator('.tl-rating-key').first().textContent()).toBe('Rating: redambergreencompletednot rated');
    // The footer's legend keeps all its items (the key sits in the action column's head, not there).
    expect(await printed.locator('.tl-legend').first().textContent()).toContain('Continues past the page');
    await page.emulateMedia({ media: 'print' });
    const pdf = join(app.folder, 'timeline-ratings.pdf');
    writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    await page.emulateMedia({ media: null });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toMatch(/Rating: red\s+amber\s+green\s+completed\s+not rated/);
    try {
      execFileSync('pdftoppm', ['-png', '-r', '110', '-f', '1', '-l', '1', pdf, '/tmp/shots-ratings/ratings-timeline-print']);
    } catch {
      // The picture is for a person looking at this machine only.
    }
    await page.evaluate("window.dispatchEvent(new Event('afterprint'))");
    await printed.waitFor({ state: 'detached' });
  });

  it('the Rating rules dialog refuses a value out of range, at its field, and saves a valid one', async () => {
    const { page } = app.browser;
    const stored = () => readDb(app.db, (db) => db.prepare('select soon_months, slip_red_months from rating_settings').all());
    await page.getByRole('tab', { name: 'Overview' }).click();
    await page.getByRole('button', { name: 'Rating rules…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Rating rules' });
    const soon = dialog.getByRole('textbox', { name: 'Soon' });
    expect(await soon.inputValue()).toBe('3');
    await soon.fill('13');
    await dialog.getByRole('button', { name: 'Save the rules' }).click();
    await expect.poll(() => dialog.locator('.rating-rule__problem').textContent()).toMatch(/soon must be at most 12/i);
    expect(await soon.getAttribute('aria-invalid')).toBe('true');
    expect(stored()).toEqual([]);
    await shoot(page, 'rules-refused');

    await soon.fill('6');
    await dialog.getByRole('button', { name: 'Save the rules' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect(stored()).toEqual([{ soon_months: 6, slip_red_months: 6 }]);
    await page.getByRole('button', { name: 'Rating rules…' }).click();
    expect(await page.getByRole('dialog', { name: 'Rating rules' }).getByRole('textbox', { name: 'Soon' }).inputValue()).toBe('6');
    await shoot(page, 'rules');
    await page.keyboard.press('Escape');
  });
});
