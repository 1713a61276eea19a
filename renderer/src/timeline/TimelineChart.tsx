// The timeline's chart as SVG, so that it prints sharp: fiscal-year bands, grid, group summaries, one bar per action
// coloured by status (year-only ends lighter, open ends to the edge, overdue marked up to today), snapshot ghosts
// with the slip, the today line. It draws only the part of the chart in `view` (rows and months in sight, or a
// printed tile), fetches nothing, and handles no events: a screen reads the data-* attributes of what was pointed at.
import { memo, useId, useMemo } from 'react';
import type { ActionRating, Id } from '../../../shared/domain';
import { monthOfDate, type Month } from '../../../shared/months';
import { endLabel, slipLabel } from '../../../shared/timeline/labels';
import { barExtent, barOf, type ActionDates, type ActionRow, type Bar, type GroupRow, type TimelineRow } from '../../../shared/timeline/layout';
import { handlesOf } from '../../../shared/timeline/reschedule';
import { chartWidth, gridLines, monthAtX, timeHeader, xOfDay, xOfMonthEnd, xOfMonthStart, type MonthScale } from '../../../shared/timeline/scale';
import { slipInMonths, type SnapshotActionDates } from '../../../shared/timeline/snapshot-dates';
import { continuesPast, placeBarLabel } from '../../../shared/timeline/tiles';
import { text } from '../language/language';
import { RatingChartMark } from '../ratings/RatingChartMark';
import { textWidth } from './text-fit';
import './timeline-chart.css';

export interface TodayMark {
  readonly month: Month;
  readonly day: number;
  readonly daysInMonth: number;
}

export function todayMarkOf(date: Date): TodayMark {
  return { month: monthOfDate(date), day: date.getDate(), daysInMonth: new Date(date.getFullYear(), date.getMonth() + 1, 0).getDate() };
}

/** Sizes within a row. */
export interface RowGeometry {
  readonly rowHeight: number;
  readonly barY: number;
  readonly barHeight: number;
  readonly ghostY: number;
  readonly ghostHeight: number;
  readonly fontSize: number;
}

/** The screen's rows, or a printed page's (smaller): bars sit higher when a ghost bar goes under them. */
export function rowGeometry(rowHeight: number, withGhosts: boolean): RowGeometry {
  const barHeight = Math.round(rowHeight * (withGhosts ? 0.45 : 0.5));
  const ghostHeight = Math.max(3, Math.round(rowHeight * 0.13));
  const barY = withGhosts ? Math.round(rowHeight * 0.16) : Math.round((rowHeight - barHeight) / 2);
  return { rowHeight, barY, barHeight, ghostY: barY + barHeight + Math.max(2, Math.round(rowHeight * 0.07)), ghostHeight, fontSize: rowHeight >= 24 ? 11.5 : 9 };
}

/** The part of the chart to draw, in chart pixels (x from the scale's first month, y from the first row). */
export interface ChartView {
  readonly x0: number;
  readonly x1: number;
  readonly y0: number;
  readonly y1: number;
}

export interface TimelineChartProps {
  readonly rows: readonly TimelineRow[];
  readonly scale: MonthScale;
  readonly rowHeight: number;
  readonly view: ChartView;
  /** Where the chart sits inside an enclosing SVG (a printed page). */
  readonly x?: number;
  readonly y?: number;
  readonly today: TodayMark | null;
  readonly fiscalYearBands: boolean;
  /** Each action's dates at a snapshot: drawn as thin ghost bars under the bars, with the slip in the label. */
  readonly ghosts?: ReadonlyMap<Id, SnapshotActionDates> | null;
  /** An action being dragged, drawn at its new dates. */
  readonly preview?: { readonly actionId: Id; readonly dates: ActionDates } | null;
  /** A printed tile: bars running past its edges get continuation marks and labels stay inside it. */
  readonly tile?: boolean;
  /** Adds the drag handles (the screen). */
  readonly interactive?: boolean;
  readonly hoveredKey?: string | null;
  /** Words after the end date that print needs where colour is lost (" · overdue"). */
  readonly overdueWord?: boolean;
  /** Each action's delivery rating: a small mark before its bar. */
  readonly ratings?: ReadonlyMap<Id, ActionRating> | null;
}

