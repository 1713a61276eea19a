// The plan's actions as bars by chapter and by lead agency, stacked by status or by delivery rating (a switch), each
// with its key. Lead agencies: the ones leading most actions first, the rest on request.
import { useState } from 'react';
import { ChartLegend, type LegendItem } from '../charts/ChartLegend';
import { RATING_FILLS, STATUS_FILLS, type SeriesFill } from '../charts/patterns';
import { SCREEN_CHART, StackedBarChart, type ChartBar, type ChartSeries } from '../charts/StackedBarChart';
import { useWidth } from '../charts/useWidth';
import { DELIVERY_RATINGS } from '../../../shared/vocab/ratings';
import { formatNumber, text } from '../language/language';
import { RatingShape } from '../ratings/RatingMark';
import { ratingLabel } from '../ratings/rating-view';
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
}

/** The series, fills and key of a measure, in the language shown (asked for each time: the language can change). */
export function measureParts(measure: Measure): MeasureParts {
  return measure === 'status' ? statusParts() : ratingParts();
}

function statusParts(): MeasureParts {
  return {
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
  };
}

function ratingParts(): MeasureParts {
  return {
    series: DELIVERY_RATINGS.map((r) => ({ key: r, label: ratingLabel(r) })),
    fills: RATING_FILLS,
    legend: DELIVERY_RATINGS.map((r) => ({
      key: r,
      label: ratingLabel(r),
      icon: (
        <span className={`rating--${r} chart-legend__shape`}>
          <RatingShape rating={r} />
        </span>
      ),
    })),
  };
}

export function chartBarsOf(bars: readonly StandingBar[], measure: Measure): ChartBar[] {
  return bars.map((bar) => ({ key: bar.key, code: bar.code, name: bar.name, counts: measure === 'status' ? bar.byStatus : bar.byRating }));
}

/** Only the series some bar has: a key of six statuses where two occur says less. */
export function presentLegend(bars: readonly StandingBar[], measure: Measure): LegendItem[] {
  return measureParts(measure).legend.filter((item) => bars.some((bar) => (measure === 'status' ? bar.byStatus : bar.byRating)[item.key as never] > 0));
}

const MEASURE_KEY = 'plandesk.overview.measure';

function storedMeasure(): Measure {
  return localStorage.getItem(MEASURE_KEY) === 'rating' ? 'rating' : 'status';
}

export function StandingCharts({ chapters, agencies, ratingsReady }: { chapters: readonly StandingBar[]; agencies: readonly StandingBar[]; ratingsReady: boolean }) {
  const [measure, setMeasure] = useState<Measure>(storedMeasure);
  const [allAgencies, setAllAgencies] = useState(false);
  const { ref, width } = useWidth<HTMLDivElement>(640);
  const parts = measureParts(measure);
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
        <h3 id="standing-title">{text()['overview.whereActionsStand']}</h3>
        <div className="segmented" role="group" aria-label={text()['overview.barsShow']}>
          {(['status', 'rating'] as const).map((m) => (
            <button key={m} type="button" className={measure === m ? 'segmented__item segmented__item--on' : 'segmented__item'} aria-pressed={measure === m} onClick={() => choose(m)}>
              {text()[`overview.measure.${m}`]}
            </button>
          ))}
        </div>
      </div>
      <ChartLegend items={presentLegend([...chapters, ...agencies], measure)} fills={parts.fills} label={text()[`overview.key.${measure}`]} />
      <div className="standing__charts" ref={ref}>
        {shownMeasure === null ? (
          <p className="muted">{text()['ratings.workingOutAll']}</p>
        ) : (
          <>
            <h4 className="standing__chart-title">{text()['overview.byChapter']}</h4>
            <StackedBarChart title={text()[`overview.perChapter.${shownMeasure}`]} bars={chartBarsOf(chapters, shownMeasure)} series={parts.series} fills={parts.fills} layout={layout} />
            <h4 className="standing__chart-title">
              {text()['overview.byLeadAgency']} <span className="summary__count">({formatNumber(agencies.length)})</span>
            </h4>
            <StackedBarChart title={text()[`overview.perAgency.${shownMeasure}`]} bars={chartBarsOf(top.shown, shownMeasure)} series={parts.series} fills={parts.fills} layout={layout} />
            {(top.more > 0 || allAgencies) && agencies.length > TOP_AGENCIES && (
              <button type="button" className="link-button summary__more" aria-expanded={allAgencies} onClick={() => setAllAgencies(!allAgencies)}>
                {allAgencies ? text()['overview.showFirst'](formatNumber(TOP_AGENCIES)) : text()['overview.moreLeads'](top.more, formatNumber(top.more))}
              </button>
            )}
          </>
        )}
      </div>
    </section>
  );
}
