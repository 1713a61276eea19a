// Moving an action to another statement says where it went, keeps the focus on it and offers to renumber the codes of
// the statement it left and the one it joined, as one undo step; a new action gets the next free code of its statement
// (issue 16).
import { describe, expect, it } from 'vitest';
import { startApp } from '../support/app';
import { actionByCode, cell, openActionsView, readDb } from './support';

const codesOf = (db: string, statementId: string) =>
  readDb(db, (d) => (d.prepare('select code from actions where statement_id = ? and deleted_at is null order by position').all(statementId) as { code: string }[]).map((r) => r.code));

describe('move and codes', () => {
  const app = startApp({ name: 'move-and-codes', user: 'Sonam Choden' });

  it('moves an action with the Move dialog, keeps the focus on it, and renumbers both statements as one undo step', async () => {
    const { page } = app.browser;
    await page.goto(app.harness.url);
    await openActionsView(page);
    const moving = actionByCode(app.db, '5.1.1.3');
    const left = moving.statement_id;
    const joined = actionByCode(app.db, '5.2.1.1').statement_id;
    const joinedBefore = codesOf(app.db, joined);

    await (await cell(page, '5.1.1.3', 'title')).click();
    await page.getByRole('button', { name: 'Move…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Move action' });
    await dialog.waitFor();
    const statement = dialog.getByLabel('Policy statement');
    const option = (await statement.locator('option').allTextContents()).find((text) => text.startsWith('5.2.1 '))!;
    await statement.selectOption({ label: option });
    await dialog.getByLabel('First in the statement').check();
    await dialog.getByRole('button', { name: 'Move' }).click();

    await expect.poll(() => actionByCode(app.db, '5.1.1.3').statement_id).toBe(joined);
    const notice = page.locator('.notice__message');
    await expect.poll(() => notice.textContent()).toBe(`Moved 5.1.1.3 ${moving.title} to ${option.slice(0, 80)}`);
    // The focus stays on the moved action.
    const focusedRow = () => page.evaluate('document.activeElement?.closest(".ag-row")?.getAttribute("row-id") ?? null');
    await expect.poll(focusedRow).toBe(moving.id);

    await page.getByRole('button', { name: 'Renumber codes' }).click();
    await expect.poll(() => codesOf(app.db, joined)).toEqual(joinedBefore.map((_, i) => `5.2.1.${i + 1}`).concat(`5.2.1.${joinedBefore.length + 1}`));
    expect(actionByCode(app.db, '5.2.1.1').id).toBe(moving.id);
    expect(codesOf(app.db, left)).toEqual(['5.1.1.1', '5.1.1.2']);
    await expect.poll(() => notice.textContent()).toBe(`Renumbered ${joinedBefore.length + 1} codes in 5.1.1 and 5.2.1: the moved action is now 5.2.1.1`);
    await expect.poll(async () => (await cell(page, '5.2.1.1', 'title')).textContent()).toBe(moving.title);
    await expect.poll(focusedRow).toBe(moving.id);

    // One undo takes every new code back.
    await page.keyboard.press('Control+z');
    await expect.poll(() => codesOf(app.db, joined)).toEqual(['5.1.1.3', ...joinedBefore]);
  });

  it('gives a new action the next free code of its statement', async () => {
    const { page } = app.browser;
    await (await cell(page, '5.2.2.1', 'title')).click();
    await page.keyboard.press('Insert');
    await page.getByRole('textbox', { name: 'Action title' }).waitFor();
    await page.keyboard.type('Train agency ICT officers');
    await page.keyboard.press('Enter');
    await expect.poll(() => readDb(app.db, (d) => (d.prepare("select code from actions where title = 'Train agency ICT officers'").get() as { code: string } | undefined)?.code)).toBe('5.2.2.2');
    await expect.poll(async () => (await cell(page, '5.2.2.2', 'title')).textContent()).toBe('Train agency ICT officers');
  });
});
