// The overdue list of a review pack, grouped by age: under 6 months, 6 to 12, over 12 (shared/overdue.ts).
import { describe, expect, it } from 'vitest';
import { overdueByAge } from '../../../shared/overdue';

describe('overdueByAge', () => {
  it('puts each action in the group of its whole months overdue, at the edges too', () => {
    const actions = [1, 5, 6, 12, 13, 40].map((monthsOverdue) => ({ id: `m${monthsOverdue}`, monthsOverdue }));
    const groups = overdueByAge(actions).map(({ age, actions }) => [age.label, actions.map((a) => a.id)]);
    expect(groups).toEqual([
      ['Overdue by less than 6 months', ['m1', 'm5']],
      ['Overdue by 6 to 12 months', ['m6', 'm12']],
      ['Overdue by more than 12 months', ['m13', 'm40']],
    ]);
  });

  it('keeps every group, empty ones too, and keeps the order within a group', () => {
    const groups = overdueByAge([{ id: 'b', monthsOverdue: 3 }, { id: 'a', monthsOverdue: 2 }]);
    expect(groups.map((g) => g.actions.map((a) => a.id))).toEqual([['b', 'a'], [], []]);
  });
});
