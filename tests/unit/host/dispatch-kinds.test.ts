// Dispatch treats each method by the kind the contract declares (shared/contract/methods.ts): an edit gets its change
// context and joins the window's undo list once it has succeeded, as its method says; reads and dialogs do not.
import { describe, expect, it } from 'vitest';
import { METHODS } from '../../../shared/contract';
import { createHandlers } from '../../../electron/core/app/handlers';
import type { Connection } from '../../../electron/core/db/connection';
import { callerOf, importTwoChapterPlan, openTempWorkspace, tempFolder, testAppContext } from '../support/workspace';

const folder = tempFolder();
const first = await openTempWorkspace(folder, 'first.sqlite');
const second = await openTempWorkspace(folder, 'second.sqlite');
const planId = await importTwoChapterPlan(first);

/** A window's core over a workspace the test can switch, as File > Open does. */
function windowOver(start: Connection) {
  let open = start;
  const call = callerOf(createHandlers(testAppContext(() => open)));
  return { call, switchTo: (connection: Connection) => (open = connection) };
}

describe('dispatch by method kind', () => {
  it('declares a kind for every method, and an undo rule for every edit', () => {
    for (const method of Object.values(METHODS)) {
      expect(['read', 'edit', 'dialog']).toContain(method.kind);
      if (method.kind === 'edit') expect(['yes', 'when-undoable', 'no']).toContain(method.joinsUndo);
    }
    expect(METHODS['actions:update']).toEqual({ kind: 'edit', source: 'edit', joinsUndo: 'yes' });
    expect(METHODS['agencies:merge']).toMatchObject({ kind: 'edit', joinsUndo: 'yes' });
    expect(METHODS['packages:merge']).toMatchObject({ kind: 'edit', joinsUndo: 'when-undoable' });
  });

  it('gives an edit one batch of the history and puts it on the undo list once it has succeeded', async () => {
    const { call } = windowOver(first);
    const row = (await call('actions:list', { planId })).find((r) => r.code === '5.1.1.3')!;
    expect(await call('history:undoState', {})).toEqual({ canUndo: false, canRedo: false });
    await expect(call('actions:update', { actionId: row.id, field: 'end', value: 'not a date' })).rejects.toThrow();
    expect(await call('history:undoState', {})).toEqual({ canUndo: false, canRedo: false });
    await call('actions:update', { actionId: row.id, field: 'remarks', value: 'Checked by dispatch.' });
    expect(await call('history:undoState', {})).toEqual({ canUndo: true, canRedo: false });
    const [entry] = await call('history:list', { planId, entityId: row.id, limit: 1 });
    expect(entry).toMatchObject({ field: 'remarks', source: 'edit', user: 'Test Analyst', newValue: 'Checked by dispatch.' });
    const undone = await call('history:undo', {});
    expect(undone).toMatchObject({ entityIds: [row.id], canUndo: false, canRedo: true });
    const [undo] = await call('history:list', { planId, entityId: row.id, limit: 1 });
    expect(undo).toMatchObject({ field: 'remarks', source: 'undo', oldValue: 'Checked by dispatch.' });
  });

  it('keeps edits declared off the undo list off it', async () => {
    const { call } = windowOver(first);
    await call('snapshots:create', { planId, name: 'Steering committee, 14 March 2027' });
    await call('plans:create', { title: 'A second plan' });
    expect(await call('history:undoState', {})).toEqual({ canUndo: false, canRedo: false });
    await expect(call('history:undo', {})).rejects.toThrow('There is nothing to undo or redo');
  });

  it('starts a new undo list when the window switches workspace', async () => {
    const { call, switchTo } = windowOver(first);
    const row = (await call('actions:list', { planId })).find((r) => r.code === '5.1.2.3')!;
    await call('actions:update', { actionId: row.id, field: 'remarks', value: 'Before the switch.' });
    expect(await call('history:undoState', {})).toEqual({ canUndo: true, canRedo: false });
    switchTo(second);
    expect(await call('history:undoState', {})).toEqual({ canUndo: false, canRedo: false });
    await expect(call('history:undo', {})).rejects.toThrow('There is nothing to undo or redo');
    switchTo(first);
    expect((await call('actions:list', { planId })).find((r) => r.id === row.id)?.remarks).toBe('Before the switch.');
  });
});
