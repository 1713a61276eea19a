// One side of the histories (packages/compare/history-sides.ts): the entries the other side does not hold, the
// newest of each field, and the package's own entries left aside.
import { describe, expect, it } from 'vitest';
import { lastOf, packHistoryWithIds, sideOf } from '../../../../electron/core/packages/compare/history-sides';

const entry = (id: string, entityId: string, field: string, at: string, source = 'edit') => ({ id, at, user: `user ${id}`, entityId, field, source });

describe('sideOf', () => {
  const side = sideOf(
    [entry('1', 'a1', 'status', '2027-01-01'), entry('2', 'a1', 'status', '2027-02-01'), entry('3', 'a2', 'title', '2027-02-02'), entry('4', 'a3', 'remarks', '2027-03-01', 'package')],
    new Set(['3']),
  );

  it('keeps the newest entry of each field that the other side does not hold, and not the entries a package merge replayed', () => {
    expect([...side.unknown]).toEqual([['a1|status', { at: '2027-02-01', user: 'user 2' }]]);
    expect([...side.touched]).toEqual(['a1']);
  });

  it('finds the newest change among fields and rows', () => {
    const two = sideOf([entry('1', 'a1', 'start_month', '2027-01-05'), entry('2', 'a2', 'end_month', '2027-01-09')], new Set());
    expect(lastOf(two, ['a1', 'a2'], ['start_month', 'end_month'])).toEqual({ at: '2027-01-09', user: 'user 2' });
    expect(lastOf(two, ['a1'], ['end_month'])).toBeNull();
  });
});

describe('packHistoryWithIds', () => {
  it('leaves out entries about the workspace\'s own records and gives the others a lasting id', () => {
    const base = { at: '2027-01-01T00:00:00.000Z', user: 'Pema', entityId: 'x', field: 'status', oldValue: null, newValue: 'sent', source: 'exchange', sourceFile: null };
    const kept = packHistoryWithIds([
      { ...base, entity: 'exchange_package' },
      { ...base, entity: 'plan_package' },
      { ...base, entity: 'action' },
      { ...base, entity: 'action', id: 'given' },
    ]);
    expect(kept.map((h) => h.entity)).toEqual(['action', 'action']);
    expect(kept[0]!.id).toMatch(/^[0-9a-f]+$/);
    expect(kept[1]!.id).toBe('given');
  });
});
