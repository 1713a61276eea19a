// What the views ask for each time they open — the plan's ratings, its indicators, the comparison with a snapshot —
// is kept while nothing is written (db/kept-while-unchanged.ts), so that going back to a view does not hold up the
// one opened next; a write through the window, or by another process on the same file, is seen at once.
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { getPlanTree } from '../../../electron/core/plan/plan-queries';
import { handlersFor, importTwoChapterPlan, openTempWorkspace, tempFolder } from '../support/workspace';

const folder = tempFolder();
const connection = await openTempWorkspace(folder);
const planId = await importTwoChapterPlan(connection);
const action = (await getPlanTree(connection.db, planId, '2026-11')).chapters[0]!.statements[0]!.actions[0]!;
const call = handlersFor(connection, { now: () => new Date('2026-11-27T11:00:00.000Z') });

/** Writes as the CLI would: another connection to the same file. */
function writeElsewhere(sql: string, ...values: unknown[]): void {
  const other = new BetterSqlite3(connection.path);
  other.prepare(sql).run(...values);
  other.close();
}

describe('the reads kept between openings of a view', () => {
  it("keeps the plan's ratings until an edit or another process changes them", async () => {
    // The first rating of the plan writes its reporting periods (reporting/periods.ts): the next read is kept.
    await call('ratings:plan', { planId });
    const first = await call('ratings:plan', { planId });
    expect(await call('ratings:plan', { planId })).toBe(first);
    const ratingOf = (ratings: typeof first) => ratings.actions.find((a) => a.actionId === action.id)!.rating;
    expect(ratingOf(first)).not.toBe('completed');

    await call('actions:update', { actionId: action.id, field: 'status', value: 'completed' });
    const edited = await call('ratings:plan', { planId });
    expect(ratingOf(edited)).toBe('completed');
    expect(await call('ratings:plan', { planId })).toBe(edited);

    writeElsewhere('update actions set status = ? where id = ?', 'not_started', action.id);
    expect(ratingOf(await call('ratings:plan', { planId }))).not.toBe('completed');
  });

  it("keeps the plan's indicators until an edit or another process changes them", async () => {
    const first = await call('indicators:list', { planId });
    expect(first.length).toBeGreaterThan(0);
    expect(await call('indicators:list', { planId })).toBe(first);
    const indicator = first[0]!;

    await call('indicators:update', { indicatorId: indicator.id, field: 'name', value: 'Renamed in the grid' });
    const edited = await call('indicators:list', { planId });
    expect(edited.find((i) => i.id === indicator.id)!.name).toBe('Renamed in the grid');

    writeElsewhere('update indicators set name = ? where id = ?', 'Renamed by the CLI', indicator.id);
    expect((await call('indicators:list', { planId })).find((i) => i.id === indicator.id)!.name).toBe('Renamed by the CLI');
  });

  it('keeps the comparison with a snapshot until the plan changes', async () => {
    const snapshot = await call('snapshots:create', { planId, name: 'Before the meeting' });
    const first = await call('snapshots:compare', { snapshotId: snapshot.id });
    expect(first.statusChanged).toEqual([]);
    expect(await call('snapshots:compare', { snapshotId: snapshot.id })).toBe(first);

    await call('actions:update', { actionId: action.id, field: 'status', value: 'on_hold' });
    const edited = await call('snapshots:compare', { snapshotId: snapshot.id });
    expect(edited.statusChanged.map((c) => c.actionId)).toEqual([action.id]);
  });
});
