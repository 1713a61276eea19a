// "Print overview…": where the plan stands on two A4 pages (portrait), rendered into a print-only container, then
// the system's print dialog (which offers Save as PDF), as the Timeline prints. Page 1: the figures and the charts
// by chapter and by lead agency, by status and by delivery rating; page 2: the overdue actions (longest overdue
// first), the indicators against their path and what changed since the last snapshot. Lists longer than a page
// holds print their first rows and say how many more there are.
import { createPortal } from 'react-dom';
import type { ReactNode } from 'react';
import type { PlanRatings } from '../../../shared/domain';
import { formatMonth } from '../../../shared/months';
import { DELIVERY_RATINGS } from '../../../shared/vocab/ratings';
import type { StatusCounts } from '../../../shared/vocab/status';
import { ChartLegend } from '../charts/ChartLegend';
import { StackedBarChart, type ChartLayout } from '../charts/StackedBarChart';
import { TrajectoryTag } from '../indicators/TrajectoryTag';
import { formatMoment, formatNumber, text } from '../language/language';
import { RatingShape } from '../ratings/RatingMark';
import { ratingLabel } from '../ratings/rating-view';
import { StatusIcon } from '../ui/Status';
import { percent } from '../ui/format';
import { presentStatuses, statusLabel, totalOf } from '../ui/status-view';
import { usePrinting } from '../ui/usePrinting';
import { chartBarsOf, measureParts, presentLegend, type Measure } from './StandingCharts';
import { countJudgements, topBars, type LateAction, type StandingBar } from './standing-model';
import type { PlanStanding } from './usePlanStanding';
import './overview-print.css';

/** A4 portrait less 12 mm margins, in CSS px (96 per inch): what one printed page holds. */
const PAGE_WIDTH_PX = Math.floor(((210 - 24) / 25.4) * 96);
/** 11 px is 8.25 pt: the smallest print the packs allow. */
const PRINT_CHART: Omit<ChartLayout, 'width'> = { labelWidth: 200, rowHeight: 17, fontSize: 11 };
/** Bars of each printed chart and rows of each printed list: what the two pages hold, whatever the plan. */
export const PRINTED_BARS = { chapters: 10, agencies: 9 } as const;
export const PRINTED_ROWS = { late: 15, indicators: 9, changes: 9 } as const;

export interface OverviewPrintProps {
  readonly title: string;
  readonly meta: string;
  readonly byStatus: StatusCounts;
  readonly ratings: PlanRatings | undefined;
  readonly late: readonly LateAction[];
  readonly standing: PlanStanding;
  readonly openDialog: boolean;
  readonly onDone: () => void;
}

/** "… and 3 more indicators": what a list leaves off the page. */
function More({ count, words }: { count: number; words: (count: number, shown: string) => string }) {
  if (count <= 0) return null;
  return <p className="ov-print__more">{words(count, formatNumber(count))}</p>;
}

/** A table's column widths in percent: fixed, so that each row is one line and the page's rows are known. */
function Columns({ widths }: { widths: readonly number[] }) {
  return (
    <colgroup>
      {widths.map((width, index) => (
        <col key={index} style={{ width: `${width}%` }} />
      ))}
    </colgroup>
  );
}

/** `by`: the bars' groups; `cut`: what the chart leaves out, in words, when it does ("the first 10 of 12 chapters"). */
function ChartPair({ by, bars, cut }: { by: 'byChapter' | 'byAgency'; bars: readonly StandingBar[]; cut: string | null }) {
  const layout = { ...PRINT_CHART, width: PAGE_WIDTH_PX };
  const chart = (measure: Measure) => {
    const parts = measureParts(measure);
    return (
      <div className="ov-print__chart">
        <ChartLegend items={presentLegend(bars, measure)} fills={parts.fills} label={text()[`overview.key.${measure}`]} />
        <StackedBarChart
          title={text()[`overview.print.${by}.${measure}`]}
          bars={chartBarsOf(bars, measure)}
          series={parts.series}
          fills={parts.fills}
          layout={layout}
          className="stacked-chart ov-print__svg"
        />
      </div>
    );
  };
  return (
    <section className="ov-print__section">
      <h2>
        {text()[`overview.print.${by}`]}
        {cut && <span className="ov-print__count"> ({cut})</span>}
      </h2>
      {chart('status')}
      {chart('rating')}
    </section>
  );
}

