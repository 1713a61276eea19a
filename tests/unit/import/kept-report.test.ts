// The import report kept with the import: written in its transaction under its batch, opened again from the
// History's entries of that import, each entry about an action leading to the action the import wrote.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writePlanFile } from '../../../electron/core/planfile/write-plan-file';
import { parsePlanFile } from '../../../electron/core/planfile/import-plan-file';
import { FIXTURES, handlersFor, openTempWorkspace, tempFolder, testContext } from '../support/workspace';

const folder = tempFolder();
const sample = readFileSync(join(FIXTURES, 'egov-monitoring-plan.tsv')).toString('base64');

describe('the import report kept with the import', () => {
  it('is kept under the import’s batch, each entry about an action leading to the action written', async () => {
    const connection = await openTempWorkspace(folder, 'kept.sqlite');
    const call = handlersFor(connection, { user: 'Karma Wangmo' });
    const outcome = await call('import:commit', { fileName: 'egov-monitoring-plan.tsv', contentBase64: sample });
    const [entry] = await call('history:list', { planId: outcome.planId, source: 'import', limit: 1 });
    expect(entry?.importBatchId).toBeTruthy();
    const kept = await call('import:report', { batchId: entry!.importBatchId! });
    expect(kept).toMatchObject({ planId: outcome.planId, file: 'egov-monitoring-plan.tsv', user: 'Karma Wangmo' });
    // The whole report, as the import dialog showed it, with each action's id added.
    expect(kept!.report!.entries.map(({ actionId: _id, actionCode: _code, ...rest }) => rest)).toEqual(outcome.report!.entries);
    expect(kept!.report!.counts).toEqual(outcome.report!.counts);

    const actions = new Map((await call('actions:list', { planId: outcome.planId })).map((a) => [a.id, a]));
    const aboutActions = kept!.report!.entries.filter((e) => e.actionId);
    // The sample's doubts are nearly all about actions (an agency, a status, a code): most of them lead to one.
    const doubts = kept!.report!.entries.filter((e) => e.severity === 'doubt');
    expect(doubts.filter((e) => e.actionId).length).toBeGreaterThan(doubts.length / 2);
    for (const e of aboutActions) {
      const action = actions.get(e.actionId!);
      expect(action, `${e.message} (row ${e.row})`).toBeDefined();
      expect(action!.code).toBe(e.actionCode);
    }
    // File-wide entries (how the file was read) are about no action.
    expect(kept!.report!.entries.find((e) => e.topic === 'file')?.actionId).toBeUndefined();
    await connection.close();
  });

  it('keeps the report of an import into the open plan, proposed because the titles are the same', async () => {
    const connection = await openTempWorkspace(folder, 'into.sqlite');
    const call = handlersFor(connection, { user: 'Karma Wangmo' });
    const first = await call('import:commit', { fileName: 'egov-monitoring-plan.tsv', contentBase64: sample });
    const preview = await call('import:preview', { fileName: 'egov-monitoring-plan.tsv', contentBase64: sample });
    expect(preview.sameTitlePlanIds).toEqual([first.planId]);
    // A title written in other case and punctuation is the same title.
    await call('plans:update', { planId: first.planId, field: 'title', value: 'E-GOVERNANCE policy: Implementation and Monitoring Plan.' });
    expect((await call('import:preview', { fileName: 'egov-monitoring-plan.tsv', contentBase64: sample })).sameTitlePlanIds).toEqual([first.planId]);
    await call('plans:update', { planId: first.planId, field: 'title', value: 'e-Governance policy Implementation plan' });
    expect((await call('import:preview', { fileName: 'egov-monitoring-plan.tsv', contentBase64: sample })).sameTitlePlanIds).toEqual([]);
    const second = await call('import:commit', { fileName: 'egov-monitoring-plan.tsv', contentBase64: sample, intoPlanId: first.planId });
    const batches = await connection.db.selectFrom('import_reports').select(['batch_id', 'plan_id']).orderBy('imported_at').execute();
    expect(batches.map((b) => b.plan_id)).toEqual([first.planId, first.planId]);
    const kept = await call('import:report', { batchId: batches[1]!.batch_id });
    const planActions = new Set((await call('actions:list', { planId: second.planId })).map((a) => a.id));
    const linked = kept!.report!.entries.filter((e) => e.actionId);
    expect(linked.length).toBeGreaterThan(0);
    // Matched actions: the report leads to the plan's own actions (nothing was added twice).
    expect(linked.every((e) => planActions.has(e.actionId!))).toBe(true);
    expect(second.counts.added).toBe(0);
    await connection.close();
  });

  it('says there is none for an import made before reports were kept, and keeps none for a plan file', async () => {
    const connection = await openTempWorkspace(folder, 'older.sqlite');
    const call = handlersFor(connection, { user: 'Karma Wangmo' });
    const file = parsePlanFile(readFileSync(join(FIXTURES, 'plans', 'two-chapters.plan.json'), 'utf8'), 'two-chapters.plan.json');
    // An older import: its history has a batch, but nothing was kept with it.
    const older = testContext({ source: 'import', batchId: 'older-import-batch' });
    await connection.db.transaction().execute((tx) => writePlanFile(tx, file, older));
    expect(await call('import:report', { batchId: 'older-import-batch' })).toBeNull();
    const contentBase64 = readFileSync(join(FIXTURES, 'plans', 'two-chapters.plan.json')).toString('base64');
    const outcome = await call('import:commit', { fileName: 'two-chapters.plan.json', contentBase64 });
    const [entry] = await call('history:list', { planId: outcome.planId, source: 'import', limit: 1 });
    expect(await call('import:report', { batchId: entry!.importBatchId! })).toMatchObject({ planId: outcome.planId, file: 'two-chapters.plan.json', report: null });
    await connection.close();
  });
});
