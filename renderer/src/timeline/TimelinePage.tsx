// One printed page of the timeline, as one SVG: a title line, the time header and the row labels (repeated on every
// page), the tile of the chart, and a legend. Print views (the timeline's own, and the review pack's) draw each
// page of `printLayout` with it.
import { useId, type ReactNode } from 'react';
import type { ActionRating, Id } from '../../../shared/domain';
import { yearOfMonth } from '../../../shared/months';
import { groupCountText, shortTimelineText } from '../../../shared/timeline/labels';
import type { TimelineRow } from '../../../shared/timeline/layout';
import { xOfMonthEnd, xOfMonthStart, type MonthScale, type MonthWindow } from '../../../shared/timeline/scale';
import type { SnapshotActionDates } from '../../../shared/timeline/snapshot-dates';
import { DELIVERY_RATINGS } from '../../../shared/vocab/ratings';
import { PRINT_LABEL_FONT, tileHeight, tileTimeline, yearColumns, type PrintGeometry, type TimelinePageTile, type TimelinePrintLayout } from '../../../shared/timeline/tiles';
import { text } from '../language/language';
import { RatingShapeAt } from '../ratings/RatingChartMark';
import { StatusIcon } from '../ui/Status';
import { STATUS_ORDER, statusKeyOf, statusLabel } from '../ui/status-view';
import { fitText, textWidth } from './text-fit';
import { TimelineChart, type TodayMark } from './TimelineChart';
import { headerLines, TimelineHeader } from './TimelineHeader';

/** The line height of a printed time header. */
export const PRINT_HEADER_LINE = 15;

/** Tiles for printing `rows` over `span`: the header's height follows the zoom the page width allows. */
export function printLayout(rows: readonly TimelineRow[], span: MonthWindow, geometry: PrintGeometry, fiscalYearBands: boolean): { layout: TimelinePrintLayout; geometry: PrintGeometry } {
  const { pxPerMonth } = yearColumns(span, geometry);
  const lines = headerLines({ first: span.first, last: span.last, pxPerMonth }, fiscalYearBands);
  const sized = { ...geometry, headerHeight: lines * PRINT_HEADER_LINE };
  return { layout: tileTimeline(rows, span, sized), geometry: sized };
}

export interface TimelinePageProps {
  readonly page: TimelinePageTile;
  readonly layout: TimelinePrintLayout;
  readonly geometry: PrintGeometry;
  /** The plan's title. */
  readonly title: string;
  /** What is printed: grouping, filters, snapshot. */
  readonly subtitle: string;
  readonly rowCount: number;
  readonly today: TodayMark | null;
  readonly fiscalYearBands: boolean;
  readonly ghosts?: ReadonlyMap<Id, SnapshotActionDates> | null;
  readonly snapshotName?: string | null;
  /** Each action's delivery rating, marked on its bar (the Timeline view's print). */
  readonly ratings?: ReadonlyMap<Id, ActionRating> | null;
  /** The legend's words for the thin bars when they are not a snapshot's dates ("Planned dates"). */
  readonly ghostWords?: string | null;
  /** False where the pages are numbered around it (a review pack's footer). */
  readonly numbered?: boolean;
  /** What the today line stands for, in the legend: "Today", or a pack's "As of 31 Mar 2027". */
  readonly todayLabel?: string;
}

/** What a printed page of the timeline shows, in words, for readers who cannot see it (a tagged PDF's figure): where it
 *  is, which actions, how many of them overdue. */
function pageDescription(title: string, pageText: string, position: string, rows: readonly TimelineRow[]): string {
  // A folded group (a long pack's statement) stands for its actions.
  const actions = rows.reduce((sum, row) => sum + (row.kind === 'action' ? 1 : row.collapsed ? row.count : 0), 0);
  const overdue = rows.reduce((sum, row) => sum + (row.kind === 'action' ? (row.action.overdue ? 1 : 0) : row.collapsed ? row.overdue : 0), 0);
  // The range names the actions (or the folded groups standing for them), not the chapter or statement heading the
  // page starts with.
  const codes = rows
    .filter((row) => row.kind === 'action' || row.collapsed)
    .map((row) => (row.kind === 'action' ? row.action.code : row.code))
    .filter((code) => code !== '');
  const t = text();
  const range = codes.length > 1 ? t['timeline.page.range'](codes[0]!, codes.at(-1)!) : codes.length === 1 ? ` (${codes[0]})` : '';
  return t['timeline.page.description'](title, pageText.toLowerCase(), position, actions, range, overdue);
}

