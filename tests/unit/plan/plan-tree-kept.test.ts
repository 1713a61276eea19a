// plans:tree is kept while nothing is written: the Overview asks for it at every opening, and on a large plan
// reading it again would hold up the view opened next. Any write, by this window or another connection, shows at once.
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { handlersFor, importTwoChapterPlan, openTempWorkspace, tempFolder } from '../support/workspace';

const folder = tempFolder();
const connection = await openTempWorkspace(folder);
const planId = await importTwoChapterPlan(connection);
const call = handlersFor(connection, { now: () => new Date('2026-11-27T11:00:00.000Z') });
const firstAction = async () => (await call('plans:tree', { planId })).chapters[0]!.statements[0]!.actions[0]!;

describe("the plan's tree kept between openings of the Overview", () => {
  it('gives the same tree again while nothing is written', async () => {
    expect(await call('plans:tree', { planId })).toBe(await call('plans:tree', { planId }));
  });

  it('shows an edit made through the window at once, and its undo', async () => {
    const action = await firstAction();
    await call('actions:update', { actionId: action.id, field: 'title', value: 'Renamed in the grid' });
    expect((await firstAction()).title).toBe('Renamed in the grid');
    await call('history:undo', {});
    expect((await firstAction()).title).toBe(action.title);
  });

  it('shows a write made by another connection to the same file (the CLI)', async () => {
    const action = await firstAction();
    const other = new BetterSqlite3(connection.path);
    other.prepare('update actions set title = ? where id = ?').run('Written by the CLI', action.id);
    other.close();
    expect((await firstAction()).title).toBe('Written by the CLI');
  });
});
