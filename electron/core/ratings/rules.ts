// The rules that rate an action's delivery from its evidence: pure functions of the action, its indicators' latest
// actuals, what its lead agency reported for the period, the plan's thresholds and the month it is rated at.
// Each rule that finds something gives amber or red with its reason in words; the action takes the worst of them,
// green when none found anything, "completed" when it is done, and "not rated" when there is nothing to judge.
import type { DeliveryRating, IndicatorKind, RatingFinding, RatingSettings } from '../../../shared/domain';
import { addMonths, formatMonth, monthsBetween, type Month } from '../../../shared/months';
import { trajectoryOf } from '../../../shared/trajectory';
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

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function currentEnd(action: RatingEvidence): Month | null {
  return action.endOpen ? null : (action.revisedEnd ?? action.end);
}

function pastEnd(action: RatingEvidence, month: Month): RatingFinding | null {
  const end = currentEnd(action);
  if (end === null || end >= month) return null;
  const which = action.revisedEnd ? 'revised end' : 'end';
  const late = monthsBetween(end, month);
  return { rule: 'past_end', colour: 'red', reason: `Past its ${which} (${formatMonth(end)}) by ${plural(late, 'month')} and not completed` };
}

function dueNotStarted(action: RatingEvidence, month: Month, settings: RatingSettings): RatingFinding | null {
  const end = currentEnd(action);
  if (action.status !== 'not_started' || end === null || end < month || end > addMonths(month, settings.soonMonths)) return null;
  return { rule: 'due_not_started', colour: 'red', reason: `Due by ${formatMonth(end)} and not started` };
}

function endSlipped(action: RatingEvidence, settings: RatingSettings): RatingFinding | null {
  if (action.endOpen || action.end === null || action.revisedEnd === null) return null;
  const slip = monthsBetween(action.end, action.revisedEnd);
  if (slip < settings.slipAmberMonths) return null;
  return {
    rule: 'end_slipped',
    colour: slip >= settings.slipRedMonths ? 'red' : 'amber',
    reason: `End slipped ${plural(slip, 'month')}: revised to ${formatMonth(action.revisedEnd)} from the planned ${formatMonth(action.end)}`,
  };
}

function indicatorsBehind(action: RatingEvidence, settings: RatingSettings): RatingFinding[] {
  const end = currentEnd(action);
  const findings: RatingFinding[] = [];
  for (const indicator of action.indicators) {
    const path = trajectoryOf({ ...indicator, start: action.start, end });
    if (path === null || path.behindPoints < settings.behindAmberPoints) continue;
    findings.push({
      rule: 'indicator_behind',
      colour: path.behindPoints >= settings.behindRedPoints ? 'red' : 'amber',
      reason:
        `Indicator "${indicator.name}" is ${Math.round(path.progress * 100)}% of the way from baseline to target by ` +
        `${formatMonth(path.month)}, where a straight path would be at ${Math.round(path.expected * 100)}% ` +
        `(${plural(path.behindPoints, 'point')} behind)`,
    });
  }
  return findings;
}

function fundingNotCommitted(action: RatingEvidence, month: Month, settings: RatingSettings): RatingFinding | null {
  if (action.fundStatus !== 'not_committed' && action.fundStatus !== 'partially_committed') return null;
  if (action.status !== 'not_started' && action.status !== null) return null;
  if (action.start === null || action.start > addMonths(month, settings.soonMonths)) return null;
  const words = action.fundStatus === 'not_committed' ? 'not committed' : 'only partially committed';
  const when = action.start < month ? `was to start in ${formatMonth(action.start)}` : `starts by ${formatMonth(action.start)}`;
  return { rule: 'funding_not_committed', colour: 'amber', reason: `Funding ${words}, and the action ${when}` };
}

function supportNeeded(action: RatingEvidence): RatingFinding | null {
  if (action.supportNeeded.length === 0) return null;
  const quoted = action.supportNeeded.map((text) => `"${text.length > 120 ? `${text.slice(0, 119)}…` : text}"`).join('; ');
  return { rule: 'support_needed', colour: 'amber', reason: `The lead agency reported support needed for the period: ${quoted}` };
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
