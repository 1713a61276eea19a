// The time header above the chart, as SVG: fiscal years (when their bands are on), years, and quarters or months
// as the zoom leaves room for, with a mark where today is. Draws the months of `x0..x1` only.
import { detailUnitOf, monthAtX, timeHeader, xOfDay, type HeaderCell, type MonthScale } from '../../../shared/timeline/scale';
import { text } from '../language/language';
import type { TodayMark } from './TimelineChart';
import './timeline-chart.css';

export interface TimelineHeaderProps {
  readonly scale: MonthScale;
  readonly x0: number;
  readonly x1: number;
  /** Height of each line of the header. */
  readonly lineHeight: number;
  readonly fiscalYears: boolean;
  readonly today: TodayMark | null;
  /** A printed tile cuts cells at its edges; the screen keeps them whole so labels hold still while scrolling. */
  readonly tile?: boolean;
  readonly x?: number;
  readonly y?: number;
  readonly fontSize?: number;
}

/** The lines the header has at this zoom: for sizing it before drawing. */
export function headerLines(scale: MonthScale, fiscalYears: boolean): number {
  return 1 + (fiscalYears ? 1 : 0) + (detailUnitOf(scale.pxPerMonth) ? 1 : 0);
}

function Line({ cells, y, height, kind, fontSize, x0, x1 }: { cells: readonly HeaderCell[]; y: number; height: number; kind: string; fontSize: number; x0: number; x1: number }) {
  return (
    <g className={`tl-head-line tl-head-line--${kind}`}>
      {cells.map((cell, i) => {
        // The label sits at the middle of the cell's visible part, so a wide year stays labelled at the page edge.
        const left = Math.max(cell.x, x0);
        const right = Math.min(cell.x + cell.width, x1);
        return (
          <g key={cell.key}>
            <rect className={i % 2 === 0 ? 'tl-head-cell' : 'tl-head-cell tl-head-cell--alt'} x={cell.x} y={y} width={cell.width} height={height}>
              <title>{cell.title}</title>
            </rect>
            <line className="tl-head-divider" x1={cell.x} x2={cell.x} y1={y} y2={y + height} />
            {cell.label && right - left > fontSize * 1.2 && (
              <text className="tl-head-label" x={(left + right) / 2} y={y + height / 2} textAnchor="middle" dominantBaseline="central" fontSize={fontSize}>
                {cell.label}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}

export function TimelineHeader({ scale, x0, x1, lineHeight, fiscalYears, today, tile = false, x, y, fontSize = 11 }: TimelineHeaderProps) {
  const window = { first: monthAtX(scale, x0), last: monthAtX(scale, Math.max(x0, x1 - 0.01)) };
  const header = timeHeader(scale, { fiscalYears, window, cutToWindow: tile });
  const lines: { kind: string; cells: readonly HeaderCell[] }[] = [];
  if (fiscalYears) lines.push({ kind: 'fy', cells: header.fiscalYears });
  lines.push({ kind: 'year', cells: header.years });
  if (header.detailUnit) lines.push({ kind: header.detailUnit, cells: header.detail });
  const height = lines.length * lineHeight;
  const todayX = today ? xOfDay(scale, today) : null;
  return (
    <svg className="tl-header" x={x} y={y} width={x1 - x0} height={height} viewBox={`${x0} 0 ${x1 - x0} ${height}`} role="presentation">
      {lines.map((line, i) => (
        <Line key={line.kind} cells={line.cells} y={i * lineHeight} height={lineHeight} kind={line.kind} fontSize={line.kind === 'year' ? fontSize + 0.5 : fontSize} x0={x0} x1={x1} />
      ))}
      <line className="tl-head-rule" x1={x0} x2={x1} y1={height - 0.5} y2={height - 0.5} />
      {todayX !== null && todayX >= x0 && todayX <= x1 && (
        <g className="tl-head-today">
          <title>{text()['timeline.today']}</title>
          <line x1={todayX} x2={todayX} y1={height - lineHeight * 0.5} y2={height} />
          <path d={`M${todayX - 5},${height - lineHeight * 0.5 - 6}h10l-5,6z`} />
        </g>
      )}
    </svg>
  );
}
