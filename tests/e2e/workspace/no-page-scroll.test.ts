// The app's window never scrolls as a whole: each view fits the window and scrolls inside its own parts (grid,
// panel, list). A page that grows past the window scrolls into a blank grey screen (issue 16), typically when a
// visually hidden label is placed by a scrolling list that is not positioned. Checked in every view, with the
// action details open and after edits (History lists the edit; undo and redo show their notice).
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startApp } from '../support/app';
import { cell, openActionsView } from '../actions/support';

interface PageSize {
  readonly document: number;
  readonly body: number;
  readonly window: number;
  readonly scrolled: number;
}

// A string, as the other tests' page scripts: the tests are typechecked for Node, without the DOM's names.
const MEASURE = `(() => {
  // Scrolling the window as a wheel would: nothing moves when the page fits.
  window.scrollTo(0, 10000);
  const scrolled = window.scrollY;
  window.scrollTo(0, 0);
  return { document: document.documentElement.scrollHeight, body: document.body.scrollHeight, window: window.innerHeight, scrolled };
})()`;

async function pageSize(page: Page): Promise<PageSize> {
  return (await page.evaluate(MEASURE)) as PageSize;
}

async function expectNoPageScroll(page: Page, where: string): Promise<void> {
  // Views render what they fetched a moment after the tab shows: give them the time, then measure.
  await page.waitForTimeout(300);
  const size = await pageSize(page);
  expect({ where, ...size }).toEqual({ where, document: size.window, body: size.window, window: size.window, scrolled: 0 });
}

// The tabs in their order (renderer/src/app/views.ts).
const VIEWS = ['Overview', 'Actions', 'Indicators', 'Timeline', 'Agencies', 'History', 'Reports', 'Exchange'].map((label) => ({ label }));

describe('no page scroll', () => {
  const app = startApp({ name: 'no-page-scroll', user: 'Sonam Choden' });

  it('every view fits the window', async () => {
    const { page } = app.browser;
    await page.goto(app.harness.url);
    for (const view of VIEWS) {
      await page.getByRole('tab', { name: view.label }).click();
      await expect.poll(() => page.getByRole('tab', { name: view.label }).getAttribute('aria-selected')).toBe('true');
      await expectNoPageScroll(page, view.label);
    }
  });

  it('the Actions view fits with the details open, and every view after an edit and its undo', async () => {
    const { page } = app.browser;
    await openActionsView(page);
    await (await cell(page, '5.1.1.1', 'title')).click();
    await page.getByRole('button', { name: 'Details' }).click();
    await page.getByRole('complementary', { name: /Action details|5\.1\.1\.1/ }).first().waitFor();
    await expectNoPageScroll(page, 'Actions with details');

    // The title is pinned: in view whatever columns the open details leave room for.
    await (await cell(page, '5.1.1.1', 'title')).click();
    await page.keyboard.press('F2');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Ensure reliable connectivity, always');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await cell(page, '5.1.1.1', 'title')).textContent()).toBe('Ensure reliable connectivity, always');
    await expectNoPageScroll(page, 'Actions with details after an edit');
    for (const view of VIEWS) {
      await page.getByRole('tab', { name: view.label }).click();
      await expect.poll(() => page.getByRole('tab', { name: view.label }).getAttribute('aria-selected')).toBe('true');
      await expectNoPageScroll(page, `${view.label} after an edit`);
    }
    await page.getByRole('tab', { name: 'History' }).click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.getByText(/^Undone/).count()).toBeGreaterThan(0);
    await expectNoPageScroll(page, 'History after an undo');
  });
});