function Figures({ byStatus, overdue, ratings }: { byStatus: StatusCounts; overdue: number; ratings: PlanRatings | undefined }) {
  const total = totalOf(byStatus);
  const figure = (key: string, n: number, label: ReactNode, extra?: string) => (
    <div key={key} className="ov-print__figure">
      <b>{formatNumber(n)}</b>
      <span>
        {label}
        {extra && <i> {extra}</i>}
      </span>
    </div>
  );
  return (
    <div className="ov-print__figures">
      <div className="ov-print__figure-row">
        {figure('total', total, text()['overview.actions'])}
        {presentStatuses(byStatus).map(({ status, count }) =>
          figure(
            status,
            count,
            <>
              <span className={`status--${status} chart-legend__shape`}>
                <StatusIcon status={status} />
              </span>{' '}
              {statusLabel(status)}
            </>,
            percent(count, total),
          ),
        )}
        {figure('overdue', overdue, text()['status.overdue'])}
      </div>
      {ratings && (
        <div className="ov-print__figure-row">
          {DELIVERY_RATINGS.map((rating) =>
            figure(
              rating,
              ratings.plan.counts[rating],
              <>
                <span className={`rating--${rating} chart-legend__shape`}>
                  <RatingShape rating={rating} />
                </span>{' '}
                {ratingLabel(rating)}
              </>,
            ),
          )}
          <div className="ov-print__figure ov-print__figure--overall">
            <span>{text()['ratings.overall']}</span>
            <b>
              <span className={`rating--${ratings.plan.summary} chart-legend__shape`}>
                <RatingShape rating={ratings.plan.summary} />
              </span>{' '}
              {ratingLabel(ratings.plan.summary)}
            </b>
          </div>
        </div>
      )}
    </div>
  );
}

function PageFoot({ number, title }: { number: number; title: string }) {
  return (
    <footer className="ov-print__foot">
      <span>{text()['overview.print.foot'](title)}</span>
      <span>{text()['overview.print.page'](formatNumber(number), formatNumber(2))}</span>
    </footer>
  );
}

