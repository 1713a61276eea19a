// The Actions view against a real workspace, driven as an analyst would: keyboard first, mouse where people use it.
// Every edit is checked where it matters: in the workspace file and in its change history.
import { describe, expect, it } from 'vitest';
import { startApp } from '../support/app';
import { saveScreenshot } from '../support/screenshots';
import { actionByCode, cell, historyOf, openActionsView, readDb, type ActionRecord } from './support';

describe('actions grid', () => {
  const app = startApp({ name: 'actions-grid', user: 'Sonam Choden' });

  it('shows the plan as the document reads: chapters, statements, then their actions with status and overdue marks', async () => {
    const { page } = app.browser;
    await page.goto(app.harness.url);
    await openActionsView(page);
    const headings = page.locator('.actions-grid .heading');
    await expect.poll(() => headings.count()).toBe(6);
    expect(await headings.nth(0).locator('.heading__label').textContent()).toBe('Chapter 5.1Digital by Default');
    expect(await headings.nth(1).locator('.heading__code').textContent()).toBe('5.1.1');
    expect(await page.locator('.actions-count').textContent()).toBe('8 actions');

    expect(await (await cell(page, '5.1.1.1', 'status')).textContent()).toBe('Ongoing');
    expect(await (await cell(page, '5.1.1.1', 'end')).textContent()).toBe('Dec 2020Overdue');
    expect(await (await cell(page, '5.1.1.3', 'end')).textContent()).toBe('Continue');
    expect(await (await cell(page, '5.2.2.1', 'start')).textContent()).toBe('2021');
    await saveScreenshot(page, 'actions-grid');
    await page.setViewportSize({ width: 1920, height: 1080 });
    // The wider window shows the fund column without scrolling.
    await expect.poll(async () => (await cell(page, '5.1.1.2', 'fund')).textContent()).toBe('No budget required');
    expect(await (await cell(page, '5.2.1.2', 'status')).locator('.cell-status').getAttribute('title')).toBe('Recorded as “Awaiting the cloud policy approval”');
    await saveScreenshot(page, 'actions-grid');
    await page.setViewportSize({ width: 1366, height: 768 });
  });

  it('saves a typed cell at once, records it in the history, and undoes it with Ctrl+Z', async () => {
    const { page } = app.browser;
    const before = actionByCode(app.db, '5.1.1.1');
    await (await cell(page, '5.1.1.1', 'end')).click();
    await page.keyboard.type('Jun 2027');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await cell(page, '5.1.1.1', 'end')).textContent()).toBe('Jun 2027');
    expect(actionByCode(app.db, '5.1.1.1').end_month).toBe('2027-06');
    const last = historyOf(app.db, before.id).at(-1);
    expect(last).toMatchObject({ field: 'end_month', old_value: '2020-12', new_value: '2027-06', user_name: 'Sonam Choden', source: 'edit' });

    // Focus is back on the grid cell, not in a text field: Ctrl+Z is the plan's undo.
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await cell(page, '5.1.1.1', 'end')).textContent()).toBe('Dec 2020Overdue');
    expect(actionByCode(app.db, '5.1.1.1').end_month).toBe('2020-12');
    expect(historyOf(app.db, before.id).at(-1)).toMatchObject({ field: 'end_month', new_value: '2020-12', source: 'undo' });
    await page.keyboard.press('Control+y');
    await expect.poll(() => actionByCode(app.db, '5.1.1.1').end_month).toBe('2027-06');
    await page.keyboard.press('Control+z');
    await expect.poll(() => actionByCode(app.db, '5.1.1.1').end_month).toBe('2020-12');
  });

  it('refuses an invalid month at the cell with the reason and saves nothing', async () => {
    const { page } = app.browser;
    const before = actionByCode(app.db, '5.1.1.2');
    const historyBefore = historyOf(app.db, before.id).length;
    await (await cell(page, '5.1.1.2', 'start')).click();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Smarch 2019');
    await page.keyboard.press('Enter');
    const problem = page.locator('.cell-editor__problem');
    await expect.poll(() => problem.textContent()).toContain('is not a month name');
    await saveScreenshot(page, 'actions-invalid-month');
    await page.keyboard.press('Escape');
    await expect.poll(() => problem.count()).toBe(0);
    expect(await (await cell(page, '5.1.1.2', 'start')).textContent()).toBe('Jul 2019');
    expect(actionByCode(app.db, '5.1.1.2').start_month).toBe('2019-07');
    expect(historyOf(app.db, before.id).length).toBe(historyBefore);
  });

  it('chooses a status from its list with the keyboard; the overdue mark goes when the action is completed', async () => {
    const { page } = app.browser;
    const statusCell = await cell(page, '5.2.1.3', 'status');
    await statusCell.click();
    await page.keyboard.press('Enter');
    const list = page.getByRole('listbox', { name: 'Status' });
    await list.waitFor();
    await page.keyboard.press('c');
    await page.keyboard.press('Enter');
    await expect.poll(() => statusCell.textContent()).toBe('Completed');
    expect(actionByCode(app.db, '5.2.1.3').status).toBe('completed');
    expect(await (await cell(page, '5.2.1.3', 'end')).textContent()).toBe('Jun 2021');
  });

  it('links typed agencies to the registry and keeps free text', async () => {
    const { page } = app.browser;
    const lead = await cell(page, '5.1.1.3', 'lead');
    await lead.click();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Gov');
    await page.getByRole('option', { name: /GovTech/ }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.keyboard.type(', Dzongkhag administrations');
    await page.keyboard.press('Enter');
    await expect.poll(() => lead.textContent()).toBe('GovTech, Dzongkhag administrations');
    const action = actionByCode(app.db, '5.1.1.3');
    expect(action.lead_text).toBe('GovTech, Dzongkhag administrations');
    const links = readDb(app.db, (d) =>
      d.prepare("select a.acronym from action_agencies l join agencies a on a.id = l.agency_id where l.action_id = ? and l.role = 'lead'").all(action.id),
    );
    expect(links).toEqual([{ acronym: 'GovTech' }]);
  });

  it('pastes a block of cells from a spreadsheet, cell by cell, refusing what does not fit', async () => {
    const { page } = app.browser;
    await app.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.harness.origin });
    await (await cell(page, '5.2.1.2', 'start')).click();
    // Two rows of Start and End as a spreadsheet copies them; the last cell is not a month.
    await page.evaluate(`navigator.clipboard.writeText(${JSON.stringify('Jan 2023\tDec 2098\r\nMar 2021\tSmarch 2022\r\n')})`);
    await page.keyboard.press('Control+v');
    await expect.poll(() => page.locator('.notice__message').textContent()).toBe('Pasted 3 cells; 1 refused');
    expect(await page.locator('.notice__details').textContent()).toContain('5.2.1.3 · End: "Smarch" is not a month name');
    expect(await (await cell(page, '5.2.1.2', 'start')).textContent()).toBe('Jan 2023');
    expect(await (await cell(page, '5.2.1.2', 'end')).textContent()).toBe('Dec 2098');
    expect(await (await cell(page, '5.2.1.3', 'start')).textContent()).toBe('Mar 2021');
    expect(await (await cell(page, '5.2.1.3', 'end')).getAttribute('class')).toContain('cell--refused');
    expect(actionByCode(app.db, '5.2.1.2')).toMatchObject({ start_month: '2023-01', end_month: '2098-12' });
    expect(actionByCode(app.db, '5.2.1.3')).toMatchObject({ start_month: '2021-03', end_month: '2021-06' });
    await saveScreenshot(page, 'actions-paste');
    // The paste is one change in the history: one undo takes it all back.
    await page.locator('.notice__close').click();
    await (await cell(page, '5.2.1.2', 'start')).click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => actionByCode(app.db, '5.2.1.2').start_month).toBe('2022-01');
    expect(actionByCode(app.db, '5.2.1.2').end_month).toBe('2099-06');
    expect(actionByCode(app.db, '5.2.1.3').start_month).toBe('2020-07');
  });

  it('adds an action with Insert, types its title, moves it with Alt+↑, and deletes it after asking; Undo brings it back', async () => {
    const { page } = app.browser;
    const statement512 = readDb(app.db, (d) => d.prepare("select id from policy_statements where code = '5.1.2'").get() as { id: string }).id;
    await (await cell(page, '5.1.2.1', 'title')).click();
    await page.keyboard.press('Insert');
    // The new row opens its title for typing.
    const editor = page.getByRole('textbox', { name: 'Action title' });
    await editor.waitFor();
    await page.keyboard.type('Publish the open data standard');
    await page.keyboard.press('Enter');
    const created = () => readDb(app.db, (d) => d.prepare("select * from actions where title = 'Publish the open data standard'").get() as ActionRecord | undefined);
    await expect.poll(() => created()?.statement_id).toBe(statement512);
    const id = created()!.id;
    expect(historyOf(app.db, id).map((h) => h.field)).toEqual(['created', 'title']);
    const first = actionByCode(app.db, '5.1.2.1');
    expect(created()!.position).toBeGreaterThan(first.position);

    // Enter saved the title and moved down, as in a spreadsheet: back up to the new action, and Alt+↑ puts it before 5.1.2.1.
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => created()!.position < actionByCode(app.db, '5.1.2.1').position).toBe(true);
    const rows = page.locator('.actions-grid .ag-row .ag-cell[col-id="title"]');
    // Both places read from the same drawing of the grid: the row just above the one it moved before.
    await expect
      .poll(async () => {
        const titles = await rows.allTextContents();
        return titles.indexOf('Establish the national data exchange platform') - titles.indexOf('Publish the open data standard');
      })
      .toBe(1);

    await page.keyboard.press('Control+Delete');
    const dialog = page.getByRole('dialog', { name: 'Delete this action?' });
    await dialog.waitFor();
    // Ctrl+Delete asks about the action; it does not clear the focused cell.
    expect(await page.locator('.actions-grid .cell--refused').count()).toBe(0);
    await saveScreenshot(page, 'actions-delete-dialog');
    await page.keyboard.press('Enter');
    await expect.poll(() => created()?.deleted_at ?? null).not.toBeNull();
    await expect.poll(() => page.locator('.notice__message').textContent()).toBe('Deleted 5.1.2.2 Publish the open data standard');
    expect(await page.locator('.actions-count').textContent()).toBe('8 actions');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => (created() ? created()!.deleted_at : 'missing')).toBeNull();
    await expect.poll(() => page.locator('.actions-count').textContent()).toBe('9 actions');
  });

  it('moves an action to another statement by dragging it by its handle', async () => {
    const { page } = app.browser;
    const statement511 = readDb(app.db, (d) => d.prepare("select id from policy_statements where code = '5.1.1'").get() as { id: string }).id;
    const handle = (await cell(page, '5.1.2.1', 'code')).locator('.ag-drag-handle');
    const target = await cell(page, '5.1.1.2', 'title');
    const from = (await handle.boundingBox())!;
    const to = (await target.boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + 20, from.y - 10, { steps: 5 });
    await page.mouse.move(to.x + 40, to.y + to.height / 2, { steps: 10 });
    await page.mouse.up();
    await expect.poll(() => actionByCode(app.db, '5.1.2.1').statement_id).toBe(statement511);
    // Dragged upwards onto 5.1.1.2: it now sits just before it.
    expect(actionByCode(app.db, '5.1.2.1').position).toBeLessThan(actionByCode(app.db, '5.1.1.2').position);
    expect(actionByCode(app.db, '5.1.2.1').position).toBeGreaterThan(actionByCode(app.db, '5.1.1.1').position);
    await page.keyboard.press('Control+z');
    await expect.poll(() => actionByCode(app.db, '5.1.2.1').statement_id).not.toBe(statement511);
  });

  it('filters to overdue actions, searches all text, and keeps the headings of what is shown', async () => {
    const { page } = app.browser;
    await page.getByLabel('Overdue only').check();
    await expect.poll(() => page.locator('.actions-count').textContent()).toBe('1 of 9 actions');
    const codes = () => page.locator('.actions-grid .ag-row .ag-cell[col-id="code"]').allTextContents();
    expect(await codes()).toEqual(['5.1.1.1']);
    expect(await page.locator('.actions-grid .heading__code').allTextContents()).toEqual(['5.1', '5.1.1']);
    await saveScreenshot(page, 'actions-overdue');
    await page.getByLabel('Overdue only').uncheck();

    await page.keyboard.press('Control+f');
    await page.keyboard.type('dzongkhag');
    // "Redundant links to the 20 dzongkhags" (remarks of 5.1.1.1) and "Dzongkhag administrations" (lead of 5.1.1.3).
    await expect.poll(codes).toEqual(['5.1.1.1', '5.1.1.3']);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.actions-count').textContent()).toBe('9 actions');

    await page.getByRole('button', { name: /^Status:/ }).click();
    await page.getByRole('checkbox', { name: 'Completed' }).check();
    await page.keyboard.press('Escape');
    await expect.poll(codes).toEqual(['5.1.1.2', '5.2.1.1', '5.2.1.3']);
    // Each heading counts what the filter shows of its actions.
    const headingCounts = () =>
      page.locator('.actions-grid .heading').evaluateAll((headings) =>
        headings.map((h) => `${h.querySelector('.heading__code')?.textContent ?? ''}: ${h.querySelector('.heading__count')?.textContent ?? ''}`),
      );
    await expect.poll(headingCounts).toEqual(['5.1: 1 of 5 actions', '5.1.1: 1 of 3 actions', '5.2: 2 of 4 actions', '5.2.1: 2 of 3 actions']);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => page.locator('.actions-count').textContent()).toBe('9 actions');
    await expect.poll(async () => (await headingCounts()).slice(0, 2)).toEqual(['5.1: 5 actions', '5.1.1: 3 actions']);
  });

  it('undoes an edit made while the grid is sorted, and the sort stays', async () => {
    const { page } = app.browser;
    await page.locator('.actions-grid .ag-header-cell[col-id="status"]').click();
    await expect.poll(() => page.locator('.actions-grid .heading').count()).toBe(0);
    // To the Remarks column with the keyboard, as the column is off screen on a laptop.
    await (await cell(page, '5.2.2.1', 'title')).click();
    // Status, Rating, Indicator(s), Baseline, Target, Start, End, Lead, Collaborating, Fund, then Remarks.
    for (let i = 0; i < 11; i++) await page.keyboard.press('ArrowRight');
    const remarks = await cell(page, '5.2.2.1', 'remarks');
    await expect.poll(() => remarks.getAttribute('class')).toContain('ag-cell-focus');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Pool approved by the RCSC.');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => actionByCode(app.db, '5.2.2.1').remarks).toBe('Pool approved by the RCSC.');
    await page.keyboard.press('Control+z');
    await expect.poll(() => actionByCode(app.db, '5.2.2.1').remarks).toBe('');
    await expect.poll(() => remarks.textContent()).toBe('');
    expect(await page.locator('.actions-grid .heading').count()).toBe(0);
    await page.getByRole('button', { name: 'Sorted: back to plan order' }).click();
    await expect.poll(() => page.locator('.actions-grid .heading').count()).toBe(6);
  });

  it('edits a field in the detail panel and shows who changed what', async () => {
    const { page } = app.browser;
    await (await cell(page, '5.1.2.1', 'title')).click();
    await page.keyboard.press('Control+i');
    const panel = page.getByRole('complementary', { name: 'Action details' });
    await panel.waitFor();
    const note = panel.getByLabel('Fund note');
    await note.fill('Committed in the 13th Five Year Plan');
    await note.press('Enter');
    await expect.poll(() => readDb(app.db, (d) => (d.prepare("select fund_note from actions where code = '5.1.2.1'").get() as { fund_note: string }).fund_note)).toBe(
      'Committed in the 13th Five Year Plan',
    );
    await expect.poll(() => panel.locator('.panel-history__entry').first().textContent()).toContain('Fund note');
    expect(await panel.locator('.panel-history__entry').first().textContent()).toContain('Sonam Choden');
    await saveScreenshot(page, 'actions-detail-panel');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await saveScreenshot(page, 'actions-detail-panel');
    await page.setViewportSize({ width: 1366, height: 768 });
  });
});
