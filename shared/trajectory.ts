// An indicator's latest actual set against the straight path from its baseline (at the action's start) to its target
// (at the action's end): how far along the path it is, how far along it should be by the month it was measured, and
// the points between. One function for the delivery rating's rule (electron/core/ratings/rules.ts), the Indicators
// view's progress column and the Overview, so that all three judge an indicator alike.
import type { ActionGridRow, IndicatorGridRow, IndicatorKind, RatingSettings } from './domain';
import { monthsBetween, type Month } from './months';
import { progressTowardTarget } from './indicators';

/** Kinds whose actuals can be set against a straight path; yes/no, dates and text go by the action's status. */
export const TRAJECTORY_KINDS: ReadonlySet<IndicatorKind> = new Set(['percent', 'number', 'ratio']);

export interface TrajectoryInput {
  readonly kind: IndicatorKind;
  readonly baseline: number | null;
  readonly target: number | null;
  /** The newest actual, and the last month of its reporting period (when it was measured). */
  readonly latest: { readonly value: number | null; readonly month: Month } | null;
  /** The action's span: its start, and the end that counts now (the revised end where there is one). */
  readonly start: Month | null;
  readonly end: Month | null;
}

export interface Trajectory {
  /** 0 at the baseline, 1 at the target (may exceed 1). */
  readonly progress: number;
  /** Where the straight path is at the month measured, 0 to 1. */
  readonly expected: number;
  /** Percentage points behind the path (negative: ahead of it), rounded. */
  readonly behindPoints: number;
  readonly month: Month;
}

/** How far along its span the action should be at `month`, 0 to 1. */
export function expectedShare(start: Month, end: Month, month: Month): number {
  const span = monthsBetween(start, end);
  if (span <= 0) return month >= end ? 1 : 0;
  return Math.min(1, Math.max(0, monthsBetween(start, month) / span));
}

/** The latest actual against the path, or null when there is nothing to set against it (see trajectoryGap). */
export function trajectoryOf(input: TrajectoryInput): Trajectory | null {
  if (!TRAJECTORY_KINDS.has(input.kind) || input.latest === null || input.start === null || input.end === null) return null;
  const progress = progressTowardTarget(input.kind, input.baseline, input.target, input.latest.value);
  if (progress === null) return null;
  const expected = expectedShare(input.start, input.end, input.latest.month);
  return { progress, expected, behindPoints: Math.round((expected - Math.min(progress, 1)) * 100), month: input.latest.month };
}

export type TrajectoryJudgement = 'on_track' | 'behind' | 'no_data';

export const TRAJECTORY_LABELS: Readonly<Record<TrajectoryJudgement, string>> = {
  on_track: 'On track',
  behind: 'Behind',
  no_data: 'No data',
};

/** Behind once the plan's amber threshold of points behind the path is reached: where the rating rule finds it. */
export function judgeTrajectory(trajectory: Trajectory | null, settings: Pick<RatingSettings, 'behindAmberPoints'>): TrajectoryJudgement {
  if (trajectory === null) return 'no_data';
  return trajectory.behindPoints >= settings.behindAmberPoints ? 'behind' : 'on_track';
}

/** Why an indicator has no judgement, in words: what is missing. */
export function trajectoryGap(input: TrajectoryInput): string {
  if (!TRAJECTORY_KINDS.has(input.kind)) return 'Yes/no, date and text indicators are judged by the action’s status';
  if (input.latest === null) return 'No actual recorded yet';
  if (input.latest.value === null) return 'The latest actual is not available (NA)';
  if (input.start === null || input.end === null) return 'The action has no start and end to draw a path between';
  if (input.target === null) return 'The target is not a value progress can be measured against';
  return 'The baseline equals the target';
}

/** An indicator's judgement against its path, as the views show it. */
export interface PathJudgement {
  readonly judgement: TrajectoryJudgement;
  /** Points behind the straight path (negative: ahead), null without a judgement. */
  readonly behindPoints: number | null;
  /** Why there is no judgement, in words; null when there is one. */
  readonly gap: string | null;
}

/** What the path needs of a row of the Indicators grid: its values, its latest actual's month and its action's span. */
function trajectoryInputOf(
  indicator: IndicatorGridRow,
  action: Pick<ActionGridRow, 'start' | 'end' | 'endOpen' | 'revisedEnd'> | undefined,
  periodEnd: (periodId: string) => Month | undefined,
): TrajectoryInput {
  const latest = indicator.latestActual;
  const month = latest ? periodEnd(latest.periodId) : undefined;
  return {
    kind: indicator.kind,
    baseline: indicator.baseline.value,
    target: indicator.target.value,
    latest: latest && month ? { value: latest.value, month } : null,
    start: action?.start ?? null,
    end: action && !action.endOpen ? (action.revisedEnd ?? action.end) : null,
  };
}

/** A row of the Indicators grid judged against its path (the Indicators view and the Overview). */
export function judgeIndicator(
  indicator: IndicatorGridRow,
  action: Pick<ActionGridRow, 'start' | 'end' | 'endOpen' | 'revisedEnd'> | undefined,
  periodEnd: (periodId: string) => Month | undefined,
  settings: Pick<RatingSettings, 'behindAmberPoints'>,
): PathJudgement {
  const input = trajectoryInputOf(indicator, action, periodEnd);
  const path = trajectoryOf(input);
  return { judgement: judgeTrajectory(path, settings), behindPoints: path?.behindPoints ?? null, gap: path ? null : trajectoryGap(input) };
}
