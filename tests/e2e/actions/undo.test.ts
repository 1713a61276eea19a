// Undo that never surprises (issue 16): what depends on an undone value (the Overdue mark) comes back with it; the keys
// undo wherever the focus is, a drop-down of the detail panel included; stepping through a closed drop-down with the
// arrow keys saves one change, not one per step; the notice says what was undone.
import { describe, expect, it } from 'vitest';
import { startApp } from '../support/app';
import { saveScreenshot } from '../support/screenshots';
import { actionByCode, cell, historyOf, openActionsView } from './support';

describe('undo', () => {
  const app = startApp({ name: 'undo', user: 'Sonam Choden', desktopMenu: true });
  const notice = () => app.page.locator('.notice__message').textContent();

  it('brings the Overdue mark back when a status change is undone, and says what was undone', async () => {
    const { page } = app.browser;
    await page.goto(app.harness.url);
    await openActionsView(page);
    const end = await cell(page, '5.1.1.1', 'end');
    expect(await end.textContent()).toBe('Dec 2020Overdue');
    const status = await cell(page, '5.1.1.1', 'status');
    await status.click();
    await page.keyboard.press('Enter');
    await page.getByRole('listbox', { name: 'Status' }).waitFor();
    await page.keyboard.press('c');
    await page.keyboard.press('Enter');
    await expect.poll(() => status.textContent()).toBe('Completed');
    await expect.poll(() => end.textContent()).toBe('Dec 2020');

    await page.keyboard.press('Control+z');
    await expect.poll(notice).toBe('Undone: status of 5.1.1.1 Completed → Ongoing');
    await expect.poll(() => status.textContent()).toBe('Ongoing');
    await expect.poll(() => end.textContent()).toBe('Dec 2020Overdue');
    expect(actionByCode(app.db, '5.1.1.1').status).toBe('ongoing');
    await saveScreenshot(page, 'undo-notice');

    await page.keyboard.press('Control+y');
    await expect.poll(notice).toBe('Redone: status of 5.1.1.1 Ongoing → Completed');
    await expect.poll(() => end.textContent()).toBe('Dec 2020');
    // Edit > Undo in the menu runs the plan's undo too.
    await page.evaluate("window.sendMenuCommand('undo')");
    await expect.poll(() => end.textContent()).toBe('Dec 2020Overdue');
    expect(actionByCode(app.db, '5.1.1.1').status).toBe('ongoing');
  });

  it('saves a drop-down of the detail panel once when the choice is left, and undoes it with the focus on the drop-down', async () => {
    const { page } = app.browser;
    const action = actionByCode(app.db, '5.1.1.2');
    const entries = () => historyOf(app.db, action.id).length;
    const before = entries();
    await (await cell(page, '5.1.1.2', 'title')).click();
    await page.getByRole('button', { name: 'Details' }).click();
    const panel = page.getByRole('complementary', { name: 'Action details' });
    const select = panel.getByLabel('Status', { exact: true });
    await select.focus();
    const stored = await select.inputValue();
    // Two steps down the closed drop-down: nothing is saved while stepping.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const chosen = await select.inputValue();
    expect(chosen).not.toBe(stored);
    await page.waitForTimeout(300);
    expect(entries()).toBe(before);
    expect(actionByCode(app.db, '5.1.1.2').status).toBe(stored);
    // Enter confirms the choice: one change.
    await page.keyboard.press('Enter');
    await expect.poll(() => actionByCode(app.db, '5.1.1.2').status).toBe(chosen);
    expect(historyOf(app.db, action.id).filter((e) => e.field === 'status')).toHaveLength(1);

    // Ctrl+Z with the focus still on the drop-down is the plan's undo.
    expect(await select.evaluate((element) => element === element.ownerDocument.activeElement)).toBe(true);
    await page.keyboard.press('Control+z');
    await expect.poll(() => actionByCode(app.db, '5.1.1.2').status).toBe(stored);
    await expect.poll(() => select.inputValue()).toBe(stored);
    await expect.poll(notice).toMatch(/^Undone: status of 5\.1\.1\.2 .+ → .+$/);

    // Stepping, then leaving with Tab, saves once too.
    await select.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await expect.poll(() => actionByCode(app.db, '5.1.1.2').status).not.toBe(stored);
    expect(historyOf(app.db, action.id).filter((e) => e.field === 'status' && e.source === 'edit')).toHaveLength(2);
  });
});
