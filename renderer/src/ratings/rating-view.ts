// Delivery ratings as the views tell them: the rating of an action found in O(1) by its id (the grid and the
// timeline look one up per row), the words of a rating with its override, and the refusals of the rules dialog
// placed at their fields. Pure functions, tested in tests/unit/renderer/ratings.
import type { ActionRating, DeliveryRating, PlanRatings, RatingFinding, RatingSettings } from '../../../shared/domain';
import { AppError } from '../../../shared/result';
import { ratingReason } from '../../../shared/vocab/rating-reasons';
import { DELIVERY_RATINGS, RATING_THRESHOLDS } from '../../../shared/vocab/ratings';
import { formatNumber, text } from '../language/language';
import { formatDateTime } from '../ui/format';

/** The rating's name in the language shown ("Red"). */
export function ratingLabel(rating: DeliveryRating): string {
  return text()[`rating.${rating}`];
}

export type RatingLookup = (actionId: string) => ActionRating | undefined;

export const NO_RATINGS: ReadonlyMap<string, ActionRating> = new Map();

export function ratingsByAction(ratings: PlanRatings | undefined): ReadonlyMap<string, ActionRating> {
  return ratings ? new Map(ratings.actions.map((a) => [a.actionId, a])) : NO_RATINGS;
}

/** "Red (computed: amber)" for an override, "Amber" otherwise: the grid's cell, its export and its copy. */
export function ratingText(rating: ActionRating | undefined): string {
  if (!rating) return '';
  const shown = ratingLabel(rating.rating);
  return rating.override ? `${shown} ${text()['rating.computed'](ratingLabel(rating.computed))}` : shown;
}

/** A rating cell's text (ratingText) ranked worst first, as a committee reads them: red, amber, green, completed, not rated. */
export function ratingRank(cell: string): number {
  const index = DELIVERY_RATINGS.findIndex((r) => cell.startsWith(ratingLabel(r)));
  return index === -1 ? DELIVERY_RATINGS.length : index;
}

/** Why a rule rated the action as it did, in the language shown (the core's `reason` is the English of it). */
export function findingReason(finding: RatingFinding): string {
  return ratingReason(finding, text(), formatNumber);
}

/** Why a computed rating came out as it did when no rule found anything. */
export function withoutFindings(computed: DeliveryRating): string {
  if (computed === 'completed') return text()['ratings.nothingToDeliver'];
  if (computed === 'not_rated') return text()['ratings.nothingToJudge'];
  return text()['ratings.noFindings'];
}

/** The rating and why, in a few lines: a cell's or a bar's tooltip. */
export function ratingExplanation(rating: ActionRating | undefined): string {
  if (!rating) return text()['ratings.notWorkedOut'];
  const lines = [text()['ratings.ratingIs'](ratingText(rating))];
  const { override } = rating;
  if (override) lines.push(text()['ratings.overrideSet'](override.setBy || text()['ratings.unnamedUser'], override.periodLabel, formatDateTime(override.setAt), override.reason));
  if (rating.findings.length > 0) lines.push(...rating.findings.map((f) => `• ${findingReason(f)}`));
  else lines.push(withoutFindings(rating.computed));
  return lines.join('\n');
}

/** The accessible name of a rating mark (the timeline's bars). */
export function ratingName(rating: ActionRating | undefined): string {
  return rating ? text()['ratings.ratingIs'](ratingText(rating)) : text()['ratings.notWorkedOut'];
}

/** A threshold's name in the language shown ("Soon"). */
export function thresholdLabel(key: keyof RatingSettings): string {
  return text()[`ratings.${key}.label`];
}

export type ThresholdDrafts = Readonly<Record<keyof RatingSettings, string>>;

export function draftsOf(settings: RatingSettings): ThresholdDrafts {
  return Object.fromEntries(RATING_THRESHOLDS.map((t) => [t.key, String(settings[t.key])])) as unknown as ThresholdDrafts;
}

/** The typed thresholds as numbers, or the fields that are not whole numbers (ranges are the core's to check). */
export function readDrafts(drafts: ThresholdDrafts): { readonly settings: RatingSettings } | { readonly problems: Partial<Record<keyof RatingSettings, string>> } {
  const problems: Partial<Record<keyof RatingSettings, string>> = {};
  const values: Partial<Record<keyof RatingSettings, number>> = {};
  for (const threshold of RATING_THRESHOLDS) {
    const typed = drafts[threshold.key].trim();
    if (!/^-?\d+$/.test(typed)) problems[threshold.key] = typed === '' ? text()['ratings.writeWholeNumber'](thresholdLabel(threshold.key)) : text()['ratings.notWholeNumber'](typed);
    else values[threshold.key] = Number(typed);
  }
  return Object.keys(problems).length > 0 ? { problems } : { settings: values as RatingSettings };
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A refusal placed at the fields it names: the contract's checks name them by path (details [{ path, message }]),
 * the core's by { field }. What names no field of the form is `other`, for the form's own message.
 */
export function fieldProblems<K extends string>(error: unknown, keys: readonly K[]): { readonly fields: Partial<Record<K, string>>; readonly other: string | null } {
  const known = new Set<string>(keys);
  const fields: Partial<Record<K, string>> = {};
  if (error instanceof AppError) {
    const details = error.details;
    if (Array.isArray(details)) {
      for (const detail of details as { path?: unknown; message?: unknown }[]) {
        if (typeof detail.path === 'string' && known.has(detail.path) && typeof detail.message === 'string') fields[detail.path as K] ??= capitalised(detail.message);
      }
    } else if (details && typeof details === 'object' && 'field' in details && typeof details.field === 'string' && known.has(details.field)) {
      fields[details.field as K] = capitalised(error.message);
    }
  }
  if (Object.keys(fields).length > 0) return { fields, other: null };
  return { fields, other: error instanceof Error ? error.message : String(error) };
}
