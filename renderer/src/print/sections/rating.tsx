// An action's delivery rating on paper: its shape and word (never colour alone) and the trend since the compared
// meeting (↑ better, ↓ worse, → the same), on one line, so that it never makes a row taller. The analyst's word is
// marked "(analyst)"; the computed rating and the reason are in the section "Delivery ratings".
import type { DeliveryRating, ReportModel } from '../../../../shared/domain';
import { trendOf } from '../../../../shared/rating-trend';
import { DELIVERY_RATINGS, RATING_LABELS, RATING_SHAPES } from '../../../../shared/vocab/ratings';

export function RatingWord({ rating }: { rating: DeliveryRating }) {
  return (
    <span className={`rp-rating rp-rating--${rating}`}>
      <span className="rp-rating__shape" aria-hidden="true">
        {RATING_SHAPES[rating]}
      </span>
      {RATING_LABELS[rating]}
    </span>
  );
}

export function RatingMark({ model, actionId }: { model: ReportModel; actionId: string }) {
  const rated = model.ratings.byAction[actionId];
  if (!rated) return null;
  const trend = trendOf(rated.before, rated.rating);
  const overridden = rated.override !== null && rated.computed !== rated.rating;
  return (
    <span className="rp-rating-cell">
      <RatingWord rating={rated.rating} />
      {trend && <span className="rp-trend">{trend}</span>}
      {overridden && <span className="rp-wording">analyst; computed {RATING_LABELS[rated.computed].toLowerCase()}</span>}
    </span>
  );
}

/** The key to ratings and trends, said once where they first print. */
export function RatingLegend({ model }: { model: ReportModel }) {
  const ratings = DELIVERY_RATINGS;
  return (
    <p className="rp-legend rp-legend--ratings">
      <span>Delivery rating:</span>
      {ratings.map((r) => (
        <span key={r}>
          <RatingWord rating={r} />
        </span>
      ))}
      {model.ratings.comparedWith ? (
        <span>
          Trend since “{model.ratings.comparedWith}”: <b>↑</b> better · <b>↓</b> worse · <b>→</b> the same
        </span>
      ) : (
        <span>No trend: the pack compares with no earlier meeting.</span>
      )}
    </p>
  );
}
