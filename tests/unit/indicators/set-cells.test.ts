// Setting many cells of the Indicators grid at once (a block cleared with Delete or filled down with Ctrl+D): every
// cell checked as one typed value would be, all written in one batch (one undo) or nothing written at all.
import { describe, expect, it } from 'vitest';
import { callHandler } from '../../../electron/core/host/dispatch';
import { createHandlers } from '../../../electron/core/app/handlers';
import { handlersFor, importTwoChapterPlan, openTempWorkspace, tempFolder, testAppContext } from '../support/workspace';

const folder = tempFolder();
const connection = await openTempWorkspace(folder);
const planId = await importTwoChapterPlan(connection);
const options = { user: 'Dorji', now: () => new Date('2026-11-27T10:00:00Z') };
const core = createHandlers(testAppContext(() => connection, options));
const call = handlersFor(connection, options);

describe('setting a block of indicator cells', () => {
  it('clears actuals and values in one undo, and refuses a block with a name in it, changing nothing', async () => {
    const periods = await call('plans:periods', { planId });
    const fy = periods.find((p) => p.label === 'FY 2020-21')!;
    const [uptime] = (await call('indicators:list', { planId })).filter((i) => i.name === '% of uptime');
    await call('indicators:setActual', { indicatorId: uptime!.id, periodId: fy.id, value: '97%' });
    const filled = await call('indicators:setCells', {
      planId,
      cells: [
        { indicatorId: uptime!.id, periodId: fy.id, value: '96%' },
        { indicatorId: uptime!.id, field: 'target', value: '99%' },
      ],
    });
    expect(filled[0]).toMatchObject({ target: { text: '99%', value: 99 }, actuals: { [fy.id]: { text: '96%', value: 96 } } });
    await call('history:undo', {});
    expect((await call('indicators:list', { planId })).find((i) => i.id === uptime!.id)).toMatchObject({ target: { text: '98%' }, actuals: { [fy.id]: { text: '97%' } } });

    const refused = await callHandler(core, 'indicators:setCells', {
      planId,
      cells: [
        { indicatorId: uptime!.id, periodId: fy.id, value: '' },
        { indicatorId: uptime!.id, field: 'name', value: '' },
        { indicatorId: uptime!.id, field: 'baseline', value: 'lots' },
      ],
    });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.message).toBe('Nothing was changed: 2 cells were refused (first: An indicator needs a name)');
    expect((refused.error.details as { cells: { column: string }[] }).cells.map((c) => c.column)).toEqual(['name', 'baseline']);
    expect((await call('indicators:list', { planId })).find((i) => i.id === uptime!.id)).toMatchObject({ name: '% of uptime', actuals: { [fy.id]: { text: '97%' } } });
  });
});