const LABEL_FONT = PRINT_LABEL_FONT;
// Dates as large as the labels: a review pack prints the page at 1.25 times, where 7.6 came out at 7 pt.
const DATES_FONT = 8.6;
const INK = 'var(--text)';

export function TimelinePage(props: TimelinePageProps) {
  const { page, layout, geometry, today, fiscalYearBands, ghosts } = props;
  const scale: MonthScale = layout.scale;
  const { pageWidth: W, labelWidth, rowHeight, titleHeight, headerHeight, footerHeight } = geometry;
  const H = tileHeight(geometry, page);
  const numbered = props.numbered ?? true;
  const x0 = xOfMonthStart(scale, page.window.first);
  const x1 = xOfMonthEnd(scale, page.window.last);
  const chartTop = titleHeight + headerHeight;
  const rowsHeight = page.rows.length * rowHeight;
  const years = `${yearOfMonth(page.window.first)}–${yearOfMonth(page.window.last)}`;
  const t = text();
  const rowsText = page.rowTo > page.rowFrom ? t['timeline.page.rows'](page.rowFrom + 1, page.rowTo, props.rowCount) : t['timeline.page.noActions'];
  const pageText = t['timeline.page.pageOf'](page.number, layout.pages.length);
  const position = layout.columns.length > 1 ? `${years} ${t['timeline.page.partAcross'](page.column + 1, layout.columns.length)} · ${rowsText}` : `${years} · ${rowsText}`;

  return (
    <svg className="tl-page" viewBox={`0 0 ${W} ${H}`} width="100%" height="100%" preserveAspectRatio="xMidYMin meet" role="img" aria-label={pageDescription(props.title, pageText, position, page.rows)}>
      <text x={0} y={12} fontSize={12.5} fontWeight={700} fill={INK}>
        {fitText(props.title, W - 260, 12.5, 700)}
      </text>
      <text x={0} y={25} fontSize={8.8} fill="var(--text-secondary)">
        {fitText(props.subtitle, W - 260, 8.8)}
      </text>
      {numbered && (
        <text x={W} y={12} fontSize={10} fontWeight={700} fill={INK} textAnchor="end">
          {pageText}
        </text>
      )}
      <text x={W} y={numbered ? 25 : 12} fontSize={8.8} fill="var(--text-secondary)" textAnchor="end">
        {position}
      </text>

      <rect x={0} y={titleHeight} width={labelWidth} height={headerHeight} fill="var(--surface-sunken)" />
      <text x={6} y={titleHeight + headerHeight - 6} fontSize={9} fontWeight={600} fill="var(--text-secondary)">
        {t['timeline.action']}
      </text>
      {props.ratings && <RatingKey right={labelWidth - 6} baseline={titleHeight + headerHeight - 6} room={labelWidth - 60} />}
      <TimelineHeader
        scale={scale}
        x0={x0}
        x1={x1}
        x={labelWidth}
        y={titleHeight}
        lineHeight={headerHeight / headerLines(scale, fiscalYearBands)}
        fiscalYears={fiscalYearBands}
        today={today}
        fontSize={8.6}
        tile
      />

      <g transform={`translate(0 ${chartTop})`}>
        {page.rows.map((row, i) => (
          <PrintRowLabel key={`${row.key}:${i}`} row={row} y={i * rowHeight} width={labelWidth} height={rowHeight} continued={i < page.carried} />
        ))}
      </g>
      <TimelineChart
        rows={page.rows}
        scale={scale}
        rowHeight={rowHeight}
        view={{ x0, x1, y0: 0, y1: Math.max(rowHeight, rowsHeight) }}
        x={labelWidth}
        y={chartTop}
        today={today}
        fiscalYearBands={fiscalYearBands}
        ghosts={ghosts ?? null}
        ratings={props.ratings ?? null}
        tile
        overdueWord
      />
      <line x1={labelWidth} x2={labelWidth} y1={titleHeight} y2={chartTop + rowsHeight} stroke="var(--border-heavy)" strokeWidth={1} />
      <line x1={0} x2={labelWidth + (x1 - x0)} y1={chartTop + rowsHeight} y2={chartTop + rowsHeight} stroke="var(--border-heavy)" strokeWidth={1} />
      <line x1={0} x2={labelWidth + (x1 - x0)} y1={titleHeight} y2={titleHeight} stroke="var(--border-heavy)" strokeWidth={1} />

      <Legend y={H - footerHeight + 8} width={W} lines={Math.max(1, Math.floor((footerHeight - 9) / LEGEND_LINE))} ghostWords={props.snapshotName ? t['timeline.page.datesAt'](props.snapshotName) : (props.ghostWords ?? null)} todayLabel={props.todayLabel ?? null} />
    </svg>
  );
}

