// The plan's Deleted list and Restore (issue 16): who deleted what and when, pieces deleted together listed once, and
// a restore that brings back what was deleted with it (an action its indicators, a chapter its statements and actions)
// and its deleted parents, as one batch that one undo takes back.
import { describe, expect, it } from 'vitest';
import { handlersFor, importTwoChapterPlan, openTempWorkspace, tempFolder } from '../support/workspace';

const folder = tempFolder();
const connection = await openTempWorkspace(folder);
const planId = await importTwoChapterPlan(connection);
const call = handlersFor(connection, { user: 'Sonam' });
const actionCoded = async (code: string) => (await call('actions:list', { planId })).find((a) => a.code === code);
const codes = async () => (await call('actions:list', { planId })).map((a) => a.code);

describe('the Deleted list', () => {
  it('lists a deleted action with who and when, and restores it with its indicators and its history', async () => {
    expect(await call('plans:deleted', { planId })).toEqual([]);
    const action = (await actionCoded('5.1.1.3'))!;
    await call('actions:update', { actionId: action.id, field: 'remarks', value: 'Agreed with DITT' });
    await call('actions:delete', { actionId: action.id });
    const [item, ...others] = await call('plans:deleted', { planId });
    expect(others).toEqual([]);
    expect(item).toMatchObject({ kind: 'action', id: action.id, label: `5.1.1.3 ${action.title}`, deletedBy: 'Sonam', comesWith: { statements: 0, actions: 0, indicators: 1 } });
    expect(item!.place).toMatch(/^5\.1\.1 /);

    const outcome = await call('plans:restoreDeleted', { kind: 'action', id: action.id });
    expect(outcome).toEqual({ restored: 1, actionId: action.id });
    const back = (await actionCoded('5.1.1.3'))!;
    expect(back.indicators.map((i) => i.name)).toEqual(action.indicators.map((i) => i.name));
    expect(back.remarks).toBe('Agreed with DITT');
    const history = await call('history:list', { planId, entityId: action.id });
    // Its history is whole: the edit before the delete, the delete, the restore.
    expect(history.filter((e) => e.field === 'remarks' || e.field === 'deleted_at').map((e) => [e.field, e.newValue === null ? null : 'set'])).toEqual([
      ['deleted_at', null],
      ['deleted_at', 'set'],
      ['remarks', 'set'],
    ]);
    expect(await call('plans:deleted', { planId })).toEqual([]);
    // Restoring is an edit like any other: one undo deletes it again.
    await call('history:undo', {});
    expect(await codes()).not.toContain('5.1.1.3');
    await call('history:redo', {});
    expect(await codes()).toContain('5.1.1.3');
  });

  it('lists a deleted chapter once, counting what went with it, and restores all of it as one undo step', async () => {
    const tree = await call('plans:tree', { planId });
    const chapter = tree.chapters.find((c) => c.code === '5.1')!;
    await call('chapters:delete', { chapterId: chapter.id });
    expect(await codes()).toEqual(['5.3.2.1']);
    const listed = await call('plans:deleted', { planId });
    expect(listed.map((i) => [i.kind, i.label.split(' ')[0], i.comesWith, i.includes.length])).toEqual([['chapter', '5.1', { statements: 2, actions: 4, indicators: 4 }, 6]]);

    const outcome = await call('plans:restoreDeleted', { kind: 'chapter', id: chapter.id });
    expect(outcome.restored).toBe(1 + 2 + 4);
    expect(await codes()).toEqual(['5.1.1.1', '5.1.1.3', '5.1.1.10', '5.1.2.3', '5.3.2.1']);
    await call('history:undo', {});
    expect(await codes()).toEqual(['5.3.2.1']);
    await call('history:redo', {});
    expect(await codes()).toHaveLength(5);
  });

  it('brings back the deleted statement of a restored action, without the statement\'s other actions', async () => {
    const first = (await actionCoded('5.1.1.1'))!;
    await call('actions:delete', { actionId: first.id });
    const statementId = first.statementId;
    await call('statements:delete', { statementId });
    const listed = await call('plans:deleted', { planId });
    // The action deleted before its statement keeps its own line; the statement counts the two deleted with it.
    expect(listed.map((i) => [i.kind, i.label.split(' ')[0], i.comesWith.actions])).toEqual([
      ['statement', '5.1.1', 2],
      ['action', '5.1.1.1', 0],
    ]);
    await call('plans:restoreDeleted', { kind: 'action', id: first.id });
    expect(await codes()).toEqual(['5.1.1.1', '5.1.2.3', '5.3.2.1']);
    expect((await call('plans:deleted', { planId })).map((i) => [i.kind, i.label.split(' ')[0]])).toEqual([
      ['action', '5.1.1.3'],
      ['action', '5.1.1.10'],
    ]);
  });

  it('lists a deleted indicator under its action, restores it, and refuses to restore what is not deleted', async () => {
    const action = (await actionCoded('5.1.2.3'))!;
    const indicator = action.indicators[0]!;
    await call('indicators:delete', { indicatorId: indicator.id });
    const listed = (await call('plans:deleted', { planId })).find((i) => i.kind === 'indicator');
    expect(listed).toMatchObject({ kind: 'indicator', id: indicator.id, label: indicator.name, deletedBy: 'Sonam' });
    expect(listed!.place).toMatch(/^5\.1\.2\.3 /);
    expect(await call('plans:restoreDeleted', { kind: 'indicator', id: indicator.id })).toEqual({ restored: 1, actionId: action.id });
    expect((await actionCoded('5.1.2.3'))!.indicators).toHaveLength(1);
    await expect(call('plans:restoreDeleted', { kind: 'indicator', id: indicator.id })).rejects.toThrow('This indicator is not deleted: there is nothing to restore');
  });
});
