// Deleted work comes back (issue 16): an action deleted in the grid shows in the History view's Deleted list with who
// deleted it and when; its change in the change log leads there; Restore brings it back with its indicators and its
// history, and the grid shows it again.
import { describe, expect, it } from 'vitest';
import { startApp } from '../support/app';
import { saveScreenshot } from '../support/screenshots';
import { actionByCode, cell, historyOf, openActionsView, readDb } from '../actions/support';
import { auditPage } from '../support/axe';

describe('deleted work comes back', () => {
  const app = startApp({ name: 'deleted-restore', user: 'Sonam Choden' });

  it('restores a deleted action with its indicators and history, from its change in the change log', async () => {
    const { page } = app.browser;
    await page.goto(app.harness.url);
    await openActionsView(page);
    const action = actionByCode(app.db, '5.1.1.1');
    const indicators = () => readDb(app.db, (db) => db.prepare('select name from indicators where action_id = ? and deleted_at is null').all(action.id) as { name: string }[]);
    expect(indicators().length).toBeGreaterThan(0);
    const historyBefore = historyOf(app.db, action.id).length;

    await (await cell(page, '5.1.1.1', 'title')).click();
    await page.keyboard.press('Control+Delete');
    await page.getByRole('dialog', { name: 'Delete this action?' }).waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => actionByCode(app.db, '5.1.1.1').deleted_at).not.toBeNull();

    await page.getByRole('tab', { name: 'History' }).click();
    await page.getByRole('tab', { name: 'Change log' }).click();
    const link = page.getByRole('button', { name: /5\.1\.1\.1 Ensure reliable connectivity at all times \(deleted\)/ }).first();
    await link.click();
    await expect.poll(() => page.getByRole('tab', { name: /^Deleted/ }).getAttribute('aria-selected')).toBe('true');
    const restore = page.getByRole('button', { name: 'Restore action 5.1.1.1 Ensure reliable connectivity at all times' });
    // The change log's link leads to the action's line, its Restore button focused.
    await expect.poll(() => restore.evaluate((button) => button === button.ownerDocument.activeElement)).toBe(true);
    const line = page.locator('.deleted-table tbody tr', { has: restore });
    expect(await line.textContent()).toContain('Sonam Choden');
    expect(await line.textContent()).toContain(`${indicators().length} indicator`);
    await saveScreenshot(page, 'history-deleted');
    await auditPage(page, 'the Deleted list');

    await page.keyboard.press('Enter');
    await expect.poll(() => actionByCode(app.db, '5.1.1.1').deleted_at).toBeNull();
    await expect.poll(() => page.locator('.notice__message').textContent()).toBe('Restored action 5.1.1.1 Ensure reliable connectivity at all times');
    await expect.poll(() => page.locator('.deleted-list').textContent()).toContain('Nothing of this plan is deleted.');
    expect(indicators().length).toBeGreaterThan(0);
    // Its history is whole: what it had, the delete and the restore.
    expect(historyOf(app.db, action.id).length).toBe(historyBefore + 2);

    // Show opens it in the Actions view.
    await page.getByRole('button', { name: 'Show' }).click();
    await expect.poll(() => page.getByRole('tab', { name: 'Actions' }).getAttribute('aria-selected')).toBe('true');
    // The title column is pinned, so it is drawn whatever the grid's horizontal scroll (End may be out of view).
    await expect.poll(async () => (await cell(page, '5.1.1.1', 'title')).textContent()).toBe('Ensure reliable connectivity at all times');
    expect(actionByCode(app.db, '5.1.1.1').end_month).toBe('2020-12');
  });
});
