// "Where do we stand?": the figures of the plan's Overview, worked out from the actions list, the delivery ratings
// and the indicators the views already read. Pure functions (tests/unit/renderer/overview), so that the screen and its
// printed pages show the same figures.
import type { ActionGridRow, AgencyListRow, DeliveryRating, IndicatorGridRow, RatingSettings, ReportingPeriod, SnapshotComparison } from '../../../shared/domain';
import { formatMonth, monthsBetween, type Month } from '../../../shared/months';
import { judgeIndicator, type PathJudgement, type TrajectoryJudgement } from '../../../shared/trajectory';
import { DELIVERY_RATINGS } from '../../../shared/vocab/ratings';
import { formatNumber, text } from '../language/language';
import { STATUS_ORDER, statusKeyOf, statusLabel, type StatusKey } from '../ui/status-view';

/** One bar of a chart: a chapter or a lead agency, its actions counted by status and by delivery rating. */
export interface StandingBar {
  readonly key: string;
  /** The short name on the bar: a chapter's code, an agency's acronym. */
  readonly code: string;
  readonly name: string;
  readonly total: number;
  readonly byStatus: Readonly<Record<StatusKey, number>>;
  readonly byRating: Readonly<Record<DeliveryRating, number>>;
}

/** An action's delivery rating by its id; undefined while the ratings are not in (counted as not rated). */
export type RatingOf = (actionId: string) => DeliveryRating | undefined;

/** The group of actions whose lead names no agency of the registry ("All Government Agencies", blank). */
export const NO_REGISTERED_LEAD = 'no-registered-lead';

function emptyByStatus(): Record<StatusKey, number> {
  return Object.fromEntries(STATUS_ORDER.map((s) => [s, 0])) as Record<StatusKey, number>;
}

function emptyByRating(): Record<DeliveryRating, number> {
  return Object.fromEntries(DELIVERY_RATINGS.map((r) => [r, 0])) as Record<DeliveryRating, number>;
}

interface Tally {
  readonly key: string;
  readonly code: string;
  readonly name: string;
  total: number;
  readonly byStatus: Record<StatusKey, number>;
  readonly byRating: Record<DeliveryRating, number>;
}

function tallyInto(groups: Map<string, Tally>, key: string, label: () => { code: string; name: string }, action: ActionGridRow, ratingOf: RatingOf) {
  let tally = groups.get(key);
  if (!tally) {
    tally = { key, ...label(), total: 0, byStatus: emptyByStatus(), byRating: emptyByRating() };
    groups.set(key, tally);
  }
  tally.total += 1;
  tally.byStatus[statusKeyOf(action.status)] += 1;
  tally.byRating[ratingOf(action.id) ?? 'not_rated'] += 1;
}

/** One bar per chapter, in plan order (the actions come in plan order). */
export function barsByChapter(actions: readonly ActionGridRow[], ratingOf: RatingOf): StandingBar[] {
  const groups = new Map<string, Tally>();
  for (const action of actions) tallyInto(groups, action.chapterId, () => ({ code: action.chapterCode, name: action.chapterTitle }), action, ratingOf);
  return [...groups.values()];
}

/**
 * One bar per lead agency of the registry, most actions first (then by name). An action led jointly counts under
 * each of its leads, as in the pack's agency scorecards; actions whose lead names no registered agency make one bar
 * at the end, so that every action is somewhere.
 */
export function barsByLeadAgency(actions: readonly ActionGridRow[], agencies: readonly AgencyListRow[], ratingOf: RatingOf): StandingBar[] {
  const byId = new Map(agencies.map((a) => [a.id, a]));
  const groups = new Map<string, Tally>();
  const unled = new Map<string, Tally>();
  for (const action of actions) {
    const leads = [...new Set(action.leadAgencyIds)].filter((id) => byId.has(id));
    for (const id of leads) {
      const agency = byId.get(id)!;
      // An agency the registry knows only by its acronym ("DITT") is not named twice.
      tallyInto(groups, id, () => ({ code: agency.acronym ?? agency.name, name: agency.acronym && agency.name !== agency.acronym ? agency.name : '' }), action, ratingOf);
    }
    if (leads.length === 0) tallyInto(unled, NO_REGISTERED_LEAD, () => ({ code: text()['overview.otherLeads'], name: text()['overview.otherLeadsMeans'] }), action, ratingOf);
  }
  const sorted = [...groups.values()].sort((a, b) => b.total - a.total || a.code.localeCompare(b.code, 'en', { sensitivity: 'base', numeric: true }));
  return [...sorted, ...unled.values()];
}

/** The first `count` bars, and how many more there are ("N more", shown on request). */
export function topBars(bars: readonly StandingBar[], count: number): { readonly shown: readonly StandingBar[]; readonly more: number } {
  return { shown: bars.slice(0, count), more: Math.max(0, bars.length - count) };
}

/** An overdue action and how long it has been overdue, in whole months past the end that counts now. */
export interface LateAction {
  readonly id: string;
  readonly code: string;
  readonly title: string;
  readonly lead: string;
  readonly end: Month;
  readonly monthsLate: number;
}

