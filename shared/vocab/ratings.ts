// The words and shapes of delivery ratings. A rating is always told by its word and its shape, never by colour alone
// (print in grey, colour-blind readers): ● green, ▲ amber, ■ red, ✓ completed, ○ not rated.
import type { DeliveryRating, RatingColour, RatingRule, RatingSettings } from '../domain';

export const DELIVERY_RATINGS: readonly DeliveryRating[] = ['red', 'amber', 'green', 'completed', 'not_rated'];
export const RATING_COLOURS: readonly RatingColour[] = ['red', 'amber', 'green'];

export const RATING_LABELS: Readonly<Record<DeliveryRating, string>> = {
  green: 'Green',
  amber: 'Amber',
  red: 'Red',
  completed: 'Completed',
  not_rated: 'Not rated',
};

export const RATING_SHAPES: Readonly<Record<DeliveryRating, string>> = {
  green: '●',
  amber: '▲',
  red: '■',
  completed: '✓',
  not_rated: '○',
};

export const RATING_RULE_LABELS: Readonly<Record<RatingRule, string>> = {
  past_end: 'Past its end',
  due_not_started: 'Due soon, not started',
  end_slipped: 'End slipped',
  indicator_behind: 'Indicator behind',
  funding_not_committed: 'Funding not committed',
  support_needed: 'Support needed',
};

/** How bad a rating is, for worst-of and for trends: higher is worse; completed and not rated are not on the scale. */
export const RATING_SEVERITY: Readonly<Record<DeliveryRating, number | null>> = { green: 0, amber: 1, red: 2, completed: null, not_rated: null };

/** "Red (computed: amber) — ministry confirmed procurement failed", or just "Amber" when nobody overrode it. */
export function ratingWords(rating: { readonly rating: DeliveryRating; readonly computed: DeliveryRating; readonly override: { readonly reason: string } | null }): string {
  if (!rating.override) return RATING_LABELS[rating.rating];
  return `${RATING_LABELS[rating.rating]} (computed: ${RATING_LABELS[rating.computed].toLowerCase()}) — ${rating.override.reason}`;
}

/** The trend between two ratings: ↑ better, ↓ worse, → the same; '' where either is off the scale and they differ. */
export function ratingTrend(before: DeliveryRating | null, after: DeliveryRating): '↑' | '↓' | '→' | '' {
  if (before === after) return '→';
  if (before === null) return '';
  if (after === 'completed') return '↑';
  const was = RATING_SEVERITY[before];
  const now = RATING_SEVERITY[after];
  if (was === null || now === null) return '';
  return now < was ? '↑' : '↓';
}

/**
 * Each threshold of a plan's rating rules with its unit, its default and the whole numbers allowed (as the contract
 * and the core check them), in the order the README lists them. Their names and meanings are words of the catalogue
 * (shared/language/words/ratings.ts), found by the key.
 */
export const RATING_THRESHOLDS: readonly {
  readonly key: keyof RatingSettings;
  readonly unit: 'months' | 'points' | '%';
  readonly min: number;
  readonly max: number;
  readonly defaultValue: number;
}[] = [
  { key: 'soonMonths', unit: 'months', min: 1, max: 12, defaultValue: 3 },
  { key: 'slipAmberMonths', unit: 'months', min: 1, max: 60, defaultValue: 1 },
  { key: 'slipRedMonths', unit: 'months', min: 1, max: 60, defaultValue: 6 },
  { key: 'behindAmberPoints', unit: 'points', min: 1, max: 100, defaultValue: 10 },
  { key: 'behindRedPoints', unit: 'points', min: 1, max: 100, defaultValue: 25 },
  { key: 'rollupSharePercent', unit: '%', min: 1, max: 100, defaultValue: 25 },
];

/** The thresholds of a plan that never changed them. */
export const DEFAULT_RATING_SETTINGS: RatingSettings = Object.fromEntries(RATING_THRESHOLDS.map((t) => [t.key, t.defaultValue])) as unknown as RatingSettings;
