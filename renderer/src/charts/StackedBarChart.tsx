// Horizontal bars stacked by series (statuses, delivery ratings), one per chapter or agency, drawn in SVG at the
// width they are shown at so that their words keep their size. Each segment wide enough carries its count and each
// bar its total; the fills are colour and pattern (patterns.tsx), the legend beside the chart gives their words; the
// chart says all its figures in words to a screen reader (its label).
import { niceTicks, patternFill, SeriesPatterns, usePatternPrefix, type SeriesFill } from './patterns';

export interface ChartSeries {
  readonly key: string;
  /** The series' word: "Ongoing", "Amber". */
  readonly label: string;
}

export interface ChartBar {
  readonly key: string;
  /** Written before the name, in bold: a chapter's code, an agency's acronym. */
  readonly code: string;
  readonly name: string;
  readonly counts: Readonly<Record<string, number>>;
}

export interface ChartLayout {
  /** The chart's width in px; its height follows from its rows. */
  readonly width: number;
  readonly labelWidth: number;
  readonly rowHeight: number;
  readonly fontSize: number;
}

export const SCREEN_CHART: Omit<ChartLayout, 'width'> = { labelWidth: 220, rowHeight: 26, fontSize: 12 };

/** Dark figures on a white halo: readable on every fill, in colour or grey. */
const HALO = { fill: 'var(--text)', stroke: 'var(--surface)', strokeWidth: 3, strokeLinejoin: 'round', fontWeight: 700, style: { paintOrder: 'stroke' } } as const;

function totalOf(bar: ChartBar, series: readonly ChartSeries[]): number {
  return series.reduce((sum, s) => sum + (bar.counts[s.key] ?? 0), 0);
}

/** The chart in words: "Actions by status per chapter. 5.1 Digital by Default: 4 actions (1 completed, 2 ongoing); …". */
export function chartText(title: string, bars: readonly ChartBar[], series: readonly ChartSeries[]): string {
  const lines = bars.map((bar) => {
    const total = totalOf(bar, series);
    const parts = series.filter((s) => (bar.counts[s.key] ?? 0) > 0).map((s) => `${bar.counts[s.key]} ${s.label.toLowerCase()}`);
    return `${`${bar.code} ${bar.name}`.trim()}: ${total} ${total === 1 ? 'action' : 'actions'}${parts.length > 0 ? ` (${parts.join(', ')})` : ''}`;
  });
  return `${title}. ${lines.length > 0 ? lines.join('; ') : 'No actions'}.`;
}

/** Cuts a text to about `room` px at `letter` px a letter, with an ellipsis; empty when there is no room at all. */
function fitted(text: string, room: number, letter: number): string {
  const letters = Math.floor(room / letter);
  if (letters < 3) return '';
  return text.length > letters ? `${text.slice(0, letters - 1)}…` : text;
}

/** A bar's label within the label column: its code (bold, cut only when it alone is too long) and as much of its name as fits. */
function labelOf(bar: ChartBar, room: number, fontSize: number): { code: string; name: string } {
  const code = fitted(bar.code, room, fontSize * 0.62);
  const nameRoom = room - (code.length + 1) * fontSize * 0.62;
  return { code, name: fitted(bar.name, nameRoom, fontSize * 0.55) };
}

export function StackedBarChart({
  title,
  bars,
  series,
  fills,
  layout,
  className = 'stacked-chart',
}: {
  title: string;
  bars: readonly ChartBar[];
  series: readonly ChartSeries[];
  fills: readonly SeriesFill[];
  layout: ChartLayout;
  className?: string;
}) {
  const prefix = usePatternPrefix();
  const { width, labelWidth, rowHeight, fontSize } = layout;
  const small = fontSize * 0.9;
  const totalRoom = fontSize * 3;
  const barArea = Math.max(40, width - labelWidth - totalRoom);
  const top = 4;
  const axis = small + 8;
  const max = Math.max(1, ...bars.map((bar) => totalOf(bar, series)));
  const unit = barArea / max;
  const height = top + bars.length * rowHeight + axis;
  const barHeight = rowHeight - Math.round(rowHeight / 3.5);
  const textY = (y: number) => y + rowHeight / 2 + fontSize * 0.35;
  return (
    <svg className={className} viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={chartText(title, bars, series)}>
      <SeriesPatterns prefix={prefix} fills={fills} />
      {niceTicks(max).map((tick) => {
        const x = labelWidth + tick * unit;
        return (
          <g key={tick}>
            <line x1={x} x2={x} y1={top - 2} y2={height - axis + 2} stroke="var(--border)" strokeWidth="0.8" />
            <text x={x} y={height - 3} fontSize={small} textAnchor="middle" fill="var(--text-muted)">
              {tick}
            </text>
          </g>
        );
      })}
      {bars.map((bar, index) => {
        const y = top + index * rowHeight;
        const label = labelOf(bar, labelWidth - 12, fontSize);
        let x = labelWidth;
        return (
          <g key={bar.key} data-bar={bar.key}>
            <text x={labelWidth - 8} y={textY(y)} fontSize={fontSize} textAnchor="end" fill="var(--text)">
              <title>{`${bar.code} ${bar.name}`.trim()}</title>
              {label.code && <tspan fontWeight="700">{label.name ? `${label.code} ` : label.code}</tspan>}
              {label.name}
            </text>
            {series.map((s) => {
              const count = bar.counts[s.key] ?? 0;
              if (count === 0) return null;
              const w = count * unit;
              const segment = (
                <g key={s.key} data-series={s.key} data-count={count}>
                  <rect x={x} y={y + (rowHeight - barHeight) / 2} width={w} height={barHeight} fill={patternFill(prefix, s.key)} stroke="var(--surface)" strokeWidth="0.8">
                    <title>{`${bar.code} ${bar.name}: ${count} ${s.label.toLowerCase()}`.trim()}</title>
                  </rect>
                  {w >= small * 1.4 * String(count).length && (
                    <text x={x + w / 2} y={textY(y)} fontSize={small} textAnchor="middle" {...HALO}>
                      {count}
                    </text>
                  )}
                </g>
              );
              x += w;
              return segment;
            })}
            <text x={x + 6} y={textY(y)} fontSize={small} fill="var(--text)" fontWeight="600" className="stacked-chart__total">
              {totalOf(bar, series)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