function PrintRowLabel({ row, y, width, height, continued }: { row: TimelineRow; y: number; width: number; height: number; continued: boolean }) {
  const mid = y + height / 2;
  if (row.kind === 'group') {
    const size = row.level === 1 ? 9.2 : 8.6;
    const indent = row.level === 1 ? 5 : 13;
    const code = row.code ? `${row.code} ` : '';
    const tail = ` ${continued ? text()['timeline.page.continued'] : groupCountText(row)}`;
    const codeWidth = code ? textWidth(code, size, 700) : 0;
    const room = width - indent - codeWidth - textWidth(tail, size - 0.6) - 8;
    return (
      <g>
        <rect x={0} y={y} width={width} height={height} fill={row.level === 1 ? 'var(--surface-sunken)' : 'var(--surface-subtle)'} />
        <text x={indent} y={mid} fontSize={size} dominantBaseline="central" fill={INK}>
          {code && <tspan fontWeight={700}>{code}</tspan>}
          <tspan fontWeight={row.level === 1 ? 700 : 600}>{fitText(row.title, room, size, row.level === 1 ? 700 : 600)}</tspan>
          <tspan fill="var(--text-muted)" fontSize={size - 0.6}>
            {tail}
          </tspan>
        </text>
      </g>
    );
  }
  const indent = (row.level === 3 ? 21 : 13) + 13;
  const code = row.action.code || '—';
  const status = statusKeyOf(row.action.status);
  const codeWidth = Math.max(textWidth(code, LABEL_FONT, 700) + 6, 46);
  // The dates in words too: a page tile may show only part of a bar, and paper has no tooltip.
  const dates = row.bar ? shortTimelineText(row.action) : row.action.endOpen ? text()['timeline.page.continueNoStart'] : text()['timeline.page.noDates'];
  const datesWidth = textWidth(dates, DATES_FONT);
  return (
    <g>
      <line x1={0} x2={width} y1={y + height - 0.25} y2={y + height - 0.25} stroke="var(--border-faint)" strokeWidth={0.5} />
      {/* The status as a shape too, for black-and-white printers. */}
      <g className={`status--${status} tl-print-status`} transform={`translate(${indent - 13} ${mid - 5}) scale(0.84)`}>
        <title>{statusLabel(status)}</title>
        <StatusIcon status={status} />
      </g>
      <text x={indent} y={mid} fontSize={LABEL_FONT} dominantBaseline="central" fill={INK}>
        <tspan fontWeight={700}>{code}</tspan>
      </text>
      <text x={indent + codeWidth} y={mid} fontSize={LABEL_FONT} dominantBaseline="central" fill={row.action.overdue ? 'var(--danger-strong)' : INK}>
        {fitText(row.action.title, width - indent - codeWidth - datesWidth - 12, LABEL_FONT)}
      </text>
      <text x={width - 5} y={mid} fontSize={DATES_FONT} dominantBaseline="central" textAnchor="end" fill="var(--text-muted)">
        {dates}
      </text>
    </g>
  );
}

/**
 * The key to the rating marks before the bars, each shape with its word (a black-and-white print needs the words),
 * in the head of the action column, where the footer's legend has no room left; left out where it does not fit.
 */
function RatingKey({ right, baseline, room }: { right: number; baseline: number; room: number }) {
  const size = DATES_FONT;
  const t = text();
  const items = DELIVERY_RATINGS.map((rating, i) => {
    const name = t[`rating.${rating}`];
    return { rating, words: i === 0 ? t['timeline.page.rating'](name) : name.toLowerCase() };
  });
  const widths = items.map((item) => 10 + textWidth(item.words, size));
  const total = widths.reduce((sum, w) => sum + w, 0) + 7 * (items.length - 1);
  if (total > room) return null;
  const starts = widths.map((_, i) => right - total + widths.slice(0, i).reduce((sum, w) => sum + w + 7, 0));
  return (
    <g className="tl-rating-key">
      {items.map((item, i) => (
        <g key={item.rating}>
          <RatingShapeAt rating={item.rating} x={starts[i]!} y={baseline - 7} size={8} />
          <text x={starts[i]! + 10} y={baseline} fontSize={size} fill="var(--text-secondary)">
            {item.words}
          </text>
        </g>
      ))}
    </g>
  );
}

