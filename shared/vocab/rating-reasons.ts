// Why a rule rated an action amber or red, worded in a language from the facts it found: the core words each finding
// in English as it rates (the pack, the workbook and the command line read that), and the window words it again in
// the language shown, from the same sentences of the catalogue (shared/language/words/ratings.ts).
import type { RatingFacts } from '../domain';
import type { Catalogue } from '../language/english';
import { formatMonth } from '../months';

/** Longest a reported "support needed" is quoted before it is cut. */
const QUOTED_LENGTH = 120;

/**
 * The reason in `words`, its numbers written by `number`: the core passes English and String (it words every finding
 * of every action as it rates, and Intl's formatting costs ~0.1 ms a call), the window its catalogue and formatNumber.
 */
export function ratingReason(facts: RatingFacts, words: Catalogue, number: (value: number) => string): string {
  switch (facts.rule) {
    case 'past_end':
      return words[facts.revisedEnd ? 'ratings.reason.pastRevisedEnd' : 'ratings.reason.pastEnd'](formatMonth(facts.end), facts.monthsLate, number(facts.monthsLate));
    case 'due_not_started':
      return words['ratings.reason.dueNotStarted'](formatMonth(facts.end));
    case 'end_slipped':
      return words['ratings.reason.endSlipped'](facts.months, number(facts.months), formatMonth(facts.revisedEnd), formatMonth(facts.plannedEnd));
    case 'indicator_behind':
      return words['ratings.reason.indicatorBehind'](
        facts.indicator,
        number(facts.progressPercent),
        formatMonth(facts.month),
        number(facts.expectedPercent),
        facts.behindPoints,
        number(facts.behindPoints),
      );
    case 'funding_not_committed': {
      const start = formatMonth(facts.start);
      if (facts.fund === 'not_committed') return words[facts.started ? 'ratings.reason.notCommittedWasToStart' : 'ratings.reason.notCommittedStartsBy'](start);
      return words[facts.started ? 'ratings.reason.partlyCommittedWasToStart' : 'ratings.reason.partlyCommittedStartsBy'](start);
    }
    case 'support_needed': {
      const quoted = facts.reported.map((text) => `"${text.length > QUOTED_LENGTH ? `${text.slice(0, QUOTED_LENGTH - 1)}…` : text}"`);
      return words['ratings.reason.supportNeeded'](quoted.join('; '));
    }
  }
}
