// Delivery ratings rolled up, for the Overview: the counts of a plan, chapter or statement by rating with its
// overall rating ("worst-of with a share", see the README), and a table of the chapters or statements under it.
// Every figure carries its rating's shape and word, so the counts read in black and white.
import type { DeliveryRating, RatingRollup } from '../../../shared/domain';
import { DELIVERY_RATINGS } from '../../../shared/vocab/ratings';
import { formatNumber, text } from '../language/language';
import { ratingLabel } from './rating-view';
import { RatingShape, RatingTag } from './RatingMark';
import './rating-summary.css';

export function RatingBreakdown({
  rollup,
  sharePercent,
  period,
  onOpenRules,
}: {
  rollup: RatingRollup | undefined;
  sharePercent: number | undefined;
  period: string | null;
  onOpenRules: () => void;
}) {
  return (
    <section className="breakdown rating-breakdown" aria-label={text()['ratings.byRating']}>
      <div className="rating-breakdown__head">
        <h3 className="rating-breakdown__title">
          {text()['ratings.deliveryRatings']}
          {period && <span className="rating-breakdown__period"> · {period}</span>}
        </h3>
        {rollup && sharePercent !== undefined && (
          <span className="rating-breakdown__overall" title={text()['ratings.overallMeaning'](formatNumber(sharePercent))}>
            {text()['ratings.overall']} <RatingTag rating={rollup.summary} />
          </span>
        )}
        <button type="button" className="link-button rating-breakdown__rules" onClick={onOpenRules}>
          {text()['ratings.openRules']}
        </button>
      </div>
      {!rollup ? (
        <p className="muted">{text()['ratings.workingOutAll']}</p>
      ) : (
        <div className="breakdown__figures">
          {DELIVERY_RATINGS.map((rating) => (
            <div key={rating} className={`figure rating-figure rating--${rating}`}>
              <span className="figure__n">{formatNumber(rollup.counts[rating])}</span>
              <span className="figure__label">
                <RatingShape rating={rating} /> {ratingLabel(rating)}
              </span>
            </div>
          ))}
        </div>
      )}
    </section>
  );
}

export interface RatingGroupRow {
  readonly key: string;
  readonly code: string;
  readonly title: string;
  readonly rollup: RatingRollup;
}

export function RatingGroupTable({ caption, what, rows, onSelect }: { caption: string; what: string; rows: readonly RatingGroupRow[]; onSelect: (key: string) => void }) {
  if (rows.length === 0) return null;
  const cell = (rollup: RatingRollup, rating: DeliveryRating) => (
    <td key={rating} className={rollup.counts[rating] > 0 ? `num rating-count rating--${rating}` : 'num rating-count rating-count--none'}>
      {formatNumber(rollup.counts[rating])}
    </td>
  );
  return (
    <section className="summary__section">
      <h3>{caption}</h3>
      <table className="data-table rating-table">
        <thead>
          <tr>
            <th scope="col">{what}</th>
            {DELIVERY_RATINGS.map((rating) => (
              <th key={rating} scope="col" className={`num rating--${rating}`}>
                <span className="rating-table__heading">
                  <RatingShape rating={rating} size={10} /> {ratingLabel(rating)}
                </span>
              </th>
            ))}
            <th scope="col">{text()['ratings.overall']}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <td className="group-table__name">
                <button type="button" className="row-link" onClick={() => onSelect(row.key)} title={row.title}>
                  {row.code && <span className="row-link__code">{row.code}</span>}
                  <span className="row-link__title">{row.title}</span>
                </button>
              </td>
              {DELIVERY_RATINGS.map((rating) => cell(row.rollup, rating))}
              <td>
                <RatingTag rating={row.rollup.summary} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
