// The renderer's pure logic for delivery ratings: the words of a rating with its override, the lookup by action,
// the thresholds as typed, and refusals placed at their fields. The thresholds' table the
// dialog shows is checked against the core's own checks, so that its defaults and ranges cannot drift from them.
import { describe, expect, it } from 'vitest';
import type { ActionRating, PlanRatings } from '../../../../shared/domain';
import { AppError } from '../../../../shared/result';
import { DEFAULT_RATING_SETTINGS, RATING_THRESHOLDS } from '../../../../shared/vocab/ratings';
import { checkRatingSettings, DEFAULT_RATING_SETTINGS as CORE_DEFAULTS } from '../../../../electron/core/ratings/settings';
import { showLanguage } from '../../../../renderer/src/language/language';
import { draftsOf, fieldProblems, ratingExplanation, ratingName, ratingRank, ratingsByAction, ratingText, readDrafts } from '../../../../renderer/src/ratings/rating-view';

const computedAmber: ActionRating = {
  actionId: 'a1',
  rating: 'amber',
  computed: 'amber',
  findings: [
    { rule: 'end_slipped', colour: 'amber', plannedEnd: '2027-06', revisedEnd: '2027-09', months: 3, reason: 'End slipped 3 months: revised to Sep 2027 from the planned Jun 2027' },
  ],
  override: null,
};
const overriddenRed: ActionRating = {
  ...computedAmber,
  actionId: 'a2',
  rating: 'red',
  override: { id: 'o1', actionId: 'a2', periodId: 'p1', periodLabel: 'FY 2026-27 Q2', rating: 'red', reason: 'Ministry confirmed procurement failed', setBy: 'Karma Wangdi', setAt: '2026-12-06T10:00:00.000Z' },
};

describe('a rating in words', () => {
  it('gives the rating, and beside an override the computed one', () => {
    expect(ratingText(computedAmber)).toBe('Amber');
    expect(ratingText(overriddenRed)).toBe('Red (computed: amber)');
    expect(ratingText(undefined)).toBe('');
    expect(ratingName(overriddenRed)).toBe('Rating: Red (computed: amber)');
  });

  it('explains who overrode it, for which period and why, then each reason the rules found', () => {
    const lines = ratingExplanation(overriddenRed).split('\n');
    expect(lines[0]).toBe('Rating: Red (computed: amber)');
    expect(lines[1]).toMatch(/^Set by Karma Wangdi for FY 2026-27 Q2, .+: Ministry confirmed procurement failed$/);
    expect(lines[2]).toBe('• End slipped 3 months: revised to Sep 2027 from the planned Jun 2027');
    expect(ratingExplanation({ ...computedAmber, rating: 'completed', computed: 'completed', findings: [] })).toBe('Rating: Completed\nCompleted: nothing left to deliver');
  });

  it('words the rules’ reasons in the language shown, from their facts', () => {
    showLanguage('dz');
    try {
      // No Dzongkha for the reasons yet: their English, the numbers in Dzongkha digits; the rating's word in Dzongkha.
      expect(ratingExplanation(computedAmber).split('\n')).toEqual(['Rating: སེརཔོ', '• End slipped ༣ months: revised to Sep 2027 from the planned Jun 2027']);
    } finally {
      showLanguage('en');
    }
    expect(ratingExplanation(computedAmber).split('\n')[1]).toBe('• End slipped 3 months: revised to Sep 2027 from the planned Jun 2027');
  });

  it('ranks the grid’s rating cells worst first, in English and in Dzongkha', () => {
    const worstFirst = ['Red', 'Amber', 'Green', 'Completed', 'Not rated'];
    expect(['Green', 'Red (computed: amber)', 'Not rated', 'Completed', 'Amber', ''].sort((a, b) => ratingRank(a) - ratingRank(b))).toEqual([
      'Red (computed: amber)',
      'Amber',
      'Green',
      'Completed',
      'Not rated',
      '',
    ]);
    showLanguage('dz');
    try {
      const cells = [ratingText({ ...computedAmber, rating: 'green', computed: 'green' }), ratingText(overriddenRed), ratingText(computedAmber)];
      expect(cells.map(ratingRank)).toEqual([2, 0, 1]);
    } finally {
      showLanguage('en');
    }
    expect(worstFirst.map(ratingRank)).toEqual([0, 1, 2, 3, 4]);
  });

  it('finds each action’s rating by its id', () => {
    const plan = { actions: [computedAmber, overriddenRed] } as unknown as PlanRatings;
    const byAction = ratingsByAction(plan);
    expect(byAction.get('a2')).toBe(overriddenRed);
    expect(byAction.get('missing')).toBeUndefined();
    expect(ratingsByAction(undefined).size).toBe(0);
  });
});

