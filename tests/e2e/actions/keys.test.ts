// Spreadsheet keys in the Actions grid (issue 16): Home / End within the row, Ctrl+Home / Ctrl+End to the grid's
// first and last cell, Enter / Shift+Enter down / up after an edit; and the list of every shortcut (? or Help >
// Keyboard Shortcuts), checked by the accessibility audit.
import { describe, expect, it } from 'vitest';
import { startApp } from '../support/app';
import { auditPage } from '../support/axe';
import { saveScreenshot } from '../support/screenshots';
import { actionByCode, cell, openActionsView } from './support';

const FOCUSED = `(() => {
  const cell = document.activeElement?.closest('.ag-cell, .ag-full-width-row');
  const row = document.activeElement?.closest('.ag-row');
  return cell ? (row?.getAttribute('row-id') ?? '') + ' ' + (cell.getAttribute('col-id') ?? 'heading') : null;
})()`;

describe('grid keys', () => {
  const app = startApp({ name: 'grid-keys', user: 'Sonam Choden', desktopMenu: true });
  const focused = () => app.page.evaluate(FOCUSED) as Promise<string | null>;

  it('moves to the ends of the row and of the grid with Home, End, Ctrl+Home and Ctrl+End', async () => {
    const { page } = app.browser;
    await page.goto(app.harness.url);
    await openActionsView(page);
    const id = actionByCode(app.db, '5.1.1.2').id;
    await (await cell(page, '5.1.1.2', 'start')).click();
    await page.keyboard.press('End');
    // The grid's last column (its headers are drawn only where they are in view: at 1366 px the last one drawn before
    // End scrolls there is Lead agency, so the name is written here, not read from the page).
    const lastColumn = 'updated';
    await expect.poll(focused).toBe(`${id} ${lastColumn}`);
    await page.keyboard.press('Home');
    await expect.poll(focused).toBe(`${id} code`);
    await page.keyboard.press('Control+End');
    const lastAction = actionByCode(app.db, '5.2.2.1').id;
    await expect.poll(focused).toBe(`${lastAction} ${lastColumn}`);
    await page.keyboard.press('Control+Home');
    // The first row is the first chapter's heading.
    await expect.poll(async () => (await focused())?.startsWith('chapter:')).toBe(true);
  });

  it('saves an edit with Enter and moves down, with Shift+Enter and moves up', async () => {
    const { page } = app.browser;
    const below = actionByCode(app.db, '5.2.1.2').id;
    const above = actionByCode(app.db, '5.2.1.1').id;
    await (await cell(page, '5.2.1.1', 'remarks')).click();
    await page.keyboard.press('F2');
    // Remarks are edited in a popup: keys typed before its text area has the focus would go to the grid.
    await page.waitForFunction("document.activeElement?.tagName === 'TEXTAREA'");
    await page.keyboard.type('Servers listed.');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => actionByCode(app.db, '5.2.1.1').remarks).toBe('Servers listed.');

    await (await cell(page, '5.2.1.1', 'start')).click();
    await page.keyboard.press('F2');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Aug 2018');
    await page.keyboard.press('Enter');
    await expect.poll(() => actionByCode(app.db, '5.2.1.1').start_month).toBe('2018-08');
    await expect.poll(focused).toBe(`${below} start`);
    await page.keyboard.press('F2');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Feb 2022');
    await page.keyboard.press('Shift+Enter');
    await expect.poll(() => actionByCode(app.db, '5.2.1.2').start_month).toBe('2022-02');
    await expect.poll(focused).toBe(`${above} start`);
  });

  it('lists every shortcut with ? and Help > Keyboard Shortcuts; Ctrl+I shows the details, not an import', async () => {
    const { page } = app.browser;
    // In a grid cell ? is typed, as any character: from the view tabs it opens the list.
    await page.getByRole('tab', { name: 'Actions' }).focus();
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Ctrl+Home / Ctrl+End');
    await saveScreenshot(page, 'keyboard-shortcuts');
    await auditPage(page, 'the Keyboard Shortcuts dialog');
    await page.keyboard.press('Escape');
    // The window forgets the list when the dialog's close event reaches it, a moment after it disappears: until
    // then the menu's command would find the list still open and the close would win.
    const inPage = page.locator('dialog.shortcuts-dialog');
    await expect.poll(() => inPage.count()).toBe(0);
    await page.evaluate("window.sendMenuCommand('show-shortcuts')");
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => inPage.count()).toBe(0);

    await (await cell(page, '5.1.1.1', 'title')).click();
    await page.keyboard.press('Control+i');
    await page.getByRole('complementary', { name: 'Action details' }).waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
  });
});
