// The main screen against a real workspace: the tree with its counts, keyboard selection, the action's detail.
import { describe, expect, it } from 'vitest';
import { startApp } from '../support/app';
import { SAMPLE_PLAN_TITLE } from '../support/sample-workspace';
import { saveScreenshot } from '../support/screenshots';

describe('plan screen', () => {
  const app = startApp({ name: 'plan-screen', user: 'Sonam Choden' });

  it('shows the plan, its chapters and statements with their counts by status', async () => {
    const { page } = app.browser;
    await page.goto(app.harness.url);
    await expect.poll(() => page.locator('.app-header__title').textContent()).toBe(SAMPLE_PLAN_TITLE);
    await expect.poll(() => page.locator('.app-header__workspace').getAttribute('title')).toContain('workspace.plandesk');
    await expect.poll(() => page.locator('.user-name').textContent()).toBe('Sonam Choden');

    const tree = page.getByRole('tree');
    const chapters = tree.locator('[role="treeitem"][aria-level="1"]');
    await expect.poll(() => chapters.count()).toBe(2);
    const chapter51 = chapters.nth(0);
    expect(await chapter51.locator('.tree-row__line').textContent()).toBe('5.1Digital by Default');
    // 5.1: two ongoing, one completed, one not started (and overdue: 5.1.1.1 ended in Dec 2020).
    expect(await chapter51.locator('.count-chip').allTextContents()).toEqual(['1 Completed', '2 Ongoing', '1 Not started', '1 Overdue']);
    // 5.2: one of each, and one action whose wording names no status.
    expect(await chapters.nth(1).locator('.count-chip').allTextContents()).toEqual([
      '1 Completed',
      '1 Ongoing',
      '1 Not started',
      '1 No status',
      '1 Overdue',
    ]);

    const statements = tree.locator('[role="treeitem"][aria-level="2"]');
    expect(await statements.count()).toBe(4);
    expect(await statements.nth(1).locator('.count-chip').allTextContents()).toEqual(['1 Ongoing']);

    const actions = tree.locator('[role="treeitem"][aria-level="3"]');
    expect(await actions.count()).toBe(8);
    const first = actions.nth(0);
    expect(await first.locator('.tree-row__code').textContent()).toBe('5.1.1.1');
    expect(await first.locator('.status-badge').textContent()).toBe('Ongoing');
    expect(await first.locator('.overdue-mark').textContent()).toBe('Overdue');
    expect(await actions.nth(1).locator('.overdue-mark').count()).toBe(0);

    // The overview counts the whole plan.
    const figures = page.locator('.breakdown .figure');
    expect(await figures.first().textContent()).toBe('8Actions');
    expect(await page.locator('.figure--overdue .figure__n').textContent()).toBe('2');

    await saveScreenshot(page, 'plan-overview');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await saveScreenshot(page, 'plan-overview');
    await page.setViewportSize({ width: 1366, height: 768 });
  });

  it('moves through the tree with the keyboard and shows the selected action in full', async () => {
    const { page } = app.browser;
    const tree = page.getByRole('tree');
    // Tab lands on the tree's single tabbable row: the first chapter.
    await tree.locator('[role="treeitem"][tabindex="0"]').focus();
    await expect.poll(() => page.locator('[role="treeitem"]:focus').getAttribute('aria-level')).toBe('1');

    // Collapse and reopen the chapter: its statements disappear and come back.
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => tree.locator('[aria-level="1"]').first().getAttribute('aria-expanded')).toBe('false');
    expect(await tree.locator('[role="treeitem"]').count()).toBe(1 + 1 + 2 + 4);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => tree.locator('[aria-level="1"]').first().getAttribute('aria-expanded')).toBe('true');

    // Down to the statement 5.1.1, then to its second action, 5.1.1.2.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const focused = page.locator('[role="treeitem"]:focus');
    expect(await focused.getAttribute('aria-selected')).toBe('true');
    expect(await focused.locator('.tree-row__code').textContent()).toBe('5.1.1.2');

    const detail = page.locator('article.detail');
    await expect.poll(() => detail.locator('h2').textContent()).toBe('5.1.1.2Develop and adopt digital service standards');
    expect(await detail.locator('.detail__status .status-badge').textContent()).toBe('Completed');
    expect(await detail.locator('.indicator-table tbody tr').allTextContents()).toEqual(['Digital service standards adoptedNOYES']);
    expect(await detail.locator('.facts').textContent()).toContain('Jul 2019 – Jun 2020');
    expect(await detail.locator('.facts').textContent()).toContain('No budget required');
    expect(await detail.locator('.history__entry').first().textContent()).toContain('Sonam Choden');

    // Up to 5.1.1.1: overdue, partially funded, two indicators, remarks kept with their bullets.
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => detail.locator('h2').textContent()).toBe('5.1.1.1Ensure reliable connectivity at all times');
    expect(await detail.locator('.detail__status .overdue-tag').count()).toBe(1);
    expect(await detail.locator('.indicator-table tbody tr').count()).toBe(2);
    expect(await detail.locator('.remarks').textContent()).toContain('• Redundant links to the 20 dzongkhags installed.');
    expect(await detail.locator('.agency-tag').allTextContents()).toEqual(['DITT']);

    await saveScreenshot(page, 'action-detail');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await saveScreenshot(page, 'action-detail');

    // A chapter shows the summary of its statements.
    await page.keyboard.press('Home');
    await expect.poll(() => page.locator('.summary__kind').textContent()).toBe('Chapter 5.1');
    expect(await page.locator('.group-table tbody tr').count()).toBe(2);
    await saveScreenshot(page, 'chapter-summary');
    await page.setViewportSize({ width: 1366, height: 768 });
    await saveScreenshot(page, 'chapter-summary');
  });

  it('reloads when the desktop app says the workspace changed, and switches between plans', async () => {
    const { page } = app.browser;
    // window.desktop exists only in Electron: a stand-in keeps the page's listener so that the test can send the menu command.
    await page.addInitScript({
      content: 'window.desktop = { onMenuCommand(listener) { window.sendMenuCommand = listener; return () => {}; } };',
    });
    await page.goto(app.harness.url);
    await expect.poll(() => page.locator('.app-header__title').textContent()).toBe(SAMPLE_PLAN_TITLE);

    const created = await fetch(`${app.harness.origin}/api/plans:create`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-plandesk-token': app.harness.token },
      body: JSON.stringify({ title: 'ICT Master Plan 2025–2030' }),
    });
    expect(await created.json()).toMatchObject({ ok: true, value: { title: 'ICT Master Plan 2025–2030' } });
    // Nothing changes on screen until the workspace is said to have changed.
    expect(await page.locator('.plan-switcher__select').count()).toBe(0);
    await page.evaluate("window.sendMenuCommand('workspace-changed')");

    const switcher = page.getByRole('combobox', { name: 'Plan' });
    await expect.poll(() => switcher.locator('option').allTextContents()).toEqual([SAMPLE_PLAN_TITLE, 'ICT Master Plan 2025–2030']);
    await saveScreenshot(page, 'plan-switcher');
    await switcher.selectOption({ label: 'ICT Master Plan 2025–2030' });
    await expect.poll(() => page.locator('.summary__title').textContent()).toBe('ICT Master Plan 2025–2030');
    expect(await page.getByRole('tree').count()).toBe(0);
    await switcher.selectOption({ label: SAMPLE_PLAN_TITLE });
    await expect.poll(() => page.getByRole('tree').locator('[aria-level="1"]').count()).toBe(2);
  });

  it('creates a plan from the desktop menu command New Plan…', async () => {
    const { page } = app.browser;
    await page.evaluate("window.sendMenuCommand('new-plan')");
    const dialog = page.getByRole('dialog', { name: 'New plan' });
    await dialog.getByLabel('Plan title').fill('Cyber Security Action Plan');
    await saveScreenshot(page, 'new-plan-dialog');
    await dialog.getByRole('button', { name: 'Create plan' }).click();
    const switcher = page.getByRole('combobox', { name: 'Plan' });
    await expect.poll(() => switcher.locator('option:checked').textContent()).toBe('Cyber Security Action Plan');
    expect(await dialog.count()).toBe(0);
    expect(await switcher.locator('option').count()).toBe(3);
  });
});
