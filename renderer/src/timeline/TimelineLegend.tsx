// The key to the chart on screen: status colours, year-only and open ends, overdue, the thin bars (planned dates, or
// the dates at a compared snapshot).
import type { ReactNode } from 'react';
import { DELIVERY_RATINGS, RATING_SHAPES } from '../../../shared/vocab/ratings';
import { text } from '../language/language';
import { ratingLabel } from '../ratings/rating-view';
import { RatingShapeAt } from '../ratings/RatingChartMark';
import { STATUS_ORDER, statusLabel } from '../ui/status-view';
import './timeline-legend.css';

function Swatch({ className, children }: { className: string; children?: ReactNode }) {
  return (
    <svg className={`tl-legend-swatch ${className}`} width="22" height="12" viewBox="0 0 22 12" aria-hidden="true">
      {children}
    </svg>
  );
}

const ratingKey = () => text()['timeline.legend.ratingKey'](DELIVERY_RATINGS.map((r) => `${RATING_SHAPES[r]} ${ratingLabel(r)}`).join(', '));

/** `ghosts`: what the thin bars under the bars are, the dates at the compared snapshot or the planned dates. */
export function TimelineLegend({ ghosts, withRatings = false }: { ghosts: 'snapshot' | 'planned'; withRatings?: boolean }) {
  const t = text();
  return (
    <span className="tl-legend-line" aria-label={t['timeline.legend']}>
      {STATUS_ORDER.map((status) => (
        <span key={status} className="tl-legend-item">
          <Swatch className={`tl-bar tl-bar--${status}`}>
            <rect className="tl-bar__body" x="1" y="2" width="18" height="8" rx="2" />
          </Swatch>
          {statusLabel(status)}
        </span>
      ))}
      <span className="tl-legend-item">
        <Swatch className="tl-bar tl-bar--not_started tl-bar--overdue">
          <rect className="tl-bar__body" x="1" y="2" width="9" height="8" rx="2" />
          <line className="tl-overdue-tail" x1="11" x2="21" y1="6" y2="6" />
        </Swatch>
        {t['timeline.legend.overdue']}
      </span>
      <span className="tl-legend-item">
        <Swatch className="tl-bar tl-bar--ongoing">
          <defs>
            <linearGradient id="tl-legend-screen-year" x1="0" x2="1">
              <stop offset="0" stopColor="currentColor" stopOpacity="0.3" />
              <stop offset="1" stopColor="currentColor" />
            </linearGradient>
          </defs>
          <rect x="1" y="2" width="18" height="8" rx="2" fill="url(#tl-legend-screen-year)" />
        </Swatch>
        {t['timeline.legend.yearOnly']}
      </span>
      <span className="tl-legend-item">
        <Swatch className="tl-bar tl-bar--ongoing">
          <path className="tl-bar__body" d="M1,2h13l5,4l-5,4h-13z" />
        </Swatch>
        {t['timeline.legend.continue']}
      </span>
      {withRatings && (
        <span className="tl-legend-item" title={ratingKey()}>
          <svg className="tl-legend-swatch" width="34" height="12" viewBox="0 0 34 12" aria-hidden="true">
            <RatingShapeAt rating={DELIVERY_RATINGS[0]!} x={0} y={1.5} size={9} />
            <RatingShapeAt rating={DELIVERY_RATINGS[1]!} x={12} y={1.5} size={9} />
            <RatingShapeAt rating={DELIVERY_RATINGS[2]!} x={24} y={1.5} size={9} />
          </svg>
          {t['timeline.legend.rating']}
        </span>
      )}
      <span className="tl-legend-item">
        <Swatch className="tl-ghost">
          <rect x="1" y="5" width="18" height="3" rx="1.5" />
        </Swatch>
        {ghosts === 'snapshot' ? t['timeline.legend.atSnapshot'] : t['timeline.legend.planned']}
      </span>
    </span>
  );
}
