import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ActionListCache } from '../../../electron/core/plan/action-list-cache';
import { getPlanTree } from '../../../electron/core/plan/plan-queries';
import { handlersFor, importTwoChapterPlan, openTempWorkspace, tempFolder } from '../support/workspace';

const folder = tempFolder();
const connection = await openTempWorkspace(folder);
const planId = await importTwoChapterPlan(connection);
const action = (await getPlanTree(connection.db, planId, '2026-11')).chapters[0]!.statements[0]!.actions[0]!;
const call = handlersFor(connection, { now: () => new Date('2026-11-27T11:00:00.000Z') });

const remarksOf = (rows: readonly { id: string; remarks: string }[]) => rows.find((r) => r.id === action.id)!.remarks;

describe('the actions list kept between openings of the Actions view', () => {
  it('gives the same rows again, without reading them, while nothing is written', async () => {
    const cache = new ActionListCache();
    const first = await cache.list(connection, planId, '2026-11');
    const second = await cache.list(connection, planId, '2026-11');
    expect(second).toBe(first);
    expect(cache.queries).toBe(1);
    // Another month (overdue changes with it) or another plan is read anew.
    await cache.list(connection, planId, '2026-12');
    expect(cache.queries).toBe(2);
    expect(await call('actions:list', { planId })).toBe(await call('actions:list', { planId }));
  });

  it('shows an edit made through the window at once', async () => {
    expect(remarksOf(await call('actions:list', { planId }))).not.toBe('Edited in the grid');
    await call('actions:update', { actionId: action.id, field: 'remarks', value: 'Edited in the grid' });
    expect(remarksOf(await call('actions:list', { planId }))).toBe('Edited in the grid');
    await call('history:undo', {});
    expect(remarksOf(await call('actions:list', { planId }))).not.toBe('Edited in the grid');
  });

  it('shows a write made by another connection to the same file (the CLI)', async () => {
    const cache = new ActionListCache();
    expect(remarksOf(await cache.list(connection, planId, '2026-11'))).not.toBe('Written by the CLI');
    const other = new BetterSqlite3(connection.path);
    other.prepare('update actions set remarks = ? where id = ?').run('Written by the CLI', action.id);
    other.close();
    expect(remarksOf(await cache.list(connection, planId, '2026-11'))).toBe('Written by the CLI');
    expect(cache.queries).toBe(2);
    expect(remarksOf(await call('actions:list', { planId }))).toBe('Written by the CLI');
  });
});