function Gradients({ id }: { id: string }) {
  // White veils over a bar's end: light for a year-only end, strong for a missing or open end.
  const veil = (name: string, from: number, to: number, x1: string, x2: string) => (
    <linearGradient id={`${id}-${name}`} x1={x1} x2={x2} y1="0" y2="0">
      <stop offset="0" stopColor="var(--surface)" stopOpacity={from} />
      <stop offset="1" stopColor="var(--surface)" stopOpacity={to} />
    </linearGradient>
  );
  return (
    <defs>
      {veil('year-start', 0.72, 0, '0', '1')}
      {veil('year-end', 0, 0.72, '0', '1')}
      {veil('missing-start', 0.92, 0, '0', '1')}
      {veil('missing-end', 0, 0.92, '0', '1')}
      <pattern id={`${id}-revised`} width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="5" height="5" fill="var(--surface)" />
        <rect width="2.2" height="5" fill="currentColor" />
      </pattern>
    </defs>
  );
}

function statusClass(status: string | null): string {
  return `tl-bar--${status ?? 'unknown'}`;
}

/** A bar's shape: rounded ends, an arrow head at an open end. */
function barPath(x0: number, x1: number, y: number, h: number, open: boolean): string {
  const r = Math.min(2.5, (x1 - x0) / 2, h / 2);
  if (open) {
    const tip = Math.min(h * 0.6, (x1 - x0) / 2);
    return `M${x0 + r},${y}H${x1 - tip}L${x1},${y + h / 2}L${x1 - tip},${y + h}H${x0 + r}A${r},${r} 0 0 1 ${x0},${y + h - r}V${y + r}A${r},${r} 0 0 1 ${x0 + r},${y}Z`;
  }
  return `M${x0 + r},${y}H${x1 - r}A${r},${r} 0 0 1 ${x1},${y + r}V${y + h - r}A${r},${r} 0 0 1 ${x1 - r},${y + h}H${x0 + r}A${r},${r} 0 0 1 ${x0},${y + h - r}V${y + r}A${r},${r} 0 0 1 ${x0 + r},${y}Z`;
}

/** Two small chevrons just inside a tile's edge: the bar goes on on the next (or previous) page. */
function ContinuationMark({ x, y, h, side }: { x: number; y: number; h: number; side: 'before' | 'after' }) {
  const d = side === 'before' ? 1 : -1;
  const a = h * 0.32;
  const mid = y + h / 2;
  const chevron = (cx: number) => `M${cx + d * a},${mid - a}L${cx},${mid}L${cx + d * a},${mid + a}`;
  const start = x + d * 2;
  return <path className="tl-continues" d={`${chevron(start)}${chevron(start + d * a * 1.1)}`} />;
}