describe('the thresholds of the rules dialog', () => {
  it('has the core’s defaults and exactly the core’s ranges', () => {
    expect(DEFAULT_RATING_SETTINGS).toEqual(CORE_DEFAULTS);
    expect(checkRatingSettings(DEFAULT_RATING_SETTINGS)).toEqual(DEFAULT_RATING_SETTINGS);
    for (const threshold of RATING_THRESHOLDS) {
      // Red thresholds are checked against amber's: set both together so that only the range is tried.
      const pair = threshold.key === 'slipAmberMonths' || threshold.key === 'slipRedMonths' ? ['slipAmberMonths', 'slipRedMonths'] : threshold.key === 'behindAmberPoints' || threshold.key === 'behindRedPoints' ? ['behindAmberPoints', 'behindRedPoints'] : [threshold.key];
      const at = (value: number) => ({ ...DEFAULT_RATING_SETTINGS, ...Object.fromEntries(pair.map((k) => [k, value])) });
      expect(() => checkRatingSettings(at(threshold.min)), `${threshold.key} at ${threshold.min}`).not.toThrow();
      expect(() => checkRatingSettings(at(threshold.max)), `${threshold.key} at ${threshold.max}`).not.toThrow();
      expect(() => checkRatingSettings(at(threshold.min - 1)), `${threshold.key} below ${threshold.min}`).toThrow(AppError);
      expect(() => checkRatingSettings(at(threshold.max + 1)), `${threshold.key} above ${threshold.max}`).toThrow(AppError);
    }
  });

  it('reads the typed values as whole numbers, naming the fields that are not', () => {
    expect(readDrafts(draftsOf(DEFAULT_RATING_SETTINGS))).toEqual({ settings: DEFAULT_RATING_SETTINGS });
    expect(readDrafts({ ...draftsOf(DEFAULT_RATING_SETTINGS), soonMonths: ' 13 ' })).toEqual({ settings: { ...DEFAULT_RATING_SETTINGS, soonMonths: 13 } });
    expect(readDrafts({ ...draftsOf(DEFAULT_RATING_SETTINGS), soonMonths: '2.5', rollupSharePercent: '' })).toEqual({
      problems: { soonMonths: '“2.5” is not a whole number', rollupSharePercent: 'Write the roll-up share as a whole number' },
    });
  });
});

describe('refusals at their fields', () => {
  it('places the contract’s refusals by path and the core’s by field', () => {
    const contract = new AppError('invalid_input', 'Invalid input for ratings:setSettings: soonMonths: the months counted as soon must be at most 12', [
      { path: 'soonMonths', message: 'the months counted as soon must be at most 12' },
    ]);
    expect(fieldProblems(contract, ['soonMonths', 'slipRedMonths'])).toEqual({ fields: { soonMonths: 'The months counted as soon must be at most 12' }, other: null });
    const core = new AppError('invalid_input', 'The slip for red (2 months) cannot be less than the slip for amber (3)', { field: 'slipRedMonths' });
    expect(fieldProblems(core, ['soonMonths', 'slipRedMonths'])).toEqual({ fields: { slipRedMonths: 'The slip for red (2 months) cannot be less than the slip for amber (3)' }, other: null });
  });

  it('leaves what names no field of the form to the form itself', () => {
    expect(fieldProblems(new AppError('not_found', 'No action with id x in this workspace', { field: 'actionId' }), ['rating', 'reason'])).toEqual({ fields: {}, other: 'No action with id x in this workspace' });
    expect(fieldProblems(new Error('The harness does not answer'), ['reason'])).toEqual({ fields: {}, other: 'The harness does not answer' });
  });
});
