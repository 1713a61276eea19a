// The plan's actions as bars by chapter and by lead agency, stacked by status or by delivery rating (a switch), each
// with its key. Lead agencies: the ones leading most actions first, the rest on request.
import { useState } from 'react';
import { ChartLegend, type LegendItem } from '../charts/ChartLegend';
import { RATING_FILLS, STATUS_FILLS, type SeriesFill } from '../charts/patterns';
import { SCREEN_CHART, StackedBarChart, type ChartBar, type ChartSeries } from '../charts/StackedBarChart';
import { useWidth } from '../charts/useWidth';
import { DELIVERY_RATINGS, RATING_LABELS } from '../../../shared/vocab/ratings';
import { RatingShape } from '../ratings/RatingMark';
import { StatusIcon } from '../ui/Status';
import { STATUS_ORDER, statusLabel } from '../ui/status-view';
import { topBars, type StandingBar } from './standing-model';
import '../ui/segmented.css';

export type Measure = 'status' | 'rating';

/** Lead agencies shown before "N more". */
export const TOP_AGENCIES = 8;

interface MeasureParts {
  readonly series: readonly ChartSeries[];
  readonly fills: readonly SeriesFill[];
  readonly legend: readonly LegendItem[];
  readonly words: string;
}

export const MEASURES: Readonly<Record<Measure, MeasureParts>> = {
  status: {
    series: STATUS_ORDER.map((s) => ({ key: s, label: statusLabel(s) })),
    fills: STATUS_FILLS,
    legend: STATUS_ORDER.map((s) => ({
      key: s,
      label: statusLabel(s),
      icon: (
        <span className={`status--${s} chart-legend__shape`}>
          <StatusIcon status={s} />
        </span>
      ),
    })),
    words: 'status',
  },
  rating: {
    series: DELIVERY_RATINGS.map((r) => ({ key: r, label: RATING_LABELS[r] })),
    fills: RATING_FILLS,
    legend: DELIVERY_RATINGS.map((r) => ({
      key: r,
      label: RATING_LABELS[r],
      icon: (
        <span className={`rating--${r} chart-legend__shape`}>
          <RatingShape rating={r} />
        </span>
      ),
    })),
    words: 'delivery rating',
  },
};

export function chartBarsOf(bars: readonly StandingBar[], measure: Measure): ChartBar[] {
  return bars.map((bar) => ({ key: bar.key, code: bar.code, name: bar.name, counts: measure === 'status' ? bar.byStatus : bar.byRating }));
}

/** Only the series some bar has: a key of six statuses where two occur says less. */
export function presentLegend(bars: readonly StandingBar[], measure: Measure): LegendItem[] {
  const parts = MEASURES[measure];
  return parts.legend.filter((item) => bars.some((bar) => (measure === 'status' ? bar.byStatus : bar.byRating)[item.key as never] > 0));
}

const MEASURE_KEY = 'plandesk.overview.measure';

function storedMeasure(): Measure {
  return localStorage.getItem(MEASURE_KEY) === 'rating' ? 'rating' : 'status';
}

export function StandingCharts({ chapters, agencies, ratingsReady }: { chapters: readonly StandingBar[]; agencies: readonly StandingBar[]; ratingsReady: boolean }) {
  const [measure, setMeasure] = useState<Measure>(storedMeasure);
  const [allAgencies, setAllAgencies] = useState(false);
  const { ref, width } = useWidth<HTMLDivElement>(640);
  const parts = MEASURES[measure];
  const choose = (next: Measure) => {
    localStorage.setItem(MEASURE_KEY, next);
    setMeasure(next);
  };
  const top = topBars(agencies, allAgencies ? agencies.length : TOP_AGENCIES);
  const layout = { ...SCREEN_CHART, width, labelWidth: Math.min(SCREEN_CHART.labelWidth + 60, Math.round(width * 0.34)) };
  const shownMeasure = measure === 'rating' && !ratingsReady ? null : measure;

  return (
    <section className="summary__section standing" aria-labelledby="standing-title">
      <div className="standing__head">
        <h3 id="standing-title">Where the actions stand</h3>
        <div className="segmented" role="group" aria-label="Bars show">
          {(['status', 'rating'] as const).map((m) => (
            <button key={m} type="button" className={measure === m ? 'segmented__item segmented__item--on' : 'segmented__item'} aria-pressed={measure === m} onClick={() => choose(m)}>
              {m === 'status' ? 'Status' : 'Delivery rating'}
            </button>
          ))}
        </div>
      </div>
      <ChartLegend items={presentLegend([...chapters, ...agencies], measure)} fills={parts.fills} label={`Key: ${parts.words}`} />
      <div className="standing__charts" ref={ref}>
        {shownMeasure === null ? (
          <p className="muted">Working out the ratings…</p>
        ) : (
          <>
            <h4 className="standing__chart-title">By chapter</h4>
            <StackedBarChart title={`Actions by ${parts.words} per chapter`} bars={chartBarsOf(chapters, shownMeasure)} series={parts.series} fills={parts.fills} layout={layout} />
            <h4 className="standing__chart-title">
              By lead agency <span className="summary__count">({agencies.length.toLocaleString('en')})</span>
            </h4>
            <StackedBarChart title={`Actions by ${parts.words} per lead agency`} bars={chartBarsOf(top.shown, shownMeasure)} series={parts.series} fills={parts.fills} layout={layout} />
            {(top.more > 0 || allAgencies) && agencies.length > TOP_AGENCIES && (
              <button type="button" className="link-button summary__more" aria-expanded={allAgencies} onClick={() => setAllAgencies(!allAgencies)}>
                {allAgencies ? `Show the first ${TOP_AGENCIES}` : `${top.more.toLocaleString('en')} more lead ${top.more === 1 ? 'agency' : 'agencies'}`}
              </button>
            )}
          </>
        )}
      </div>
    </section>
  );
}