export function TimelineChart(props: TimelineChartProps) {
  const { rows, scale, rowHeight, view, today, fiscalYearBands, ghosts, preview, tile = false, interactive = false, hoveredKey, overdueWord = false, ratings } = props;
  const id = `tl${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const withGhosts = !!ghosts;
  const geometry = useMemo(() => rowGeometry(rowHeight, withGhosts), [rowHeight, withGhosts]);
  const width = view.x1 - view.x0;
  const height = view.y1 - view.y0;
  const edge = chartWidth(scale);
  const first = Math.max(0, Math.floor(view.y0 / rowHeight));
  const end = Math.min(rows.length, Math.ceil(view.y1 / rowHeight));
  const window = { first: monthAtX(scale, view.x0), last: monthAtX(scale, Math.max(view.x0, view.x1 - 0.01)) };
  const lines = gridLines(scale, window);
  // On screen a bar's drawing does not depend on the part in view, so scrolling redraws only the rows that come in.
  const tileView = tile ? view : null;
  const labelX0 = tile ? view.x0 : 0;
  const labelX1 = tile ? view.x1 : edge;
  const todayX = today ? xOfDay(scale, today) : null;
  const fiscalYears = fiscalYearBands ? timeHeader(scale, { fiscalYears: true, window, cutToWindow: false }).fiscalYears : [];
  const hoveredIndex = hoveredKey ? rows.findIndex((r, i) => i >= first && i < end && r.key === hoveredKey) : -1;

  const drawn = [];
  for (let i = first; i < end; i += 1) {
    const row = rows[i]!;
    if (row.kind === 'group') {
      drawn.push(<GroupBar key={row.key} row={row} index={i} geometry={geometry} scale={scale} edge={edge} tileView={tileView} />);
      continue;
    }
    const previewDates = preview && preview.actionId === row.action.id ? preview.dates : null;
    drawn.push(
      <ActionRowGraphic
        key={row.key}
        row={row}
        index={i}
        previewDates={previewDates}
        ghost={ghosts?.get(row.action.id) ?? null}
        rating={ratings?.get(row.action.id) ?? null}
        geometry={geometry}
        scale={scale}
        edge={edge}
        tileView={tileView}
        todayX={todayX}
        labelX0={labelX0}
        labelX1={labelX1}
        gradients={id}
        interactive={interactive}
        overdueWord={overdueWord}
      />,
    );
  }

  return (
    <svg
      className="tl-chart"
      x={props.x}
      y={props.y}
      width={width}
      height={height}
      viewBox={`${view.x0} ${view.y0} ${width} ${height}`}
      role="presentation"
    >
      <Gradients id={id} />
      {fiscalYears.map((fy) => (
        <rect key={fy.key} className={Number(fy.start.slice(0, 4)) % 2 === 0 ? 'tl-fy-band tl-fy-band--even' : 'tl-fy-band'} x={fy.x} y={view.y0} width={fy.width} height={height} />
      ))}
      {rows.slice(first, end).map((row, k) =>
        row.kind === 'group' ? (
          <rect key={row.key} className={`tl-group-band tl-group-band--${row.level}`} x={view.x0} y={(first + k) * rowHeight} width={width} height={rowHeight} />
        ) : null,
      )}
      {hoveredIndex >= 0 && <rect className="tl-row-highlight" x={view.x0} y={hoveredIndex * rowHeight} width={width} height={rowHeight} />}
      {lines.minor.map((x) => (
        <line key={`m${x}`} className="tl-grid tl-grid--minor" x1={x} x2={x} y1={view.y0} y2={view.y1} />
      ))}
      {lines.years.map((x) => (
        <line key={`y${x}`} className="tl-grid tl-grid--year" x1={x} x2={x} y1={view.y0} y2={view.y1} />
      ))}
      {drawn}
      {todayX !== null && todayX >= view.x0 && todayX <= view.x1 && <line className="tl-today" x1={todayX} x2={todayX} y1={view.y0} y2={view.y1} />}
    </svg>
  );
}

interface ActionRowGraphicProps {
  readonly row: ActionRow;
  readonly index: number;
  /** The dates being dragged to, when this action is dragged. */
  readonly previewDates: ActionDates | null;
  readonly ghost: SnapshotActionDates | null;
  readonly rating: ActionRating | null;
  readonly geometry: RowGeometry;
  readonly scale: MonthScale;
  readonly edge: number;
  /** A printed tile's bounds; null on screen. */
  readonly tileView: ChartView | null;
  readonly todayX: number | null;
  readonly labelX0: number;
  readonly labelX1: number;
  readonly gradients: string;
  readonly interactive: boolean;
  readonly overdueWord: boolean;
}

const ActionRowGraphic = memo(function ActionRowGraphic(props: ActionRowGraphicProps) {
  const { row, index, previewDates, ghost, geometry } = props;
  const action = row.action;
  const dates = previewDates ?? action;
  const bar = previewDates ? barOf(previewDates) : row.bar;
  const y = index * geometry.rowHeight;
  return (
    <g className="tl-row" data-row={index}>
      {ghost && <GhostBar dates={ghost} y={y} geometry={geometry} scale={props.scale} edge={props.edge} />}
      {bar && (
        <ActionBar
          index={index}
          bar={bar}
          dates={dates}
          status={action.status}
          overdue={action.overdue}
          slip={ghost ? slipInMonths(dates, ghost) : null}
          rating={props.rating}
          y={y}
          geometry={geometry}
          scale={props.scale}
          edge={props.edge}
          tileView={props.tileView}
          todayX={props.todayX}
          labelBounds={{ windowX0: props.labelX0, windowX1: props.labelX1 }}
          gradients={props.gradients}
          interactive={props.interactive}
          overdueWord={props.overdueWord}
          dragging={previewDates !== null}
        />
      )}
    </g>
  );
});

const GroupBar = memo(function GroupBar(props: {
  row: GroupRow;
  index: number;
  geometry: RowGeometry;
  scale: MonthScale;
  edge: number;
  tileView: ChartView | null;
}) {
  const { row, geometry, scale, edge, tileView } = props;
  if (!row.span) return null;
  const y = props.index * geometry.rowHeight;
  const x0 = xOfMonthStart(scale, row.span.start);
  const x1 = row.span.end === null ? edge : xOfMonthEnd(scale, row.span.end);
  const h = row.level === 1 ? Math.max(4, geometry.barHeight * 0.42) : Math.max(3, geometry.barHeight * 0.32);
  const top = y + geometry.rowHeight / 2 - h / 2;
  const tick = h * 1.1;
  const marks = tileView ? continuesPast(x0, x1, tileView.x0, tileView.x1) : { before: false, after: false };
  return (
    <g className={`tl-summary tl-summary--${row.level}`} data-row={props.index}>
      <rect x={x0} y={top} width={Math.max(1, x1 - x0)} height={h} />
      {!marks.before && <path d={`M${x0},${top}h${tick}l${-tick},${tick * 1.3}z`} />}
      {!marks.after && row.span.end !== null && <path d={`M${x1},${top}h${-tick}l${tick},${tick * 1.3}z`} />}
    </g>
  );
});

function GhostBar({ dates, y, geometry, scale, edge }: { dates: SnapshotActionDates; y: number; geometry: RowGeometry; scale: MonthScale; edge: number }) {
  // The snapshot's dates as they counted then: a revised end replaces the planned one.
  const bar = barOf({ ...dates, end: dates.endOpen ? null : (dates.revisedEnd ?? dates.end), revisedEnd: null });
  if (!bar) return null;
  const { x0, x1 } = barExtent(bar, scale, edge);
  return (
    <g className="tl-ghost">
      <rect x={x0} y={y + geometry.ghostY} width={Math.max(2, x1 - x0)} height={geometry.ghostHeight} rx={geometry.ghostHeight / 2} />
      {bar.end !== null && <rect className="tl-ghost__end" x={x1 - 1.5} y={y + geometry.ghostY - 2} width={1.5} height={geometry.ghostHeight + 4} />}
    </g>
  );
}

interface ActionBarProps {
  readonly index: number;
  readonly bar: Bar;
  readonly dates: ActionDates;
  readonly status: string | null;
  readonly overdue: boolean;
  readonly slip: number | null;
  readonly rating: ActionRating | null;
  readonly y: number;
  readonly geometry: RowGeometry;
  readonly scale: MonthScale;
  readonly edge: number;
  readonly tileView: ChartView | null;
  readonly todayX: number | null;
  readonly labelBounds: { readonly windowX0: number; readonly windowX1: number };
  readonly gradients: string;
  readonly interactive: boolean;
  readonly overdueWord: boolean;
  readonly dragging: boolean;
}

function ActionBar(props: ActionBarProps) {
  const { bar, dates, geometry, scale, edge, tileView, y, gradients, slip, overdue } = props;
  const { x0, x1, revisedX } = barExtent(bar, scale, edge);
  const top = y + geometry.barY;
  const h = geometry.barHeight;
  const w = Math.max(2, x1 - x0);
  const open = bar.endEdge === 'open';
  const veilSpan = (edgeKind: Bar['endEdge']) =>
    edgeKind === 'month' ? 0 : edgeKind === 'missing' ? w : Math.min(edgeKind === 'open' ? 48 : scale.pxPerMonth * 6, w / 2);
  const veil = (edgeKind: Bar['endEdge'], side: 'start' | 'end') => {
    if (edgeKind !== 'year' && edgeKind !== 'missing' && edgeKind !== 'open') return null;
    const kind = edgeKind === 'year' ? 'year' : 'missing';
    const span = veilSpan(edgeKind);
    const vx = side === 'start' ? x0 : x1 - span;
    return <rect className="tl-veil" x={vx} y={top} width={span} height={h} fill={`url(#${gradients}-${kind}-${side})`} />;
  };
  const effectiveEndX = revisedX !== null && revisedX > x1 ? revisedX : x1;
  const mid = top + h / 2;
  const marks = tileView ? continuesPast(x0, open ? edge : effectiveEndX, tileView.x0, tileView.x1) : { before: false, after: false };

  const slipText = slipLabel(slip);
  const words = [endLabel(dates), slipText, overdue && props.overdueWord ? text()['timeline.page.overdueWord'] : ''].filter(Boolean).join(' · ');
  const wordsWidth = textWidth(words, geometry.fontSize);
  // The end date goes beside the end, or inside the bar's end; before the bar only for a short bar ending here.
  // Room is left for the continuation marks at a tile's edges.
  const bounds = { windowX0: props.labelBounds.windowX0 + (marks.before ? 12 : 0), windowX1: props.labelBounds.windowX1 - (marks.after ? 12 : 0) };
  // Inside the bar, the words stay on its solid part: not over a revised extension, nor under the veil of a faded end.
  // The rating's mark sits just before the bar's start (inside it when the bar starts at the chart's or tile's
  // edge); an end date written before a short bar moves left to make room for it.
  const markSize = Math.max(7, Math.min(12, h - 1));
  const markX = x0 - markSize - 3 >= (tileView ? tileView.x0 : 0) ? x0 - markSize - 3 : x0 + 2;
  const placed = placeBarLabel({ x0, x1: open ? edge : effectiveEndX, solidX1: x1 - veilSpan(bar.endEdge), textWidth: wordsWidth, ...bounds, gap: 5 });
  const label = placed && props.rating && !placed.inside && placed.anchor === 'end' && placed.x <= x0 ? { ...placed, x: Math.min(placed.x, markX - 3) } : placed;
  const labelClass = ['tl-bar-label', label?.inside ? 'tl-bar-label--inside' : '', overdue ? 'tl-bar-label--overdue' : '', slip !== null && slip > 0 ? 'tl-bar-label--slipped' : '', slip !== null && slip < 0 ? 'tl-bar-label--earlier' : '']
    .filter(Boolean)
    .join(' ');
  const handles = props.interactive ? handlesOf(dates) : [];
  const grip = Math.min(8, Math.max(4, w / 4));

  return (
    <g className={`tl-bar ${statusClass(props.status)}${overdue ? ' tl-bar--overdue' : ''}${props.dragging ? ' tl-bar--dragging' : ''}`} data-bar={props.index}>
      {overdue && props.todayX !== null && props.todayX > effectiveEndX && (
        <line className="tl-overdue-tail" x1={effectiveEndX} x2={props.todayX} y1={mid} y2={mid} />
      )}
      {revisedX !== null && revisedX > x1 && (
        <rect className="tl-bar__revised" x={x1} y={top + 1} width={revisedX - x1} height={h - 2} fill={`url(#${gradients}-revised)`} />
      )}
      <path className="tl-bar__body" d={barPath(x0, x0 + w, top, h, open)} />
      {veil(bar.startEdge, 'start')}
      {veil(bar.endEdge, 'end')}
      {revisedX !== null && revisedX < x1 && <rect className="tl-bar__revised-mark" x={revisedX - 1} y={top - 2} width={2} height={h + 4} />}
      {tileView && marks.before && <ContinuationMark x={tileView.x0} y={top} h={h} side="before" />}
      {tileView && marks.after && <ContinuationMark x={tileView.x1} y={top} h={h} side="after" />}
      {props.rating && <RatingChartMark rating={props.rating} x={markX} y={mid - markSize / 2} size={markSize} />}
      {label && (
        <>
          {!label.inside && <rect className="tl-bar-label-backdrop" x={label.anchor === 'start' ? label.x - 2 : label.x - wordsWidth - 2} y={mid - geometry.fontSize * 0.65} width={wordsWidth + 4} height={geometry.fontSize * 1.3} rx={2} />}
          <text className={labelClass} x={label.x} y={mid} textAnchor={label.anchor} dominantBaseline="central" fontSize={geometry.fontSize}>
            {words}
          </text>
        </>
      )}
      {handles.includes('move') && <rect className="tl-handle tl-handle--move" data-handle="move" data-row={props.index} x={x0} y={top - 3} width={w} height={h + 6} />}
      {handles.includes('start') && (
        <rect className="tl-handle tl-handle--start" data-handle="start" data-row={props.index} x={x0 - grip / 2} y={top - 3} width={grip} height={h + 6} />
      )}
      {handles.includes('end') && <rect className="tl-handle tl-handle--end" data-handle="end" data-row={props.index} x={x0 + w - grip / 2} y={top - 3} width={grip} height={h + 6} />}
    </g>
  );
}
