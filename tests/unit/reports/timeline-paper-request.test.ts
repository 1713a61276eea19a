// The timeline pages' paper crosses the contract with Save as PDF and Print: A3 or the pack's own paper, checked
// before anything is printed; what was asked reaches the host that prints.
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../electron/core/app/handlers';
import type { PrintedReport } from '../../../electron/core/host/context';
import { callHandler } from '../../../electron/core/host/dispatch';
import { importTwoChapterPlan, openTempWorkspace, tempFolder, testAppContext } from '../support/workspace';

const connection = await openTempWorkspace(tempFolder());
const planId = await importTwoChapterPlan(connection);
const printed: PrintedReport[] = [];
const core = createHandlers({
  ...testAppContext(() => connection),
  saveReportPdf: async (pack) => (printed.push(pack), '/tmp/pack.pdf'),
  printReport: async (pack) => (printed.push(pack), true),
});

describe('the timeline pages’ paper in a printing request', () => {
  it('is the pack’s own unless A3 is asked for, and reaches the host', async () => {
    expect(await callHandler(core, 'reports:savePdf', { planId, timelinePaper: 'A3' })).toEqual({ ok: true, value: { path: '/tmp/pack.pdf' } });
    expect(await callHandler(core, 'reports:print', { planId, paper: 'Letter' })).toEqual({ ok: true, value: true });
    expect(printed.map((pack) => [pack.paper, pack.timelinePaper])).toEqual([
      ['A4', 'A3'],
      ['Letter', 'pack'],
    ]);
  });

  it('refuses any other paper, saying which it takes, and prints nothing', async () => {
    printed.length = 0;
    const result = await callHandler(core, 'reports:savePdf', { planId, timelinePaper: 'A5' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_input');
    expect(result.error.message).toContain('The timeline pages are printed on the pack’s paper ("pack") or on A3 ("A3")');
    expect(printed).toEqual([]);
  });
});
