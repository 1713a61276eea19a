// An action's delivery rating on paper: its word, a shape (never colour alone), the trend since the compared
// meeting (↑ better, ↓ worse, → unchanged) and the rules' reasons or the analyst's.
import type { DeliveryRating, ReportModel } from '../../../../shared/domain';
import { trendOf } from '../../../../shared/rating-trend';

const WORDS: Readonly<Record<DeliveryRating, string>> = { red: 'Red', amber: 'Amber', green: 'Green', completed: 'Completed', not_rated: 'Not rated' };
const SHAPES: Readonly<Record<DeliveryRating, string>> = { red: '■', amber: '▲', green: '●', completed: '✓', not_rated: '–' };
export function RatingMark({ model, actionId }: { model: ReportModel; actionId: string }) {
  const rated = model.ratings.byAction[actionId];
  if (!rated) return null;
  const trend = trendOf(rated.before, rated.rating);
  return (
    <span className={`rp-rating rp-rating--${rated.rating}`}>
      <b>
        {SHAPES[rated.rating]} {WORDS[rated.rating]}
        {rated.override && rated.computed !== rated.rating ? ` (computed: ${WORDS[rated.computed].toLowerCase()})` : ''}
        {trend && ` ${trend}`}
      </b>
      {trend && rated.before && <span className="rp-wording">was {WORDS[rated.before].toLowerCase()} at {model.ratings.comparedWith}</span>}
    </span>
  );
}

/** Why an action has its rating, in one line: the analyst's reason for an override, else the rules'; null if none. */
export function ratingReasons(model: ReportModel, actionId: string): string | null {
  const rated = model.ratings.byAction[actionId];
  if (!rated) return null;
  const why = rated.override ? [`${rated.override.reason} (${rated.override.setBy})`] : rated.reasons;
  return why.length > 0 ? `${WORDS[rated.rating]}: ${why.join('; ')}` : null;
}
