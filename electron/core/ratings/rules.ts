// The rules that rate an action's delivery from its evidence: pure functions of the action, its indicators' latest
// actuals, what its lead agency reported for the period, the plan's thresholds and the month it is rated at.
// Each rule that finds something gives amber or red with the facts it found (and its reason in English words: the
// window words them in the language shown, shared/vocab/rating-reasons.ts); the action takes the worst of them,
// green when none found anything, "completed" when it is done, and "not rated" when there is nothing to judge.
import type { DeliveryRating, IndicatorKind, RatingFacts, RatingFinding, RatingSettings } from '../../../shared/domain';
import { addMonths, monthsBetween, type Month } from '../../../shared/months';
import { trajectoryOf } from '../../../shared/trajectory';
import { ENGLISH } from '../../../shared/language/english';
import { ratingReason } from '../../../shared/vocab/rating-reasons';
import type { FundStatus, ImplementationStatus } from '../../../shared/vocab/status';

export interface IndicatorEvidence {
  readonly name: string;
  readonly kind: IndicatorKind;
  readonly baseline: number | null;
  readonly target: number | null;
  /** The newest actual reported, and the last month of its period (when it was measured). */
  readonly latest: { readonly value: number | null; readonly month: Month } | null;
}

export interface RatingEvidence {
  readonly status: ImplementationStatus | null;
  readonly start: Month | null;
  readonly end: Month | null;
  readonly endOpen: boolean;
  readonly revisedEnd: Month | null;
  readonly fundStatus: FundStatus | null;
  readonly indicators: readonly IndicatorEvidence[];
  /** "Support needed" as the lead agency reported it for the period rated (empty texts left out). */
  readonly supportNeeded: readonly string[];
}

export interface RatingOutcome {
  readonly rating: DeliveryRating;
  readonly findings: readonly RatingFinding[];
}

/** A finding with its reason in English, the words of the pack and the command line; the window words it anew. */
function finding(colour: RatingFinding['colour'], facts: RatingFacts): RatingFinding {
  return { ...facts, colour, reason: ratingReason(facts, ENGLISH, String) };
}

function currentEnd(action: RatingEvidence): Month | null {
  return action.endOpen ? null : (action.revisedEnd ?? action.end);
}

function pastEnd(action: RatingEvidence, month: Month): RatingFinding | null {
  const end = currentEnd(action);
  if (end === null || end >= month) return null;
  return finding('red', { rule: 'past_end', end, revisedEnd: action.revisedEnd !== null, monthsLate: monthsBetween(end, month) });
}

function dueNotStarted(action: RatingEvidence, month: Month, settings: RatingSettings): RatingFinding | null {
  const end = currentEnd(action);
  if (action.status !== 'not_started' || end === null || end < month || end > addMonths(month, settings.soonMonths)) return null;
  return finding('red', { rule: 'due_not_started', end });
}

function endSlipped(action: RatingEvidence, settings: RatingSettings): RatingFinding | null {
  if (action.endOpen || action.end === null || action.revisedEnd === null) return null;
  const slip = monthsBetween(action.end, action.revisedEnd);
  if (slip < settings.slipAmberMonths) return null;
  return finding(slip >= settings.slipRedMonths ? 'red' : 'amber', { rule: 'end_slipped', plannedEnd: action.end, revisedEnd: action.revisedEnd, months: slip });
}

function indicatorsBehind(action: RatingEvidence, settings: RatingSettings): RatingFinding[] {
  const end = currentEnd(action);
  const findings: RatingFinding[] = [];
  for (const indicator of action.indicators) {
    const path = trajectoryOf({ ...indicator, start: action.start, end });
    if (path === null || path.behindPoints < settings.behindAmberPoints) continue;
    findings.push(
      finding(path.behindPoints >= settings.behindRedPoints ? 'red' : 'amber', {
        rule: 'indicator_behind',
        indicator: indicator.name,
        month: path.month,
        progressPercent: Math.round(path.progress * 100),
        expectedPercent: Math.round(path.expected * 100),
        behindPoints: path.behindPoints,
      }),
    );
  }
  return findings;
}

function fundingNotCommitted(action: RatingEvidence, month: Month, settings: RatingSettings): RatingFinding | null {
  if (action.fundStatus !== 'not_committed' && action.fundStatus !== 'partially_committed') return null;
  if (action.status !== 'not_started' && action.status !== null) return null;
  if (action.start === null || action.start > addMonths(month, settings.soonMonths)) return null;
  return finding('amber', { rule: 'funding_not_committed', fund: action.fundStatus, start: action.start, started: action.start < month });
}

function supportNeeded(action: RatingEvidence): RatingFinding | null {
  if (action.supportNeeded.length === 0) return null;
  return finding('amber', { rule: 'support_needed', reported: action.supportNeeded });
}

/** The worst colour of the findings: red over amber over green. */
function worstOf(findings: readonly RatingFinding[]): 'green' | 'amber' | 'red' {
  if (findings.some((f) => f.colour === 'red')) return 'red';
  return findings.length > 0 ? 'amber' : 'green';
}

export function rateAction(action: RatingEvidence, settings: RatingSettings, month: Month): RatingOutcome {
  if (action.status === 'completed') return { rating: 'completed', findings: [] };
  if (action.status === 'dropped') return { rating: 'not_rated', findings: [] };
  const findings = [
    pastEnd(action, month),
    dueNotStarted(action, month, settings),
    endSlipped(action, settings),
    ...indicatorsBehind(action, settings),
    fundingNotCommitted(action, month, settings),
    supportNeeded(action),
  ].filter((finding): finding is RatingFinding => finding !== null);
  // Without a timeline or a status there is nothing to hold the action against: say so rather than call it green.
  const nothingToJudge = action.start === null && action.end === null && !action.endOpen && action.status === null;
  if (findings.length === 0 && nothingToJudge) return { rating: 'not_rated', findings };
  return { rating: worstOf(findings), findings };
}
