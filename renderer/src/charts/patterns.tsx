// The fills of the charts (the Overview's and the review pack's): each status and each delivery rating has a colour
// token and a pattern drawn over it, so that a bar still reads on a black-and-white printer or to a reader who does
// not tell the colours apart. A pattern's id is its chart's prefix and its key: two charts on a page never share one.
import { useId } from 'react';
import type { DeliveryRating } from '../../../shared/domain';
import { DELIVERY_RATINGS } from '../../../shared/vocab/ratings';
import { STATUS_ORDER, type StatusKey } from '../ui/status-view';

/** What is drawn over the colour: nothing, stripes, dots, a cross-hatch, or a thin line on white (an empty-looking fill). */
export type PatternMark = 'solid' | 'stripes' | 'dots' | 'cross' | 'outline';

export interface SeriesFill {
  readonly key: string;
  /** A colour token (styles/tokens.css). */
  readonly colour: string;
  readonly mark: PatternMark;
}

export const STATUS_FILLS: readonly SeriesFill[] = STATUS_ORDER.map((status: StatusKey) => ({
  key: status,
  colour: `var(--status-fill-${status})`,
  mark: ({ completed: 'solid', ongoing: 'stripes', not_started: 'solid', on_hold: 'dots', dropped: 'cross', unknown: 'outline' } as const)[status],
}));

export const RATING_FILLS: readonly SeriesFill[] = DELIVERY_RATINGS.map((rating: DeliveryRating) => ({
  key: rating,
  colour: `var(--rating-mark-${rating})`,
  mark: ({ red: 'cross', amber: 'stripes', green: 'solid', completed: 'dots', not_rated: 'outline' } as const)[rating],
}));

/** A prefix for one chart's pattern ids, unique on the page. */
export function usePatternPrefix(): string {
  return useId().replace(/[^A-Za-z0-9_-]/g, '_');
}

export function patternFill(prefix: string, key: string): string {
  return `url(#${prefix}-${key})`;
}

/** The <defs> of a chart: one pattern per series. */
export function SeriesPatterns({ prefix, fills }: { prefix: string; fills: readonly SeriesFill[] }) {
  return (
    <defs>
      {fills.map(({ key, colour, mark }) => (
        <pattern key={key} id={`${prefix}-${key}`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" style={{ fill: mark === 'outline' ? 'var(--surface)' : colour }} />
          {mark === 'stripes' && <rect width="2" height="6" fill="var(--surface)" opacity="0.55" />}
          {mark === 'dots' && <circle cx="3" cy="3" r="1.1" fill="var(--surface)" opacity="0.8" />}
          {mark === 'cross' && <path d="M0 3h6M3 0v6" stroke="var(--surface)" strokeWidth="1.2" opacity="0.7" />}
          {mark === 'outline' && <rect width="1.2" height="6" style={{ fill: colour }} />}
        </pattern>
      ))}
    </defs>
  );
}

/** A legend's swatch, 10 px, in the same fill as the bars. */
export function Swatch({ fills, fillKey, className = 'chart-swatch' }: { fills: readonly SeriesFill[]; fillKey: string; className?: string }) {
  const prefix = usePatternPrefix();
  return (
    <svg className={className} width="10" height="10" viewBox="0 0 10 10" aria-hidden="true">
      <SeriesPatterns prefix={prefix} fills={fills.filter((f) => f.key === fillKey)} />
      <rect x="0.5" y="0.5" width="9" height="9" fill={patternFill(prefix, fillKey)} stroke="var(--text-secondary)" strokeWidth="0.6" />
    </svg>
  );
}

/** Round steps for an axis of counts from 0 to `max`: 1, 2 or 5 times a power of ten, about five of them. */
export function niceTicks(max: number): number[] {
  const rough = max / 5;
  const magnitude = 10 ** Math.floor(Math.log10(Math.max(rough, 1)));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) ?? magnitude * 10;
  const ticks: number[] = [];
  for (let t = 0; t <= max; t += step) ticks.push(t);
  return ticks;
}
