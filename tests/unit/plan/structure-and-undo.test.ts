// Structure edits and undo/redo through the handlers, as the grid calls them.
import { describe, expect, it } from 'vitest';
import { handlersFor, importTwoChapterPlan, openTempWorkspace, tempFolder } from '../support/workspace';

const folder = tempFolder();
const connection = await openTempWorkspace(folder);
const planId = await importTwoChapterPlan(connection);
const call = handlersFor(connection, { user: 'Sonam' });
const codes = async () => (await call('actions:list', { planId })).map((r) => r.code);

describe('structure edits', () => {
  it('adds an action after another, duplicates it, and keeps the plan order', async () => {
    const rows = await call('actions:list', { planId });
    const first = rows[0]!;
    const added = await call('actions:create', { statementId: first.statementId, afterActionId: first.id, code: '5.1.1.2', title: 'Expand Government network coverage' });
    expect(added.updatedBy).toBe('Sonam');
    // The whole plan's rows name the last editor too: the importer for untouched actions.
    const listed = await call('actions:list', { planId });
    expect(listed.find((r) => r.id === added.id)?.updatedBy).toBe('Sonam');
    expect(listed.find((r) => r.code === '5.3.2.1')?.updatedBy).toBe('Test Analyst');
    expect(await codes()).toEqual(['5.1.1.1', '5.1.1.2', '5.1.1.3', '5.1.1.10', '5.1.2.3', '5.3.2.1']);
    const copy = await call('actions:duplicate', { actionId: first.id });
    expect(copy).toMatchObject({ code: '5.1.1.1', title: 'Ensure reliable connectivity at all times (copy)', leadText: 'BICMA/MoIC', start: '2018-01', end: '2020-12' });
    expect(copy.indicators.map((i) => i.name)).toEqual(['% of uptime']);
    expect(copy.leadAgencyIds).toEqual(first.leadAgencyIds);
    expect(await codes()).toEqual(['5.1.1.1', '5.1.1.1', '5.1.1.2', '5.1.1.3', '5.1.1.10', '5.1.2.3', '5.3.2.1']);
  });

  it('moves an action to another statement, before a given action', async () => {
    const rows = await call('actions:list', { planId });
    const moving = rows.find((r) => r.code === '5.1.1.10')!;
    const target = rows.find((r) => r.code === '5.3.2.1')!;
    const moved = await call('actions:move', { actionId: moving.id, statementId: target.statementId, beforeActionId: target.id });
    expect(moved).toMatchObject({ statementCode: '5.3.2', chapterCode: '5.3' });
    expect(await codes()).toEqual(['5.1.1.1', '5.1.1.1', '5.1.1.2', '5.1.1.3', '5.1.2.3', '5.1.1.10', '5.3.2.1']);
  });

  it('deletes an action softly: gone from the grid, recoverable from the history', async () => {
    const victim = (await call('actions:list', { planId })).find((r) => r.code === '5.1.1.2')!;
    await call('actions:delete', { actionId: victim.id });
    expect(await codes()).not.toContain('5.1.1.2');
    const entry = (await call('history:list', { planId, entityId: victim.id })).find((e) => e.field === 'deleted_at');
    expect(entry).toMatchObject({ user: 'Sonam', source: 'edit', oldValue: null, subject: '5.1.1.2 Expand Government network coverage' });
    await call('actions:restore', { actionId: victim.id });
    expect(await codes()).toContain('5.1.1.2');
  });

  it('adds, renames, reorders and deletes chapters and statements', async () => {
    let tree = await call('chapters:create', { planId, code: '5.6', title: 'Sustainability' });
    const chapter = tree.chapters.at(-1)!;
    expect(chapter).toMatchObject({ code: '5.6', title: 'Sustainability', statements: [] });
    await call('statements:create', { chapterId: chapter.id, code: '5.6.1', text: 'Agencies concerned shall undertake sustainability planning.' });
    tree = await call('chapters:update', { chapterId: chapter.id, field: 'title', value: 'Sustainability of ICT initiatives' });
    tree = await call('chapters:move', { chapterId: chapter.id, beforeChapterId: tree.chapters[0]!.id });
    expect(tree.chapters.map((c) => `${c.code} ${c.title}`)).toEqual(['5.6 Sustainability of ICT initiatives', '5.1 Digital by Default', '5.3 Single Source of Truth']);
    const statement = tree.chapters[0]!.statements[0]!;
    tree = await call('statements:move', { statementId: statement.id, chapterId: tree.chapters[2]!.id, beforeStatementId: null });
    expect(tree.chapters[2]!.statements.map((s) => s.code)).toEqual(['5.3.2', '5.6.1']);
    tree = await call('chapters:delete', { chapterId: chapter.id });
    expect(tree.chapters.map((c) => c.code)).toEqual(['5.1', '5.3']);
    await expect(call('chapters:update', { chapterId: tree.chapters[0]!.id, field: 'title', value: ' ' })).rejects.toThrow('A chapter needs a title');
  });
});

