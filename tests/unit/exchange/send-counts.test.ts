// The Send panel's figures add up on the bundled sample plan: workbooks, rows summed over them, distinct actions
// going out, and the actions no workbook carries, with why. planActions = actionsOut + notSent + otherAgencies.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importSpreadsheet } from '../../../electron/core/import';
import { handlersFor, openTempWorkspace, tempFolder, testContext, type TestDialogs } from '../support/workspace';

const SAMPLE = join(import.meta.dirname, '..', '..', '..', 'resources', 'sample-plan.tsv');
const folder = tempFolder();
const connection = await openTempWorkspace(folder);
const { planId } = await importSpreadsheet(connection.db, testContext({ source: 'import' }), SAMPLE);
const dialogs: TestDialogs = {};
const call = handlersFor(connection, { dialogs });

describe('what a send for update carries, on the sample plan', () => {
  it('counts every lead agency\'s workbooks, distinct actions, and what goes nowhere', async () => {
    const counts = await call('exchange:sendCounts', { planId, agencyIds: null });
    expect({ ...counts, notSent: counts.notSent.length }).toEqual({
      workbooks: 10,
      rows: 54,
      actionsOut: 41,
      jointlyLed: 11,
      planActions: 53,
      notSent: 12,
      otherAgencies: 0,
    });
    expect(counts.notSent.map((a) => [a.code, a.reason, a.lead])).toEqual([
      ['5.1.1.5', 'group', 'All Government Agencies'],
      ['5.1.1.6', 'group', 'All Government Agencies'],
      ['5.1.1.7', 'group', 'All Government Agencies'],
      ['5.1.1.8', 'group', 'All Government Agencies'],
      ['5.2.1.3', 'group', 'Relevant Government agencies'],
      ['5.3.2.2', 'group', 'All Data owners'],
      ['5.4.1.1 (b)', 'group', 'The Agencies identified as the component/domain lead in NCS'],
      ['5.4.1.4', 'group', 'Respective Agencies'],
      ['5.4.2.1', 'group', 'Respective Agencies'],
      ['5.4.3.1', 'no lead', ''],
      ['5.4.1.2', 'group', 'All Government agencies'],
      ['5.6.1.3', 'group', 'All Government agencies'],
    ]);

    // The send itself writes exactly what was counted.
    dialogs.folder = join(folder, 'all');
    const period = (await call('plans:periods', { planId })).at(-1)!;
    const sent = (await call('exchange:send', { planId, periodId: period.id, agencyIds: null, dueDate: null }))!;
    expect(sent.packages).toHaveLength(counts.workbooks);
    expect(sent.packages.reduce((n, p) => n + p.actions, 0)).toBe(counts.rows);
    expect(sent.notSent).toEqual(counts.notSent);
  });

  it('counts a chosen agency apart from the actions other agencies lead', async () => {
    const moic = (await call('exchange:leadAgencies', { planId })).find((a) => a.acronym === 'MoIC')!;
    const counts = await call('exchange:sendCounts', { planId, agencyIds: [moic.id] });
    expect(counts).toMatchObject({ workbooks: 1, rows: moic.actions, actionsOut: moic.actions, jointlyLed: 0, planActions: 53 });
    expect(counts.otherAgencies).toBe(53 - moic.actions - 12);
  });
});
