// Which items moved (packages/compare/moves.ts): another parent, or another place among the siblings both plans
// hold, the fewest items called moved, and among equals the one whose move a history shows.
import { describe, expect, it } from 'vitest';
import type { Placed } from '../../../../electron/core/packages/compare/flatten';
import { movedIds } from '../../../../electron/core/packages/compare/moves';

/** Items "id" or "id@parent" in their order. */
function placed(order: string): Map<string, Placed<null>> {
  return new Map(
    order.split(' ').map((entry, index) => {
      const [id, parentId = 'p'] = entry.split('@') as [string, string?];
      return [id, { item: null, parentId, index, sequence: index }];
    }),
  );
}

const moved = (theirs: string, ours: string, inHistory: string[] = []) => [...movedIds(placed(theirs), placed(ours), (id) => inHistory.includes(id))].sort();

describe('movedIds', () => {
  it('finds nothing when the order is the same, items added or removed aside', () => {
    expect(moved('a b c d', 'a b c d')).toEqual([]);
    expect(moved('a x b c', 'a b y c')).toEqual([]);
  });

  it('calls moved the one item taken out of order, not the ones it passed', () => {
    expect(moved('b c d a', 'a b c d')).toEqual(['a']);
    expect(moved('a b d c e', 'a b c d e')).toEqual(['c']);
  });

  it('among equal choices, calls moved the item whose move a history shows', () => {
    expect(moved('b a', 'a b')).toEqual(['a']);
    expect(moved('b a', 'a b', ['b'])).toEqual(['b']);
  });

  it('calls moved every item under another parent', () => {
    expect(moved('a@p b@q c@p', 'a@p b@p c@p')).toEqual(['b']);
  });
});
