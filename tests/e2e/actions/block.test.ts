// A block of cells in the grids, as in a spreadsheet (issue 16): Shift+arrows and Shift+click select it (drawn by the
// app, announced to screen readers), Ctrl+C copies it as tab-separated text, Delete clears it and Ctrl+D fills it down,
// each in one undo step; read-only cells are left as they were and a title is never emptied.
import { describe, expect, it } from 'vitest';
import { startApp } from '../support/app';
import { auditPage } from '../support/axe';
import { saveScreenshot } from '../support/screenshots';
import { actionByCode, cell, openActionsView, readDb } from './support';

describe('a block of cells', () => {
  const app = startApp({ name: 'cell-block', user: 'Karma Dema' });
  const notice = () => app.page.locator('.notice__message').textContent();
  const announced = () => app.page.locator('.actions-grid [role="status"]').textContent();
  const inBlock = () => app.page.locator('.actions-grid .ag-cell.cell-block').count();
  const clipboard = () => app.page.evaluate('navigator.clipboard.readText()') as Promise<string>;
  const codes = ['5.1.1.1', '5.1.1.2', '5.1.1.3'];

  it('selects a block with Shift+arrows, announces it, copies it as the cells show it, and clears it on a plain move', async () => {
    const { page } = app.browser;
    await app.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.harness.origin });
    await page.goto(app.harness.url);
    await openActionsView(page);
    await (await cell(page, '5.1.1.1', 'end')).click();
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(announced).toBe('Selected 3 rows × 2 columns, 6 cells');
    await expect.poll(inBlock).toBe(6);
    for (const code of codes) expect(await (await cell(page, code, 'lead')).getAttribute('class')).toContain('cell-block');
    await saveScreenshot(page, 'cell-block');
    await auditPage(page, 'the Actions grid with a block of cells selected');

    await page.keyboard.press('Control+c');
    // Months as the grid shows them ("Dec 2020", not 2020-12; the Overdue mark is not part of the value), agencies as written.
    const ends = await Promise.all(codes.map(async (code) => ((await (await cell(page, code, 'end')).textContent()) ?? '').replace(/Overdue$/, '')));
    const expected = codes.map((code, i) => `${ends[i]}\t${actionByCode(app.db, code).lead_text}`).join('\r\n');
    expect(ends[0]).toBe('Dec 2020');
    await expect.poll(clipboard).toBe(expected);

    // A plain move clears the block; a single cell copies its value alone.
    await page.keyboard.press('ArrowUp');
    await expect.poll(inBlock).toBe(0);
    await page.keyboard.press('Control+c');
    await expect.poll(clipboard).toBe(actionByCode(app.db, '5.1.1.2').lead_text);

    // Shift+click stretches a block from the focused cell; Escape clears it, and says so.
    await (await cell(page, '5.1.1.1', 'start')).click();
    await (await cell(page, '5.1.1.2', 'end')).click({ modifiers: ['Shift'] });
    await expect.poll(announced).toBe('Selected 2 rows × 2 columns, 4 cells');
    await expect.poll(inBlock).toBe(4);
    await page.keyboard.press('Escape');
    await expect.poll(inBlock).toBe(0);
    await expect.poll(announced).toBe('Selection cleared');
  });

  it('clears the block with Delete in one undo step, leaving read-only cells and saying so', async () => {
    const { page } = app.browser;
    const before = codes.map((code) => actionByCode(app.db, code).status);
    expect(before.every((status) => status !== null)).toBe(true);
    await (await cell(page, '5.1.1.1', 'status')).click();
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowDown');
    await expect.poll(announced).toBe('Selected 3 rows × 2 columns, 6 cells');
    await page.keyboard.press('Delete');
    await expect.poll(notice).toBe('Cleared 3 cells; 3 read-only cells left as they were');
    expect(codes.map((code) => actionByCode(app.db, code).status)).toEqual([null, null, null]);
    // One batch of the history holds the three changes.
    const batches = readDb(app.db, (db) =>
      db.prepare("select count(distinct batch_id) as n from change_history where field = 'status' and user_name = 'Karma Dema'").get(),
    ) as { n: number };
    expect(batches.n).toBe(1);
    // The block stays selected after the edit.
    await expect.poll(inBlock).toBe(6);

    await page.keyboard.press('Control+z');
    await expect.poll(() => codes.map((code) => actionByCode(app.db, code).status)).toEqual(before);
    await expect.poll(notice).toMatch(/^Undone: status of 5\.1\.1\.[123] /);
  });

  it('refuses to clear titles, saying why, and changes nothing', async () => {
    const { page } = app.browser;
    const titles = codes.map((code) => actionByCode(app.db, code).title);
    const codesBefore = codes.map((code) => actionByCode(app.db, code).code);
    await (await cell(page, '5.1.1.1', 'code')).click();
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowDown');
    await expect.poll(announced).toBe('Selected 3 rows × 2 columns, 6 cells');
    await page.keyboard.press('Delete');
    await expect.poll(notice).toBe('Nothing was cleared: An action needs a title (3 cells refused)');
    expect(await page.locator('.notice__details li').first().textContent()).toBe(`5.1.1.1 ${titles[0]} · Action: An action needs a title`);
    expect(codes.map((code) => actionByCode(app.db, code).title)).toEqual(titles);
    expect(codes.map((code) => actionByCode(app.db, code).code)).toEqual(codesBefore);
    await page.getByRole('button', { name: 'Close this message' }).click();
  });

  it('fills the top row down with Ctrl+D in one undo step; Ctrl+Shift+D duplicates the action', async () => {
    const { page } = app.browser;
    const before = codes.map((code) => actionByCode(app.db, code));
    await (await cell(page, '5.1.1.1', 'start')).click();
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowDown');
    await expect.poll(announced).toBe('Selected 3 rows × 3 columns, 9 cells');
    await page.keyboard.press('Control+d');
    await expect.poll(notice).toBe(`Filled 6 cells down from 5.1.1.1 ${before[0]!.title}`);
    for (const code of codes.slice(1)) {
      expect(actionByCode(app.db, code)).toMatchObject({ start_month: before[0]!.start_month, end_month: before[0]!.end_month, lead_text: before[0]!.lead_text });
    }
    await page.keyboard.press('Control+z');
    await expect.poll(() => codes.map((code) => actionByCode(app.db, code).start_month)).toEqual(before.map((a) => a.start_month));
    expect(codes.map((code) => actionByCode(app.db, code).lead_text)).toEqual(before.map((a) => a.lead_text));

    // Ctrl+Shift+D is the duplicate now.
    const count = () => readDb(app.db, (db) => (db.prepare('select count(*) as n from actions where deleted_at is null').get() as { n: number }).n);
    const actions = count();
    await (await cell(page, '5.1.1.3', 'title')).click();
    await page.keyboard.press('Control+Shift+D');
    await expect.poll(notice).toBe(`Duplicated 5.1.1.3 ${before[2]!.title}`);
    expect(count()).toBe(actions + 1);
  });
});
