import { describe, expect, it } from 'vitest';
import { getPlanTree } from '../../../electron/core/plan/plan-queries';
import { modelFingerprint } from '../../../renderer/src/print/measure-shares';
import { handlersFor, importTwoChapterPlan, openTempWorkspace, tempFolder } from '../support/workspace';

const folder = tempFolder();
const connection = await openTempWorkspace(folder);
const planId = await importTwoChapterPlan(connection);
const action = (await getPlanTree(connection.db, planId, '2026-11')).chapters[0]!.statements[0]!.actions[0]!;
let now = new Date('2026-11-27T11:00:10.000Z');
const call = handlersFor(connection, { now: () => now });
const request = { planId, preset: 'steering_committee' as const, asOf: '2026-11-27' };

describe('a review pack model asked for again (Save as PDF checks it, then each printing page asks)', () => {
  it('is built once while nothing is written, and the pages asking at once share it', async () => {
    // The first model of a plan creates its reporting periods: a write, after which the model is built again.
    await call('reports:model', request);
    const [first, second] = await Promise.all([call('reports:model', request), call('reports:model', request)]);
    expect(second).toBe(first);
    expect(await call('reports:model', request)).toBe(first);
    expect(await call('reports:model', { ...request, asOf: '2026-10-31' })).not.toBe(first);
  });

  it('is built anew after an edit, and shows it; pages measuring shares of a pack tell the two apart', async () => {
    const before = await call('reports:model', request);
    now = new Date(now.getTime() + 60_000);
    const rebuilt = await call('reports:model', request);
    // Another build of the same plan: the same content, whenever it was built.
    expect(rebuilt).not.toBe(before);
    expect(modelFingerprint(rebuilt)).toBe(modelFingerprint(before));
    await call('actions:update', { actionId: action.id, field: 'status', value: 'Completed' });
    const after = await call('reports:model', request);
    expect(after).not.toBe(before);
    expect(modelFingerprint(after)).not.toBe(modelFingerprint(before));
    const statusOf = (model: typeof after) => model.chapters.flatMap((c) => c.statements.flatMap((s) => s.actions)).find((a) => a.id === action.id)?.status;
    expect(statusOf(after)).toBe('completed');
    expect(statusOf(before)).not.toBe('completed');
  });

  it('is built anew a minute later, so the pack never carries an old "printed" time', async () => {
    const before = await call('reports:model', request);
    now = new Date('2026-11-27T11:05:10.000Z');
    const after = await call('reports:model', request);
    expect(after).not.toBe(before);
    expect(after.cover.generatedAt).toBe('2026-11-27T11:05:10.000Z');
  });
});
