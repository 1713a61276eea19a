// The straight path from baseline to target that the rating rule, the Indicators view and the Overview share.
import { describe, expect, it } from 'vitest';
import { expectedShare, judgeTrajectory, trajectoryGap, trajectoryOf, type TrajectoryInput } from '../../../shared/trajectory';

// Jul 2025 → Jun 2027: 23 months; by Jun 2026 (11 months) the path is at 48%.
const uptime: TrajectoryInput = { kind: 'percent', baseline: 90, target: 100, latest: { value: 91, month: '2026-06' }, start: '2025-07', end: '2027-06' };
const settings = { behindAmberPoints: 10 };

describe('trajectory of an indicator', () => {
  it('sets the latest actual against the path at the month it was measured', () => {
    expect(trajectoryOf(uptime)).toEqual({ progress: 0.1, expected: 11 / 23, behindPoints: 38, month: '2026-06' });
    expect(judgeTrajectory(trajectoryOf(uptime), settings)).toBe('behind');
    const ahead = trajectoryOf({ ...uptime, latest: { value: 97, month: '2026-06' } })!;
    expect(ahead.behindPoints).toBe(-22);
    expect(judgeTrajectory(ahead, settings)).toBe('on_track');
  });

  it('is on track just under the amber threshold and behind at it', () => {
    // 48% expected: 39% progress is 9 points behind, 38% is 10.
    expect(judgeTrajectory(trajectoryOf({ ...uptime, latest: { value: 93.9, month: '2026-06' } }), settings)).toBe('on_track');
    expect(judgeTrajectory(trajectoryOf({ ...uptime, latest: { value: 93.8, month: '2026-06' } }), settings)).toBe('behind');
  });

  it('counts an actual past its target as the target: never behind once reached', () => {
    const done = trajectoryOf({ ...uptime, latest: { value: 104, month: '2027-12' } })!;
    expect(done.progress).toBeCloseTo(1.4);
    expect(done.expected).toBe(1);
    expect(done.behindPoints).toBe(0);
  });

  it('clamps the path before the start and after the end, and takes a one-month span as due at its end', () => {
    expect(expectedShare('2025-07', '2027-06', '2025-01')).toBe(0);
    expect(expectedShare('2025-07', '2027-06', '2028-01')).toBe(1);
    expect(expectedShare('2026-03', '2026-03', '2026-02')).toBe(0);
    expect(expectedShare('2026-03', '2026-03', '2026-03')).toBe(1);
  });

  it('has no judgement without a numeric kind, an actual, a span or a target, and says which', () => {
    const cases: [Partial<TrajectoryInput>, string][] = [
      [{ kind: 'yes_no', baseline: 0, target: 1 }, 'Yes/no, date and text indicators are judged by the action’s status'],
      [{ latest: null }, 'No actual recorded yet'],
      [{ latest: { value: null, month: '2026-06' } }, 'The latest actual is not available (NA)'],
      [{ start: null }, 'The action has no start and end to draw a path between'],
      [{ end: null }, 'The action has no start and end to draw a path between'],
      [{ target: null }, 'The target is not a value progress can be measured against'],
      [{ baseline: 100, target: 100 }, 'The baseline equals the target'],
    ];
    for (const [change, why] of cases) {
      const input = { ...uptime, ...change };
      expect(trajectoryOf(input), why).toBeNull();
      expect(judgeTrajectory(trajectoryOf(input), settings)).toBe('no_data');
      expect(trajectoryGap(input)).toBe(why);
    }
  });
});