export function OverviewPrint({ title, meta, byStatus, ratings, late, standing, openDialog, onDone }: OverviewPrintProps) {
  usePrinting('ov-printing', openDialog, onDone);
  const chapters = topBars(standing.chapters, PRINTED_BARS.chapters);
  const agencies = topBars(standing.agencies, PRINTED_BARS.agencies);
  const judged = standing.indicators.filter((s) => s.judgement !== 'no_data');
  const judgements = countJudgements(standing.indicators);
  const printed = formatMoment(new Date().toISOString(), 'longDay');
  const changes = standing.changes;

  return createPortal(
    <div className="ov-print-root" data-pages={2}>
      <style>{'@page { size: A4 portrait; margin: 12mm; }'}</style>
      <section className="ov-print-page">
        <div className="ov-print__body">
          <header className="ov-print__head">
            <p className="ov-print__kind">{text()['overview.print.kind'](printed)}</p>
            <h1>{title}</h1>
            <p className="ov-print__meta">
              {meta}
              {ratings?.period ? ` · ${text()['overview.print.ratingsFor'](ratings.period.label)}` : ''}
            </p>
          </header>
          <Figures byStatus={byStatus} overdue={late.length} ratings={ratings} />
          <ChartPair
            by="byChapter"
            bars={chapters.shown}
            cut={chapters.more > 0 ? text()['overview.print.firstChapters'](formatNumber(chapters.shown.length), formatNumber(standing.chapters.length)) : null}
          />
          <ChartPair
            by="byAgency"
            bars={agencies.shown}
            cut={agencies.more > 0 ? text()['overview.print.topAgencies'](formatNumber(agencies.shown.length), formatNumber(standing.agencies.length)) : null}
          />
        </div>
        <PageFoot number={1} title={title} />
      </section>
      <section className="ov-print-page">
        <div className="ov-print__body">
          <section className="ov-print__section">
            <h2>{text()['overview.print.lateTitle'](formatNumber(late.length))}</h2>
            {late.length === 0 ? (
              <p>{text()['overview.print.noneLate']}</p>
            ) : (
              <table className="ov-print__table">
                <Columns widths={[56, 22, 11, 11]} />
                <thead>
                  <tr>
                    <th scope="col">{text()['overview.action']}</th>
                    <th scope="col">{text()['overview.leadAgency']}</th>
                    <th scope="col">{text()['overview.end']}</th>
                    <th scope="col" className="num">
                      {text()['overview.monthsLate']}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {late.slice(0, PRINTED_ROWS.late).map((action) => (
                    <tr key={action.id}>
                      <td>
                        <b>{action.code}</b> {action.title}
                      </td>
                      <td>{action.lead || '—'}</td>
                      <td>{formatMonth(action.end)}</td>
                      <td className="num">{formatNumber(action.monthsLate)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <More count={late.length - PRINTED_ROWS.late} words={text()['overview.print.moreLate']} />
          </section>
          <section className="ov-print__section">
            <h2>{text()['overview.indicatorsTitle']}</h2>
            <p>{text()['overview.print.judgements'](formatNumber(judgements.behind), formatNumber(judgements.on_track), formatNumber(judgements.no_data))}</p>
            {judged.length > 0 && (
              <table className="ov-print__table">
                <Columns widths={[40, 17, 11, 9, 23]} />
                <thead>
                  <tr>
                    <th scope="col">{text()['overview.indicator']}</th>
                    <th scope="col">{text()['overview.latestActual']}</th>
                    <th scope="col">{text()['overview.target']}</th>
                    <th scope="col" className="num">
                      {text()['overview.progress']}
                    </th>
                    <th scope="col">{text()['overview.againstPath']}</th>
                  </tr>
                </thead>
                <tbody>
                  {judged.slice(0, PRINTED_ROWS.indicators).map((s) => (
                    <tr key={s.id}>
                      <td>
                        <b>{s.actionCode}</b> {s.name}
                      </td>
                      <td>
                        {s.latest} {s.latestPeriod && <i>{s.latestPeriod}</i>}
                      </td>
                      <td>{s.target}</td>
                      <td className="num">{s.progress === null ? '—' : `${formatNumber(Math.round(s.progress * 100))}%`}</td>
                      <td>
                        <TrajectoryTag judgement={s.judgement} behindPoints={s.behindPoints} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <More count={judged.length - PRINTED_ROWS.indicators} words={text()['overview.print.moreIndicators']} />
          </section>
          <section className="ov-print__section">
            <h2>{changes ? text()['overview.changesSince'](changes.snapshot.name) : text()['overview.changesTitle']}</h2>
            {changes === null ? (
              <p>{text()['overview.print.noSnapshot']}</p>
            ) : changes.lines.length === 0 ? (
              <p>{text()['overview.nothingChanged']}</p>
            ) : (
              <table className="ov-print__table">
                <Columns widths={[55, 45]} />
                <tbody>
                  {changes.lines.slice(0, PRINTED_ROWS.changes).map((line, index) => (
                    <tr key={`${line.actionId ?? line.code}-${index}`}>
                      <td>
                        <b>{line.code}</b> {line.title}
                      </td>
                      <td>{line.change}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {changes && <More count={changes.lines.length - PRINTED_ROWS.changes} words={text()['overview.print.moreChanges']} />}
          </section>
        </div>
        <PageFoot number={2} title={title} />
      </section>
    </div>,
    document.body,
  );
}
