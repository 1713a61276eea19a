// An action's delivery rating on paper: its shape and word (never colour alone) and the trend since the compared
// meeting (↑ better, ↓ worse, → the same), on one line, so that it never makes a row taller. The analyst's word is
// marked "(analyst)"; the computed rating and the reason are in the section "Delivery ratings".
import type { DeliveryRating, ReportModel } from '../../../../shared/domain';
import { trendOf } from '../../../../shared/rating-trend';
import { DELIVERY_RATINGS, RATING_SHAPES } from '../../../../shared/vocab/ratings';
import { text } from '../../language/language';

/** A rating's name in the language shown. */
export function ratingLabel(rating: DeliveryRating): string {
  return text()[`rating.${rating}`];
}

export function RatingWord({ rating }: { rating: DeliveryRating }) {
  return (
    <span className={`rp-rating rp-rating--${rating}`}>
      <span className="rp-rating__shape" aria-hidden="true">
        {RATING_SHAPES[rating]}
      </span>
      {ratingLabel(rating)}
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
      {overridden && <span className="rp-wording">{text()['print.rating.analystComputed'](ratingLabel(rated.computed))}</span>}
    </span>
  );
}

/** The key to ratings and trends, said once where they first print. */
export function RatingLegend({ model }: { model: ReportModel }) {
  const ratings = DELIVERY_RATINGS;
  const t = text();
  return (
    <p className="rp-legend rp-legend--ratings">
      <span>{t['print.rating.legend']}</span>
      {ratings.map((r) => (
        <span key={r}>
          <RatingWord rating={r} />
        </span>
      ))}
      {model.ratings.comparedWith ? (
        <span>
          {t['print.rating.trendSince'](model.ratings.comparedWith)} <b>↑</b> {t['print.rating.better']} · <b>↓</b> {t['print.rating.worse']} · <b>→</b> {t['print.rating.same']}
        </span>
      ) : (
        <span>{t['print.rating.noTrend']}</span>
      )}
    </p>
  );
}
