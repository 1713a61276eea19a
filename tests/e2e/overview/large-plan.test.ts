// The Overview of a plan with many overdue actions lists the first hundred with their count, and all on request.
import { describe, expect, it } from 'vitest';
import { planFile, PLAN_FILE_FORMAT } from '../../../electron/core/planfile/format';
import { startApp } from '../support/app';

const OVERDUE = 130;

describe('overview of a large plan', () => {
  const actions = Array.from({ length: OVERDUE + 5 }, (_, n) => ({
    code: `1.1.${n + 1}`,
    title: `Action ${n + 1}`,
    start: '2018-01',
    // The last five end far ahead: not overdue.
    end: n < OVERDUE ? '2019-12' : '2099-12',
    status: 'ongoing' as const,
  }));
  const app = startApp({
    name: 'overview-large',
    user: 'Sonam Choden',
    plan: planFile.parse({ format: PLAN_FILE_FORMAT, plans: [{ title: 'Plan with many overdue actions', chapters: [{ code: '1', title: 'Chapter', statements: [{ code: '1.1', text: 'Statement', actions }] }] }] }),
  });

  it('shows 100 overdue actions with the count, then all of them', async () => {
    const { page } = app.browser;
    await page.goto(app.harness.url);
    await page.evaluate("localStorage.setItem('plandesk.view', 'overview')");
    await page.reload();
    const table = page.locator('.summary__section', { has: page.getByRole('heading', { name: `Overdue actions (${OVERDUE})` }) });
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(100);
    await table.getByRole('button', { name: `Show all ${OVERDUE} (${OVERDUE - 100} more)` }).click();
    await expect.poll(() => table.locator('tbody tr').count()).toBe(OVERDUE);
    expect(await table.getByRole('button', { name: /^Show all/ }).count()).toBe(0);
  });
});
