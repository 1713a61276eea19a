// Dates as analysts write them (issue 18, item 5), typed in the Actions grid: a fiscal year ("FY 2026-27", Bhutan's
// July to June) as an end is its last month, a quarter of one ("Q2 FY2026-27") as a start is its first, a full date
// is read day first ("31/03/2027"), and a date that could be read two ways is refused at the cell with both readings,
// nothing stored.
import { describe, expect, it } from 'vitest';
import { startApp } from '../support/app';
import { saveScreenshot } from '../support/screenshots';
import { actionByCode, cell, historyOf, openActionsView } from './support';

describe('dates typed in the Actions grid', () => {
  const app = startApp({ name: 'analyst-dates', user: 'Sonam Choden' });

  async function typeIn(code: string, column: 'start' | 'end', text: string): Promise<void> {
    const { page } = app.browser;
    await (await cell(page, code, column)).click();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+a');
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
  }

  it('takes a fiscal year as an end and a quarter of one as a start', async () => {
    const { page } = app.browser;
    await page.goto(app.harness.url);
    await openActionsView(page);
    expect(actionByCode(app.db, '5.1.1.2')).toMatchObject({ start_month: '2019-07', end_month: '2020-06' });

    await typeIn('5.1.1.2', 'end', 'FY 2026-27');
    await expect.poll(async () => (await cell(page, '5.1.1.2', 'end')).textContent()).toBe('Jun 2027');
    expect(actionByCode(app.db, '5.1.1.2').end_month).toBe('2027-06');

    await typeIn('5.1.1.2', 'start', 'Q2 FY2026-27');
    await expect.poll(async () => (await cell(page, '5.1.1.2', 'start')).textContent()).toBe('Oct 2026');
    expect(actionByCode(app.db, '5.1.1.2').start_month).toBe('2026-10');

    const id = actionByCode(app.db, '5.1.1.2').id;
    expect(historyOf(app.db, id).slice(-2)).toMatchObject([
      { field: 'end_month', old_value: '2020-06', new_value: '2027-06', source: 'edit' },
      { field: 'start_month', old_value: '2019-07', new_value: '2026-10', source: 'edit' },
    ]);
  });

  it('reads a full date day first, as Bhutan writes it', async () => {
    const { page } = app.browser;
    await typeIn('5.1.1.2', 'end', '31/03/2027');
    await expect.poll(async () => (await cell(page, '5.1.1.2', 'end')).textContent()).toBe('Mar 2027');
    expect(actionByCode(app.db, '5.1.1.2').end_month).toBe('2027-03');
  });

  it('refuses a date that could be read two ways, naming both readings, and stores nothing', async () => {
    const { page } = app.browser;
    const id = actionByCode(app.db, '5.1.1.2').id;
    const historyBefore = historyOf(app.db, id).length;
    await typeIn('5.1.1.2', 'end', '03/04/2027');
    const problem = page.locator('.cell-editor__problem');
    await expect.poll(() => problem.textContent()).toContain('"03/04/2027" could be 3 April 2027 (day first) or March 4, 2027 (month first)');
    await saveScreenshot(page, 'actions-ambiguous-date');
    await page.keyboard.press('Escape');
    await expect.poll(() => problem.count()).toBe(0);
    expect(await (await cell(page, '5.1.1.2', 'end')).textContent()).toBe('Mar 2027');
    expect(actionByCode(app.db, '5.1.1.2').end_month).toBe('2027-03');
    expect(historyOf(app.db, id).length).toBe(historyBefore);

    // "FY 2027" alone names no fiscal year of a plan whose year runs July to June: both are offered.
    await typeIn('5.1.1.2', 'end', 'FY 2027');
    await expect.poll(() => problem.textContent()).toContain('could be FY 2026-27 (July 2026–June 2027) or FY 2027-28 (July 2027–June 2028)');
    await page.keyboard.press('Escape');
    expect(historyOf(app.db, id).length).toBe(historyBefore);
  });
});