describe('undo and redo', () => {
  it('undoes edits newest first, redoes them, and traces both', async () => {
    const row = (await call('actions:list', { planId })).find((r) => r.code === '5.1.2.3')!;
    await call('actions:update', { actionId: row.id, field: 'status', value: 'completed' });
    await call('actions:update', { actionId: row.id, field: 'end', value: 'Dec 2025' });
    const undone = await call('history:undo', {});
    expect(undone.entityIds).toEqual([row.id]);
    // The outcome names what the undo wrote, for the notice: the end put back, on the action named by code and title.
    expect(undone.changes.map((c) => [c.field, c.oldValue, c.newValue, c.subject, c.source])).toContainEqual(['end_month', '2025-12', null, `${row.code} ${row.title}`, 'undo']);
    expect(undone.changeCount).toBe(undone.changes.length);
    expect((await call('actions:list', { planId })).find((r) => r.id === row.id)).toMatchObject({ end: null, endOpen: true, status: 'completed' });
    await call('history:undo', {});
    expect((await call('actions:list', { planId })).find((r) => r.id === row.id)).toMatchObject({ status: 'ongoing', statusText: 'Ongoing' });
    const redone = await call('history:redo', {});
    expect(redone).toMatchObject({ canUndo: true, canRedo: true });
    expect((await call('actions:list', { planId })).find((r) => r.id === row.id)).toMatchObject({ status: 'completed' });
    const undos = await call('history:list', { planId, entityId: row.id, source: 'undo' });
    // Two undos (the end, then the status) and one redo (the status again), all traced as 'undo'.
    expect(undos.map((e) => e.field).sort()).toEqual(['end_month', 'end_open', 'status', 'status', 'status_text', 'status_text']);
  });

  it('undoes a delete, a move and an agency change', async () => {
    const rows = await call('actions:list', { planId });
    const victim = rows.find((r) => r.code === '5.3.2.1')!;
    await call('actions:delete', { actionId: victim.id });
    await call('history:undo', {});
    expect(await codes()).toContain('5.3.2.1');
    const moving = rows.find((r) => r.code === '5.1.1.3')!;
    await call('actions:move', { actionId: moving.id, statementId: victim.statementId, beforeActionId: null });
    await call('history:undo', {});
    expect((await call('actions:list', { planId })).find((r) => r.id === moving.id)?.statementCode).toBe('5.1.1');
    const agencies = await call('agencies:list', {});
    const bpc = agencies.find((a) => a.acronym === 'BPC')!;
    await call('actions:setAgencies', { actionId: moving.id, role: 'lead', agencyIds: [bpc.id], text: 'BPC' });
    expect((await call('actions:list', { planId })).find((r) => r.id === moving.id)).toMatchObject({ leadText: 'BPC', leadAgencyIds: [bpc.id] });
    await call('history:undo', {});
    const back = (await call('actions:list', { planId })).find((r) => r.id === moving.id)!;
    expect(back.leadText).toBe('DITT/MoIC');
    expect(back.leadAgencyIds).toHaveLength(2);
  });

  it('refuses to undo a change that was changed again elsewhere, and changes nothing', async () => {
    const row = (await call('actions:list', { planId })).find((r) => r.code === '5.1.1.3')!;
    await call('actions:update', { actionId: row.id, field: 'remarks', value: 'Draft order with the Cabinet.' });
    // Another window (another undo list) edits the same cell afterwards.
    const other = handlersFor(connection, { user: 'Other window' });
    await other('actions:update', { actionId: row.id, field: 'remarks', value: 'Order signed.' });
    await expect(call('history:undo', {})).rejects.toThrow(/remarks was changed again since; it was not undone/);
    expect((await call('actions:list', { planId })).find((r) => r.id === row.id)?.remarks).toBe('Order signed.');
  });

  it('says so when there is nothing to undo', async () => {
    const fresh = handlersFor(connection);
    await expect(fresh('history:undo', {})).rejects.toThrow('There is nothing to undo or redo');
    expect(await fresh('history:undoState', {})).toEqual({ canUndo: false, canRedo: false });
  });
});

describe('pasting a block of cells', () => {
  it('saves the valid cells, refuses the others with the reason, and undoes as one', async () => {
    const rows = await call('actions:list', { planId });
    const [a, b] = [rows.find((r) => r.code === '5.1.1.3')!, rows.find((r) => r.code === '5.1.2.3')!];
    const outcome = await call('actions:paste', {
      planId,
      cells: [
        // Start and end only fit together: the start is after the current end until the end moves.
        { actionId: a.id, field: 'start', value: 'Jan 2022' },
        { actionId: a.id, field: 'end', value: 'Dec 2023' },
        { actionId: a.id, field: 'status', value: 'Ongoing' },
        { actionId: b.id, field: 'start', value: 'Smarch 2020' },
        { actionId: b.id, field: 'status', value: 'Not started' },
      ],
    });
    expect(outcome.applied).toBe(4);
    expect(outcome.refused).toEqual([{ actionId: b.id, field: 'start', value: 'Smarch 2020', reason: 'Start: "Smarch" is not a month name' }]);
    expect(outcome.rows.find((r) => r.id === a.id)).toMatchObject({ start: '2022-01', end: '2023-12', status: 'ongoing' });
    await call('history:undo', {});
    const after = await call('actions:list', { planId });
    expect(after.find((r) => r.id === a.id)).toMatchObject({ start: '2018-01', end: '2020-12', status: 'not_started' });
    expect(after.find((r) => r.id === b.id)).toMatchObject({ start: '2020-01', status: 'completed' });
  });
});

