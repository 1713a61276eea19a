// "Print overview…": where the plan stands on two A4 pages (portrait), rendered into a print-only container, then
// the system's print dialog (which offers Save as PDF), as the Timeline prints. Page 1: the figures and the charts
// by chapter and by lead agency, by status and by delivery rating; page 2: the overdue actions (longest overdue
// first), the indicators against their path and what changed since the last snapshot. Lists longer than a page
// holds print their first rows and say how many more there are.
import { createPortal } from 'react-dom';
import type { ReactNode } from 'react';
import type { PlanRatings } from '../../../shared/domain';
import { formatMonth } from '../../../shared/months';
import { DELIVERY_RATINGS, RATING_LABELS } from '../../../shared/vocab/ratings';
import type { StatusCounts } from '../../../shared/vocab/status';
import { ChartLegend } from '../charts/ChartLegend';
import { StackedBarChart, type ChartLayout } from '../charts/StackedBarChart';
import { TrajectoryTag } from '../indicators/TrajectoryTag';
import { RatingShape } from '../ratings/RatingMark';
import { StatusIcon } from '../ui/Status';
import { percent } from '../ui/format';
import { presentStatuses, statusLabel, totalOf } from '../ui/status-view';
import { usePrinting } from '../ui/usePrinting';
import { chartBarsOf, MEASURES, presentLegend, type Measure } from './StandingCharts';
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

function More({ count, what }: { count: number; what: string }) {
  if (count <= 0) return null;
  return (
    <p className="ov-print__more">
      … and {count.toLocaleString('en')} more {what} (in PlanDesk’s Overview)
    </p>
  );
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

/** `cut`: what the chart leaves out, in words, when it does ("the first 10 of 12 chapters"). */
function ChartPair({ title, bars, cut }: { title: string; bars: readonly StandingBar[]; cut: string | null }) {
  const layout = { ...PRINT_CHART, width: PAGE_WIDTH_PX };
  const chart = (measure: Measure) => (
    <div className="ov-print__chart">
      <ChartLegend items={presentLegend(bars, measure)} fills={MEASURES[measure].fills} label={`Key: ${MEASURES[measure].words}`} />
      <StackedBarChart
        title={`${title} by ${MEASURES[measure].words}`}
        bars={chartBarsOf(bars, measure)}
        series={MEASURES[measure].series}
        fills={MEASURES[measure].fills}
        layout={layout}
        className="stacked-chart ov-print__svg"
      />
    </div>
  );
  return (
    <section className="ov-print__section">
      <h2>
        {title}
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
      <b>{n.toLocaleString('en')}</b>
      <span>
        {label}
        {extra && <i> {extra}</i>}
      </span>
    </div>
  );
  return (
    <div className="ov-print__figures">
      <div className="ov-print__figure-row">
        {figure('total', total, 'Actions')}
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
        {figure('overdue', overdue, 'Overdue')}
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
                {RATING_LABELS[rating]}
              </>,
            ),
          )}
          <div className="ov-print__figure ov-print__figure--overall">
            <span>Overall</span>
            <b>
              <span className={`rating--${ratings.plan.summary} chart-legend__shape`}>
                <RatingShape rating={ratings.plan.summary} />
              </span>{' '}
              {RATING_LABELS[ratings.plan.summary]}
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
      <span>{title} · Overview</span>
      <span>Page {number} of 2</span>
    </footer>
  );
}

export function OverviewPrint({ title, meta, byStatus, ratings, late, standing, openDialog, onDone }: OverviewPrintProps) {
  usePrinting('ov-printing', openDialog, onDone);
  const chapters = topBars(standing.chapters, PRINTED_BARS.chapters);
  const agencies = topBars(standing.agencies, PRINTED_BARS.agencies);
  const judged = standing.indicators.filter((s) => s.judgement !== 'no_data');
  const judgements = countJudgements(standing.indicators);
  const printed = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  const changes = standing.changes;

  return createPortal(
    <div className="ov-print-root" data-pages={2}>
      <style>{'@page { size: A4 portrait; margin: 12mm; }'}</style>
      <section className="ov-print-page">
        <div className="ov-print__body">
          <header className="ov-print__head">
            <p className="ov-print__kind">Plan overview · printed {printed}</p>
            <h1>{title}</h1>
            <p className="ov-print__meta">
              {meta}
              {ratings?.period ? ` · delivery ratings for ${ratings.period.label}` : ''}
            </p>
          </header>
          <Figures byStatus={byStatus} overdue={late.length} ratings={ratings} />
          <ChartPair title="Actions by chapter" bars={chapters.shown} cut={chapters.more > 0 ? `the first ${chapters.shown.length} of ${standing.chapters.length} chapters` : null} />
          <ChartPair
            title="Actions by lead agency"
            bars={agencies.shown}
            cut={agencies.more > 0 ? `the ${agencies.shown.length} leading most actions, of ${standing.agencies.length} lead agencies` : null}
          />
        </div>
        <PageFoot number={1} title={title} />
      </section>
      <section className="ov-print-page">
        <div className="ov-print__body">
          <section className="ov-print__section">
            <h2>
              Overdue actions ({late.length.toLocaleString('en')}), longest overdue first
            </h2>
            {late.length === 0 ? (
              <p>No action is overdue.</p>
            ) : (
              <table className="ov-print__table">
                <Columns widths={[56, 22, 11, 11]} />
                <thead>
                  <tr>
                    <th scope="col">Action</th>
                    <th scope="col">Lead agency</th>
                    <th scope="col">End</th>
                    <th scope="col" className="num">
                      Months late
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
                      <td className="num">{action.monthsLate}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <More count={late.length - PRINTED_ROWS.late} what="overdue actions" />
          </section>
          <section className="ov-print__section">
            <h2>Indicators against the path to their targets</h2>
            <p>
              {judgements.behind} behind, {judgements.on_track} on track, {judgements.no_data} without the data to judge — the latest actual against a straight path from
              the baseline at the action’s start to the target at its end.
            </p>
            {judged.length > 0 && (
              <table className="ov-print__table">
                <Columns widths={[40, 17, 11, 9, 23]} />
                <thead>
                  <tr>
                    <th scope="col">Indicator</th>
                    <th scope="col">Latest actual</th>
                    <th scope="col">Target</th>
                    <th scope="col" className="num">
                      Progress
                    </th>
                    <th scope="col">Against the path</th>
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
                      <td className="num">{s.progress === null ? '—' : `${Math.round(s.progress * 100)}%`}</td>
                      <td>
                        <TrajectoryTag judgement={s.judgement} behindPoints={s.behindPoints} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <More count={judged.length - PRINTED_ROWS.indicators} what="indicators" />
          </section>
          <section className="ov-print__section">
            <h2>{changes ? `What changed since “${changes.snapshot.name}”` : 'What changed since the last snapshot'}</h2>
            {changes === null ? (
              <p>No snapshot of this plan yet.</p>
            ) : changes.lines.length === 0 ? (
              <p>Nothing: statuses, ends and targets are as they were.</p>
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
            {changes && <More count={changes.lines.length - PRINTED_ROWS.changes} what="changes" />}
          </section>
        </div>
        <PageFoot number={2} title={title} />
      </section>
    </div>,
    document.body,
  );
}