/** The overdue actions, the longest overdue first (then in code order). */
export function monthsLate(actions: readonly Pick<ActionGridRow, 'id' | 'code' | 'title' | 'leadText' | 'end' | 'revisedEnd' | 'endOpen' | 'overdue'>[], month: Month): LateAction[] {
  const late: LateAction[] = [];
  for (const action of actions) {
    const end = action.endOpen ? null : (action.revisedEnd ?? action.end);
    if (!action.overdue || end === null) continue;
    late.push({ id: action.id, code: action.code, title: action.title, lead: action.leadText, end, monthsLate: Math.max(1, monthsBetween(end, month)) });
  }
  return late.sort((a, b) => b.monthsLate - a.monthsLate || a.code.localeCompare(b.code, 'en', { numeric: true }));
}

/** An indicator's latest actual against its target and against the straight path over its action's span. */
export interface IndicatorStanding extends PathJudgement {
  readonly id: string;
  readonly actionId: string;
  readonly actionCode: string;
  readonly name: string;
  readonly latest: string | null;
  readonly latestPeriod: string | null;
  readonly target: string;
  /** 0 at the baseline, 1 at the target; null where it cannot be measured. */
  readonly progress: number | null;
}

/** Each indicator judged against its path, behind first (most points behind first), then on track, then no data. */
export function indicatorStandings(
  indicators: readonly IndicatorGridRow[],
  actions: readonly ActionGridRow[],
  periods: readonly ReportingPeriod[],
  settings: Pick<RatingSettings, 'behindAmberPoints'>,
): IndicatorStanding[] {
  const actionOf = new Map(actions.map((a) => [a.id, a]));
  const periodOf = new Map(periods.map((p) => [p.id, p]));
  const standings = indicators.map((indicator): IndicatorStanding => {
    const path = judgeIndicator(indicator, actionOf.get(indicator.actionId), (id) => periodOf.get(id)?.end, settings);
    return {
      id: indicator.id,
      actionId: indicator.actionId,
      actionCode: indicator.actionCode,
      name: indicator.name,
      latest: indicator.latestActual?.text ?? null,
      latestPeriod: indicator.latestActual ? (periodOf.get(indicator.latestActual.periodId)?.label ?? null) : null,
      target: indicator.target.text,
      progress: indicator.progress,
      ...path,
    };
  });
  const rank: Record<TrajectoryJudgement, number> = { behind: 0, on_track: 1, no_data: 2 };
  return standings
    .map((standing, index) => ({ standing, index }))
    .sort((a, b) => rank[a.standing.judgement] - rank[b.standing.judgement] || (b.standing.behindPoints ?? 0) - (a.standing.behindPoints ?? 0) || a.index - b.index)
    .map(({ standing }) => standing);
}

export function countJudgements(standings: readonly IndicatorStanding[]): Readonly<Record<TrajectoryJudgement, number>> {
  const counts = { on_track: 0, behind: 0, no_data: 0 };
  for (const s of standings) counts[s.judgement] += 1;
  return counts;
}

/** One line of "what changed since the last snapshot". */
export interface ChangeLine {
  readonly actionId: string | null;
  readonly code: string;
  readonly title: string;
  readonly change: string;
}

function statusWords(status: SnapshotComparison['statusChanged'][number]['before']): string {
  return status ? statusLabel(status) : text()['overview.noStatus'];
}

function slipWords(slip: SnapshotComparison['slipped'][number]): string {
  const words = text();
  const before = slip.endBefore ? formatMonth(slip.endBefore) : words['overview.noEnd'];
  if (slip.endOpenAfter) return words['overview.endOpened'](before);
  const after = slip.endAfter ? formatMonth(slip.endAfter) : words['overview.noEnd'];
  if (slip.slipMonths === null) return words['overview.endChanged'](before, after);
  const months = Math.abs(slip.slipMonths);
  return words[slip.slipMonths > 0 ? 'overview.endLater' : 'overview.endEarlier'](before, after, months, formatNumber(months));
}

/** The comparison with a snapshot as one list: status changes, slips, target changes, then actions added and removed. */
export function changeLines(comparison: SnapshotComparison): ChangeLine[] {
  return [
    ...comparison.statusChanged.map((c) => ({ actionId: c.actionId, code: c.code, title: c.title, change: text()['overview.statusChanged'](statusWords(c.before), statusWords(c.after)) })),
    ...comparison.slipped.map((s) => ({ actionId: s.actionId, code: s.code, title: s.title, change: slipWords(s) })),
    ...comparison.targetsChanged.map((t) => ({ actionId: t.actionId, code: t.code, title: t.title, change: text()['overview.targetChanged'](t.indicator, t.before || '—', t.after || '—') })),
    ...comparison.added.map((a) => ({ actionId: a.actionId, code: a.code, title: a.title, change: text()['overview.added'] })),
    ...comparison.removed.map((r) => ({ actionId: null, code: r.code, title: r.title, change: text()['overview.removed'] })),
  ];
}