describe('typing the lead agency text', () => {
  it('links the agencies the text names, adds unknown ones as unconfirmed, and undoes both', async () => {
    const row = (await call('actions:list', { planId })).find((r) => r.code === '5.1.2.3')!;
    const agencies = await call('agencies:list', {});
    const [bpc, moic] = [agencies.find((a) => a.acronym === 'BPC')!, agencies.find((a) => a.acronym === 'MoIC')!];
    const updated = await call('actions:update', { actionId: row.id, field: 'leadText', value: 'BPC and moic, NCSWG' });
    const ncswg = (await call('agencies:list', {})).find((a) => a.acronym === 'NCSWG');
    expect(ncswg).toMatchObject({ confirmed: false, origin: 'edit' });
    expect(updated.leadAgencyIds).toEqual([bpc.id, moic.id, ncswg!.id]);
    await call('history:undo', {});
    const back = (await call('actions:list', { planId })).find((r) => r.id === row.id)!;
    expect(back).toMatchObject({ leadText: 'MoIC', leadAgencyIds: [moic.id] });
    expect((await call('agencies:list', {})).find((a) => a.acronym === 'NCSWG')).toBeUndefined();
  });

  it('links agencies named in pasted text too', async () => {
    const row = (await call('actions:list', { planId })).find((r) => r.code === '5.1.2.3')!;
    const bpc = (await call('agencies:list', {})).find((a) => a.acronym === 'BPC')!;
    const outcome = await call('actions:paste', { planId, cells: [{ actionId: row.id, field: 'collaboratorsText', value: 'bpc' }] });
    expect(outcome.rows[0]!.collaboratorAgencyIds).toEqual([bpc.id]);
  });

  it('leaves an acronym that names two agencies unlinked rather than guessing', async () => {
    const row = (await call('actions:list', { planId })).find((r) => r.code === '5.1.2.3')!;
    const updated = await call('actions:update', { actionId: row.id, field: 'leadText', value: 'DOI' });
    expect(updated.leadAgencyIds).toEqual([]);
  });
});

describe('codes of new and moved actions', () => {
  it('gives a new action the next free code of its statement, and renumbers two statements after a move as one undo step', async () => {
    const freshFolder = tempFolder();
    const fresh = await openTempWorkspace(freshFolder);
    const plan = await importTwoChapterPlan(fresh);
    const act = handlersFor(fresh, { user: 'Sonam' });
    const list = async () => (await act('actions:list', { planId: plan })).map((r) => r.code);
    const rows = await act('actions:list', { planId: plan });
    const s511 = rows.find((r) => r.code === '5.1.1.1')!.statementId;
    // 5.1.1 holds 5.1.1.1, 5.1.1.3 and 5.1.1.10: the next free code is 5.1.1.11.
    const added = await act('actions:create', { statementId: s511, afterActionId: null, title: 'Publish the open data standard' });
    expect(added.code).toBe('5.1.1.11');
    const history = await act('history:list', { planId: plan, entityId: added.id });
    expect(history.find((e) => e.field === 'created')?.newValue).toBe('5.1.1.11 Publish the open data standard');

    // 5.1.1.3 moves to 5.3.2, first: both statements get their codes in order, in one change.
    const moving = rows.find((r) => r.code === '5.1.1.3')!;
    const s532 = rows.find((r) => r.code === '5.3.2.1')!.statementId;
    await act('actions:move', { actionId: moving.id, statementId: s532, beforeActionId: rows.find((r) => r.code === '5.3.2.1')!.id });
    const renumbered = await act('statements:renumber', { statementIds: [s511, s532] });
    expect(renumbered.map((r) => r.code).sort()).toEqual(['5.1.1.2', '5.1.1.3', '5.3.2.1', '5.3.2.2']);
    expect(await list()).toEqual(['5.1.1.1', '5.1.1.2', '5.1.1.3', '5.1.2.3', '5.3.2.1', '5.3.2.2']);
    await act('history:undo', {});
    expect(await list()).toEqual(['5.1.1.1', '5.1.1.10', '5.1.1.11', '5.1.2.3', '5.1.1.3', '5.3.2.1']);
    expect(await act('statements:renumber', { statementIds: [s511] }).then((r) => r.length)).toBe(2);
  });
});
