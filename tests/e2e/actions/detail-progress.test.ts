// The action detail panel shows what was reported for the action: actuals per period and indicator.
import { describe, expect, it } from 'vitest';
import { startApp } from '../support/app';
import { saveScreenshot } from '../support/screenshots';
import { cell, openActionsView } from './support';

describe('progress updates in the action detail panel', () => {
  const app = startApp({ name: 'detail-progress', user: 'Sonam Choden' });

  it('lists the actuals recorded for the action, newest period first', async () => {
    const planId = (await app.call('workspace:summary', {})).plans[0]!.id;
    const periods = await app.call('plans:periods', { planId });
    const indicator = (await app.call('indicators:list', { planId })).find((i) => i.actionCode === '5.1.1.1' && i.kind === 'percent')!;
    await app.call('indicators:setActual', { indicatorId: indicator.id, periodId: periods.at(-2)!.id, value: '96%' });
    await app.call('indicators:setActual', { indicatorId: indicator.id, periodId: periods.at(-1)!.id, value: '97%' });

    const { page } = app.browser;
    await page.goto(app.harness.url);
    await openActionsView(page);
    await (await cell(page, '5.1.1.1', 'title')).click();
    await page.keyboard.press('Control+i');
    const panel = page.getByRole('complementary', { name: 'Action details' });
    const rows = panel.locator('.panel-progress tbody tr');
    await rows.first().waitFor();
    expect(await rows.allTextContents()).toEqual([
      `${periods.at(-1)!.label}${indicator.name}97%`,
      `${periods.at(-2)!.label}${indicator.name}96%`,
    ]);
    await panel.getByRole('heading', { name: 'Progress updates' }).scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'actions-detail-progress');

    // The history words the changes as the History view does: no column names, the shadow numbers left out.
    const history = panel.locator('.panel-history__entry');
    await history.first().waitFor();
    const entries = await history.allTextContents();
    expect(entries.join('\n')).not.toMatch(/actual[ _]value|actual_text/i);
    expect(entries[0]).toContain(`${indicator.name}, ${periods.at(-1)!.label}`);
    expect(entries[1]).toContain(`${indicator.name}, ${periods.at(-2)!.label}`);
    expect(entries.at(-1)).toMatch(/^Added.*· Import \(/);
    expect(await history.first().locator('.change-field').textContent()).toBe('Actual');
    expect(await history.first().locator('.change-values__after').textContent()).toContain('97%');
    expect(entries[0]).toContain('Sonam Choden · Edit');
    await history.last().scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'actions-detail-history');
  });
});
