// The English words of the ratings view (renderer/src/ratings); keys start with "ratings.".
import type { Words } from './message';

export const RATINGS_WORDS = {
  // A rating in a tooltip or an accessible name (rating-view.ts).
  'ratings.notWorkedOut': 'Rating not worked out yet',
  'ratings.ratingIs': (rating: string) => `Rating: ${rating}`,
  'ratings.overrideSet': (who: string, period: string, when: string, reason: string) => `Set by ${who} for ${period}, ${when}: ${reason}`,
  'ratings.unnamedUser': 'an unnamed user',
  // Why a computed rating came out as it did when no rule found anything.
  'ratings.noFindings': 'No rule found anything to flag',
  'ratings.nothingToDeliver': 'Completed: nothing left to deliver',
  'ratings.nothingToJudge': 'Dropped, or with neither a timeline nor a status to judge it by',

  // "Rating rules" (RatingRulesDialog.tsx): each threshold's name and meaning, by its key in RatingSettings.
  'ratings.rulesTitle': 'Rating rules',
  'ratings.openRules': 'Rating rules…',
  'ratings.rulesHint': 'The thresholds the delivery ratings of this plan are worked out with. Each change is kept in the history and can be undone.',
  'ratings.saveRules': 'Save the rules',
  'ratings.saving': 'Saving…',
  'ratings.soonMonths.label': 'Soon',
  'ratings.soonMonths.meaning': 'An end or a start within this many months counts as soon: due soon and not started is red; funding not committed for an action starting soon is amber.',
  'ratings.slipAmberMonths.label': 'Slip for amber',
  'ratings.slipAmberMonths.meaning': 'A revised end at least this many months after the planned end makes the action amber.',
  'ratings.slipRedMonths.label': 'Slip for red',
  'ratings.slipRedMonths.meaning': 'A revised end at least this many months after the planned end makes the action red. Not below the slip for amber.',
  'ratings.behindAmberPoints.label': 'Behind for amber',
  'ratings.behindAmberPoints.meaning': 'An indicator at least this many percentage points behind the straight path from its baseline to its target makes the action amber.',
  'ratings.behindRedPoints.label': 'Behind for red',
  'ratings.behindRedPoints.meaning': 'An indicator at least this many points behind its straight path makes the action red. Not below the points for amber.',
  'ratings.rollupSharePercent.label': 'Roll-up share',
  'ratings.rollupSharePercent.meaning': 'A chapter, statement, agency or the plan is red when at least this share of its rated actions is red, and amber when red and amber together reach it.',
  // A threshold's unit beside its field, and an amount of it ("3 months", "1 month", "25%"): the number decides the
  // word, `shown` is the number as the language writes it.
  'ratings.unit.months': 'months',
  'ratings.unit.points': 'points',
  'ratings.unit.%': '%',
  'ratings.amount.months': (count: number, shown: string) => `${shown} ${count === 1 ? 'month' : 'months'}`,
  'ratings.amount.points': (count: number, shown: string) => `${shown} ${count === 1 ? 'point' : 'points'}`,
  'ratings.amount.%': (count: number, shown: string) => `${shown}%`,
  'ratings.defaultRange': (amount: string, min: string, max: string) => `Default ${amount}; ${min} to ${max}.`,
  'ratings.putBackDefaults': 'Put back the defaults',
  'ratings.writeWholeNumber': (label: string) => `Write the ${label.toLowerCase()} as a whole number`,
  'ratings.notWholeNumber': (typed: string) => `“${typed}” is not a whole number`,
  'ratings.notSavedWholeNumbers': 'Nothing was saved: write each threshold as a whole number.',
  'ratings.notSavedSeeMarked': 'Nothing was saved: see the threshold marked above.',
  'ratings.rulesUnreadable': (problem: string) => `The rules could not be read: ${problem}`,

  // An action's rating in the detail panel (RatingSection.tsx), and its override form.
  'ratings.deliveryRating': 'Delivery rating',
  'ratings.workingOut': 'Working out the rating…',
  'ratings.overrideSetBy': (who: string, period: string) => `Override set by ${who} for ${period}`,
  'ratings.computedFromEvidence': 'Computed from the evidence',
  'ratings.why': 'Why',
  'ratings.override': 'Override…',
  'ratings.changeOverride': 'Change the override…',
  'ratings.clearOverride': 'Clear override',
  'ratings.clearing': 'Clearing…',
  'ratings.noPeriod': 'No reporting period holds this month: an override is set for a period, so none can be set now.',
  'ratings.overrideTitle': (period: string) => `Override the rating for ${period}`,
  'ratings.changeOverrideTitle': (period: string) => `Change the override for ${period}`,
  'ratings.rating': 'Rating',
  'ratings.required': '(required)',
  'ratings.reasonPlaceholder': 'Why the rating differs from the computed one',
  'ratings.reasonHint': (period: string) => `Shown beside the rating in the grid and the pack. It holds for ${period} only.`,
  'ratings.saveOverride': 'Save override',

  // Why a rule rated an action amber or red (shared/vocab/rating-reasons.ts): each reason a whole sentence of the
  // figures it names, months as the plan writes them ("Jun 2026"); `shown` is a number as the language writes it.
  'ratings.reason.pastEnd': (end: string, months: number, shown: string) => `Past its end (${end}) by ${shown} ${months === 1 ? 'month' : 'months'} and not completed`,
  'ratings.reason.pastRevisedEnd': (end: string, months: number, shown: string) =>
    `Past its revised end (${end}) by ${shown} ${months === 1 ? 'month' : 'months'} and not completed`,
  'ratings.reason.dueNotStarted': (end: string) => `Due by ${end} and not started`,
  'ratings.reason.endSlipped': (months: number, shown: string, revisedEnd: string, plannedEnd: string) =>
    `End slipped ${shown} ${months === 1 ? 'month' : 'months'}: revised to ${revisedEnd} from the planned ${plannedEnd}`,
  'ratings.reason.indicatorBehind': (indicator: string, progress: string, month: string, expected: string, points: number, shown: string) =>
    `Indicator "${indicator}" is ${progress}% of the way from baseline to target by ${month}, where a straight path would be at ${expected}% (${shown} ${points === 1 ? 'point' : 'points'} behind)`,
  'ratings.reason.notCommittedStartsBy': (start: string) => `Funding not committed, and the action starts by ${start}`,
  'ratings.reason.notCommittedWasToStart': (start: string) => `Funding not committed, and the action was to start in ${start}`,
  'ratings.reason.partlyCommittedStartsBy': (start: string) => `Funding only partially committed, and the action starts by ${start}`,
  'ratings.reason.partlyCommittedWasToStart': (start: string) => `Funding only partially committed, and the action was to start in ${start}`,
  'ratings.reason.supportNeeded': (reported: string) => `The lead agency reported support needed for the period: ${reported}`,

  // Ratings rolled up on the Overview (RatingSummary.tsx).
  'ratings.byRating': 'Actions by delivery rating',
  'ratings.deliveryRatings': 'Delivery ratings',
  'ratings.overall': 'Overall',
  'ratings.overallMeaning': (share: string) =>
    `Red when at least ${share}% of the rated actions (red, amber, green) are red; amber when red and amber together reach ${share}%; green otherwise.`,
  'ratings.workingOutAll': 'Working out the ratings…',
} satisfies Words;
