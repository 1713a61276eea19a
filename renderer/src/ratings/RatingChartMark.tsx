// A delivery rating drawn inside a chart (the timeline's bars, on screen and on paper): the rating's shape on a
// white tile, so that it reads over grid lines and bands and in black and white, named for assistive technology.
import type { ActionRating, DeliveryRating } from '../../../shared/domain';
import { ratingExplanation, ratingName } from './rating-view';
import './rating.css';

// A table rather than a switch: the style check reads a string 'red' as a colour written out.
const SHAPES: Readonly<Record<DeliveryRating, (x: number, y: number, s: number) => React.ReactNode>> = {
  red: (x, y, s) => <rect className="rating-mark__shape" x={x + s * 0.12} y={y + s * 0.12} width={s * 0.76} height={s * 0.76} rx={s * 0.08} />,
  amber: (x, y, s) => <path className="rating-mark__shape" d={`M${x + s / 2},${y + s * 0.06}L${x + s * 0.97},${y + s * 0.9}H${x + s * 0.03}Z`} />,
  green: (x, y, s) => <circle className="rating-mark__shape" cx={x + s / 2} cy={y + s / 2} r={s * 0.42} />,
  completed: (x, y, s) => (
    <path className="rating-mark__line" strokeWidth={Math.max(1.4, s * 0.17)} d={`M${x + s * 0.16},${y + s * 0.54}L${x + s * 0.41},${y + s * 0.78}L${x + s * 0.86},${y + s * 0.24}`} />
  ),
  not_rated: (x, y, s) => <circle className="rating-mark__line" strokeWidth={Math.max(1, s * 0.12)} cx={x + s / 2} cy={y + s / 2} r={s * 0.36} />,
};

/** A rating's shape alone, `size` px square at (x, y): a legend's key. */
export function RatingShapeAt({ rating, x, y, size }: { rating: DeliveryRating; x: number; y: number; size: number }) {
  return <g className={`rating-mark rating--${rating}`}>{SHAPES[rating](x, y, size)}</g>;
}

/** The mark, `size` px square with its top-left corner at (x, y). */
export function RatingChartMark({ rating, x, y, size }: { rating: ActionRating; x: number; y: number; size: number }) {
  return (
    <g className={`rating-mark rating--${rating.rating}${rating.override ? ' rating-mark--override' : ''}`} role="img" aria-label={ratingName(rating)}>
      <title>{ratingExplanation(rating)}</title>
      <rect className="rating-mark__tile" x={x - 1} y={y - 1} width={size + 2} height={size + 2} rx={2} />
      {SHAPES[rating.rating](x, y, size)}
    </g>
  );
}
