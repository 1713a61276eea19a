// The review pack's timeline rows: every action of a plan of ordinary size, one folded row per policy statement
// (and for the undated list) in a very large one, each saying how many actions it holds and how many are overdue.
import { describe, expect, it } from 'vitest';
import { groupCountText } from '../../../../shared/timeline/labels';
import type { GroupRow, TimelineAction } from '../../../../shared/timeline/layout';
import { PACK_ACTIONS_ONE_BY_ONE, packTimelineRows } from '../../../../shared/timeline/pack-rows';
import { action } from './fixtures';

/** `count` actions over 2 chapters of 3 statements; every 7th overdue, every 50th without dates. */
function plan(count: number): TimelineAction[] {
  return Array.from({ length: count }, (_, i) => {
    const code = `5.${(i % 2) + 1}.${(i % 3) + 1}.${i + 1}`;
    const undated = i % 50 === 0 ? { start: null, end: null } : {};
    return action({ code, overdue: i % 7 === 0, ...undated });
  });
}

const groups = (rows: ReturnType<typeof packTimelineRows>['rows']) => rows.filter((r): r is GroupRow => r.kind === 'group');

describe("the review pack's timeline rows", () => {
  it('draw every action of a plan of ordinary size', () => {
    const actions = plan(PACK_ACTIONS_ONE_BY_ONE);
    const { rows, perStatement } = packTimelineRows(actions);
    expect(perStatement).toBe(false);
    expect(rows.filter((r) => r.kind === 'action')).toHaveLength(actions.length);
    expect(groups(rows).every((g) => !g.collapsed)).toBe(true);
  });

  it('fold each statement and the undated list into one row in a larger plan, counting its actions and overdue ones', () => {
    const actions = plan(PACK_ACTIONS_ONE_BY_ONE + 1);
    const { rows, perStatement } = packTimelineRows(actions);
    expect(perStatement).toBe(true);
    expect(rows.filter((r) => r.kind === 'action')).toHaveLength(0);
    const statements = groups(rows).filter((g) => g.level === 2);
    expect(statements).toHaveLength(6);
    const undated = groups(rows).find((g) => g.key === 'undated')!;
    expect(undated.collapsed).toBe(true);
    // Every action is counted once: in its statement when dated, in the undated list when not.
    expect(statements.reduce((n, g) => n + g.count, 0) + undated.count).toBe(actions.length);
    expect(statements.reduce((n, g) => n + g.overdue, 0) + undated.overdue).toBe(actions.filter((a) => a.overdue).length);
    const first = statements[0]!;
    expect(first.collapsed).toBe(true);
    expect(first.span).not.toBeNull();
    expect(groupCountText(first)).toBe(`(${first.count}, ${first.overdue} overdue)`);
    // Chapters stay open: they list their statements.
    expect(groups(rows).filter((g) => g.level === 1 && g.key !== 'undated').every((g) => !g.collapsed)).toBe(true);
  });

  it('word a group open, folded without overdue actions, and folded with some', () => {
    expect(groupCountText({ count: 12, overdue: 3, collapsed: false })).toBe('(12)');
    expect(groupCountText({ count: 12, overdue: 0, collapsed: true })).toBe('(12)');
    expect(groupCountText({ count: 12, overdue: 3, collapsed: true })).toBe('(12, 3 overdue)');
  });
});