/** A legend line's height; a footer of two lines' height gets a legend of two lines. */
const LEGEND_LINE = 15;

/** `asOf`: the today line stands for a pack's as-of date ("As of 31 Mar 2027"); null for today. */
function Legend({ y, width, lines, ghostWords, todayLabel: asOf }: { y: number; width: number; lines: number; ghostWords: string | null; todayLabel: string | null }) {
  const gradient = `tl-legend${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const items: { width: number; draw: (x: number) => ReactNode }[] = [];
  const size = 8.6;
  const t = text();
  const todayLabel = asOf ?? t['timeline.today'];
  const words = (x: number, shown: string) => (
    <text x={x} y={y + 4.5} fontSize={size} dominantBaseline="central" fill="var(--text-secondary)">
      {shown}
    </text>
  );
  for (const status of STATUS_ORDER) {
    const label = statusLabel(status);
    items.push({
      width: 18 + textWidth(label, size),
      draw: (x) => (
        <g className={`tl-bar tl-bar--${status}`}>
          <rect className="tl-bar__body" x={x} y={y} width={13} height={9} rx={2} />
          {words(x + 17, label)}
        </g>
      ),
    });
  }
  const overdue = asOf === null ? t['timeline.page.overdueToToday'] : t['timeline.page.overdueToAsOf'];
  items.push({
    width: 22 + textWidth(overdue, size),
    draw: (x) => (
      <g className="tl-bar tl-bar--not_started tl-bar--overdue">
        <rect className="tl-bar__body" x={x} y={y} width={9} height={9} rx={2} />
        <line className="tl-overdue-tail" x1={x + 9} x2={x + 19} y1={y + 4.5} y2={y + 4.5} />
        {words(x + 22, overdue)}
      </g>
    ),
  });
  // The as-of line and the snapshot's thin bars before the bar styles: on a narrow page, the legend leaves out
  // what does not fit, from the end.
  items.push({
    width: 12 + textWidth(todayLabel, size),
    draw: (x) => (
      <g>
        <line className="tl-today" x1={x + 3} x2={x + 3} y1={y - 2} y2={y + 11} />
        {words(x + 8, todayLabel)}
      </g>
    ),
  });
  if (ghostWords) {
    items.push({
      width: 20 + textWidth(ghostWords, size),
      draw: (x) => (
        <g className="tl-ghost">
          <rect x={x} y={y + 3} width={15} height={3} rx={1.5} />
          {words(x + 19, ghostWords)}
        </g>
      ),
    });
  }
  items.push({
    width: 18 + textWidth(t['timeline.legend.yearOnly'], size),
    draw: (x) => (
      <g>
        <defs>
          <linearGradient id={gradient} x1="0" x2="1">
            <stop offset="0" stopColor="var(--status-fill-ongoing)" stopOpacity={0.3} />
            <stop offset="1" stopColor="var(--status-fill-ongoing)" />
          </linearGradient>
        </defs>
        <rect x={x} y={y} width={13} height={9} rx={2} fill={`url(#${gradient})`} />
        {words(x + 17, t['timeline.legend.yearOnly'])}
      </g>
    ),
  });
  items.push({
    width: 20 + textWidth(t['timeline.legend.continue'], size),
    draw: (x) => (
      <g className="tl-bar tl-bar--ongoing">
        <path className="tl-bar__body" d={`M${x},${y}h10l5,4.5l-5,4.5h-10z`} />
        {words(x + 19, t['timeline.legend.continue'])}
      </g>
    ),
  });
  {
    const continues = t['timeline.page.continuesPastPage'];
    items.push({
      width: 20 + textWidth(continues, size),
      draw: (x) => (
        <g>
          <path className="tl-continues" d={`M${x + 2},${y + 1.5}l3,3l-3,3M${x + 6},${y + 1.5}l3,3l-3,3`} />
          {words(x + 14, continues)}
        </g>
      ),
    });
  }
  // As many lines as the footer holds (`lines`); what does not fit is left out, from the end.
  let x = 0;
  let line = 0;
  const drawn = [];
  for (const item of items) {
    if (x + item.width > width) {
      if (line + 1 >= lines) break;
      line += 1;
      x = 0;
    }
    drawn.push(
      <g key={`${line}-${x}`} transform={`translate(0 ${line * LEGEND_LINE})`}>
        {item.draw(x)}
      </g>,
    );
    x += item.width + 12;
  }
  return <g className="tl-legend">{drawn}</g>;
}
