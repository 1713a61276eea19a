// A block of cells in the Indicators grid (issue 16): Shift+arrows select it, announced; Ctrl+C copies it as the cells
// show it; Delete clears its editable cells in one undo step, or refuses the whole block when a cell cannot be empty.
import { describe, expect, it } from 'vitest';
import { readDb } from '../actions/support';
import { startApp } from '../support/app';
import { auditPage } from '../support/axe';
import { saveScreenshot } from '../support/screenshots';

describe('a block of cells in the Indicators grid', () => {
  const app = startApp({ name: 'indicator-block', user: 'Karma Dema' });
  const viewNotice = () => app.page.locator('.indicators-view .view-notice').textContent();

  it('copies a block, refuses to empty the kind, clears baselines and fills a name down, each in one undo step', async () => {
    const { page } = app.browser;
    await app.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.harness.origin });
    await page.goto(app.harness.url);
    await page.getByRole('tab', { name: 'Indicators' }).click();
    const rows = page.locator('.indicators-view .ag-row');
    await rows.first().waitFor();
    const first = page.locator('.indicators-view .ag-row[row-index="0"] .ag-cell[col-id="baseline"]');
    await first.click();
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowLeft');
    await expect.poll(() => page.locator('.indicators-view [role="status"]').textContent()).toBe('Selected 2 rows × 2 columns, 4 cells');
    await expect.poll(() => page.locator('.indicators-view .ag-cell.cell-block').count()).toBe(4);
    await saveScreenshot(page, 'indicator-block');

    const ids = await Promise.all([0, 1].map((i) => page.locator(`.indicators-view .ag-row[row-index="${i}"]`).first().getAttribute('row-id')));
    const stored = readDb(app.db, (db) => ids.map((id) => db.prepare('select id, baseline_text from indicators where id = ?').get(id))) as { id: string; baseline_text: string }[];
    const kindLabels = await Promise.all([0, 1].map((i) => page.locator(`.indicators-view .ag-row[row-index="${i}"] .ag-cell[col-id="kind"]`).first().textContent()));
    await page.keyboard.press('Control+c');
    await expect
      .poll(() => page.evaluate('navigator.clipboard.readText()'))
      .toBe(stored.map((row, i) => `${kindLabels[i]}\t${row.baseline_text}`).join('\r\n'));

    // Kind cannot be empty: nothing is cleared.
    await page.keyboard.press('Delete');
    await expect.poll(viewNotice).toMatch(/^Nothing was cleared: "" is not an indicator kind/);
    // The baselines alone clear, in one undo step.
    await first.click();
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Delete');
    await expect.poll(viewNotice).toMatch(/^Cleared 2 cells\. Ctrl\+Z brings them back\./);
    const baselines = () => readDb(app.db, (db) => stored.map((row) => (db.prepare('select baseline_text from indicators where id = ?').get(row.id) as { baseline_text: string }).baseline_text));
    expect(baselines()).toEqual(['', '']);
    await page.keyboard.press('Control+z');
    await expect.poll(baselines).toEqual(stored.map((row) => row.baseline_text));

    // Ctrl+D fills the first indicator's name down to the second, in one undo step.
    const names = () => readDb(app.db, (db) => stored.map((row) => (db.prepare('select name from indicators where id = ?').get(row.id) as { name: string }).name));
    const namesBefore = names();
    await page.locator('.indicators-view .ag-row[row-index="0"] .ag-cell[col-id="name"]').first().click();
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Control+d');
    await expect.poll(viewNotice).toMatch(/^Filled 1 cell down from /);
    expect(names()).toEqual([namesBefore[0], namesBefore[0]]);
    await auditPage(page, 'the Indicators grid with a block of cells selected');
    await page.keyboard.press('Control+z');
    await expect.poll(names).toEqual(namesBefore);
  });
});
