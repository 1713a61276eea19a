// A delivery rating's marks: its shape (■ red, ▲ amber, ● green, ✓ completed, ○ not rated: told apart in black and
// white), a square tag with the shape and the word, and count chips. Colours are the rating tokens (rating.css).
import type { ActionRating, DeliveryRating, RatingCounts } from '../../../shared/domain';
import { DELIVERY_RATINGS } from '../../../shared/vocab/ratings';
import { formatNumber, text } from '../language/language';
import { ratingLabel } from './rating-view';
import './rating.css';

// A table rather than a switch: the style check reads a string 'red' as a colour written out.
const SHAPES: Readonly<Record<DeliveryRating, React.ReactNode>> = {
  red: <rect x="1.5" y="1.5" width="9" height="9" rx="0.8" fill="currentColor" />,
  amber: <path d="M6 1.2 11 10.4H1z" fill="currentColor" strokeLinejoin="round" />,
  green: <circle cx="6" cy="6" r="4.8" fill="currentColor" />,
  completed: <path d="M2.2 6.4 4.9 9l5-5.8" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />,
  not_rated: <circle cx="6" cy="6" r="4.3" fill="none" stroke="currentColor" strokeWidth="1.5" />,
};

/** The shape of a rating, 12 px, in the rating's mark colour (currentColor). */
export function RatingShape({ rating, size = 12 }: { rating: DeliveryRating; size?: number }) {
  return (
    <svg className="rating-shape" width={size} height={size} viewBox="0 0 12 12" aria-hidden="true">
      {SHAPES[rating]}
    </svg>
  );
}

/** "■ Red": the rating's shape and word in a square tag. */
export function RatingTag({ rating, title }: { rating: DeliveryRating; title?: string }) {
  return (
    <span className={`rating-tag rating--${rating}`} title={title}>
      <RatingShape rating={rating} />
      {ratingLabel(rating)}
    </span>
  );
}

/** The rating an action shows, and beside an override the computed one: "■ Red (computed: amber)". */
export function ActionRatingTag({ rating, title }: { rating: ActionRating; title?: string }) {
  return (
    <span className="rating-with-computed" title={title}>
      <RatingTag rating={rating.rating} />
      {rating.override && <span className="rating-computed">{text()['rating.computed'](ratingLabel(rating.computed))}</span>}
    </span>
  );
}

/** "3 ■ Red · 5 ▲ Amber …": one chip per rating, those with no action left out unless `all`. */
export function RatingCountChips({ counts, all = false }: { counts: RatingCounts; all?: boolean }) {
  const shown = DELIVERY_RATINGS.filter((r) => all || counts[r] > 0);
  if (shown.length === 0) return <span className="rating-chips rating-chips--empty">{text()['status.noActions']}</span>;
  return (
    <span className="rating-chips">
      {shown.map((rating) => (
        <span key={rating} className={`rating-chip rating--${rating}`}>
          <RatingShape rating={rating} size={10} />
          <span className="rating-chip__n">{formatNumber(counts[rating])}</span> {ratingLabel(rating)}
        </span>
      ))}
    </span>
  );
}
