// An action's delivery rating on paper: its word, a shape (never colour alone), the trend since the compared
// meeting (↑ better, ↓ worse, → unchanged). The reasons are in the model (ratings.byAction) but not printed yet:
// a line of them under each rated action pushed the 10,000-action pack past its time limit.
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

