// The bulk writes' path into SQLite (db/insert-rows.ts): each row through one prepared statement, inside the
// caller's transaction, or in one of its own outside any, so that a failing row leaves none of the others behind.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { insertRows } from '../../../electron/core/db/insert-rows';
import type { Connection } from '../../../electron/core/db/connection';
import { timeOrderedId } from '../../../electron/core/db/time-ordered-id';
import { openTempWorkspace, tempFolder } from '../support/workspace';

const folder = tempFolder();
const at = '2026-12-07T01:00:00.000Z';
let workspace = 0;

function planRow(id: string, title: string) {
  return { id, title, description: '', approved_by: 'Cabinet' as string | undefined, fiscal_year_start_month: 7, reporting_frequency: 'fiscal_year', created_at: at, updated_at: at };
}

describe('insertRows', () => {
  let connection: Connection;
  beforeEach(async () => {
    connection = await openTempWorkspace(folder, `rows-${workspace++}.sqlite`);
  });
  afterEach(() => connection.close());

  it('writes every row with its values, nulls for the missing ones', async () => {
    await insertRows(connection.db, 'plans', [planRow('p1', 'First'), { ...planRow('p2', 'Second'), approved_by: undefined }]);
    const rows = await connection.db.selectFrom('plans').select(['id', 'title', 'approved_by']).orderBy('id').execute();
    expect(rows).toEqual([
      { id: 'p1', title: 'First', approved_by: 'Cabinet' },
      { id: 'p2', title: 'Second', approved_by: null },
    ]);
  });

  it('outside a transaction, writes all the rows or none', async () => {
    // The third row repeats the first's id: SQLite refuses it, and the two before it must not stay.
    const attempt = insertRows(connection.db, 'plans', [planRow('p1', 'First'), planRow('p2', 'Second'), planRow('p1', 'Again')]);
    await expect(attempt).rejects.toThrow();
    expect(await connection.db.selectFrom('plans').select('id').execute()).toEqual([]);
  });

  it('inside a transaction, writes in it: a rollback takes the rows back', async () => {
    const attempt = connection.db.transaction().execute(async (tx) => {
      await insertRows(tx, 'plans', [planRow('p1', 'First')]);
      expect(await tx.selectFrom('plans').select('id').execute()).toEqual([{ id: 'p1' }]);
      throw new Error('stop');
    });
    await expect(attempt).rejects.toThrow('stop');
    expect(await connection.db.selectFrom('plans').select('id').execute()).toEqual([]);
  });
});

describe('timeOrderedId', () => {
  afterEach(() => vi.useRealTimers());

  it('makes UUIDs of version 7 that sort in the order they were made', () => {
    const ids = Array.from({ length: 10_000 }, () => timeOrderedId());
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });

  // A time far ahead: the first test's ids carry the real clock, and a time behind it would continue from there.
  it('begins with the time in milliseconds, and keeps the order past 4,096 ids in one millisecond', () => {
    vi.useFakeTimers({ now: Date.parse('2099-03-31T10:00:00.000Z'), toFake: ['Date'] });
    const ids = Array.from({ length: 5000 }, () => timeOrderedId());
    expect(parseInt(ids[0]!.slice(0, 8) + ids[0]!.slice(9, 13), 16)).toBe(Date.parse('2099-03-31T10:00:00.000Z'));
    expect(parseInt(ids[4999]!.slice(0, 8) + ids[4999]!.slice(9, 13), 16)).toBe(Date.parse('2099-03-31T10:00:00.001Z'));
    expect([...ids].sort()).toEqual(ids);
  });
});
