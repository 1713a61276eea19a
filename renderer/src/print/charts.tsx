// The pack's charts, as SVG so they print sharp. Each status has a colour and a fill pattern, and every bar
// is labelled, so the charts still read on a black-and-white printer.
import { niceTicks, patternFill, SeriesPatterns, STATUS_FILLS, Swatch, usePatternPrefix } from '../charts/patterns';
import type { StatusCounts } from '../../../shared/vocab/status';
import { text } from '../language/language';
import { STATUS_ORDER, statusLabel, totalOf, type StatusKey } from '../ui/status-view';

/** The fill for a status: its pattern (which carries its colour). */
export function statusFill(prefix: string, status: StatusKey): string {
  return patternFill(prefix, status);
}

/** A small legend swatch in the same fill as the charts. */
export function StatusSwatch({ status }: { status: StatusKey }) {
  return <Swatch fills={STATUS_FILLS} fillKey={status} className="rp-swatch" />;
}

/** Dark figures on a white halo: readable on every fill, in colour or grey. */
const HALO = { fill: 'var(--text)', stroke: 'var(--surface)', strokeWidth: 3, strokeLinejoin: 'round', fontWeight: 700, style: { paintOrder: 'stroke' } } as const;

/** The statuses present, each with where its segment starts and how wide it is, for a bar starting at `x0`. */
function stackOf(counts: StatusCounts, x0: number, unit: number) {
  const segments: { status: StatusKey; count: number; x: number; w: number }[] = [];
  let x = x0;
  for (const status of STATUS_ORDER) {
    const count = counts[status];
    if (count === 0) continue;
    segments.push({ status, count, x, w: count * unit });
    x += count * unit;
  }
  return { segments, end: x };
}

/** A status count in words, for a chart's text alternative: "21 ongoing". */
function countText(status: StatusKey, count: number): string {
  return `${count} ${statusLabel(status).toLowerCase()}`;
}

/** What a chart of chapters shows, in words, for readers who cannot see it: each chapter's total and its statuses. */
export function chapterChartText(chapters: readonly { code: string; title: string; byStatus: StatusCounts }[]): string {
  const lines = chapters.map((chapter) => {
    const counts = STATUS_ORDER.filter((status) => chapter.byStatus[status] > 0).map((status) => countText(status, chapter.byStatus[status]));
    const total = totalOf(chapter.byStatus);
    return `${text()['print.chart.actions'](`${chapter.code} ${chapter.title}`.trim(), total)}${counts.length > 0 ? ` (${counts.join(', ')})` : ''}`;
  });
  return text()['print.chart.byChapter'](lines.join('; '));
}

/** What the share bar shows, in words: each status's count and share of the whole. */
export function shareText(counts: StatusCounts): string {
  const total = totalOf(counts);
  const parts = STATUS_ORDER.filter((status) => counts[status] > 0).map((status) => `${countText(status, counts[status])} (${Math.round((counts[status] / total) * 100)}%)`);
  return text()['print.chart.share'](total, parts.length > 0 ? parts.join(', ') : text()['print.chart.none']);
}

/** One bar per chapter, stacked by status, with the chapter's name and its total. */
export function ChapterStatusChart({ chapters, width = 640 }: { chapters: readonly { code: string; title: string; byStatus: StatusCounts }[]; width?: number }) {
  const prefix = usePatternPrefix();
  const labelWidth = 250;
  const barArea = width - labelWidth - 50;
  const rowHeight = 24;
  const top = 6;
  const max = Math.max(1, ...chapters.map((c) => totalOf(c.byStatus)));
  const height = top + chapters.length * rowHeight + 22;
  const ticks = niceTicks(max);
  return (
    <svg className="rp-chart" viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-label={chapterChartText(chapters)}>
      <SeriesPatterns prefix={prefix} fills={STATUS_FILLS} />
      {ticks.map((tick) => {
        const x = labelWidth + (tick / max) * barArea;
        return (
          <g key={tick}>
            <line x1={x} x2={x} y1={top - 2} y2={height - 18} stroke="var(--border)" strokeWidth="0.8" />
            <text x={x} y={height - 6} fontSize="9.5" textAnchor="middle" fill="var(--text-muted)">
              {tick}
            </text>
          </g>
        );
      })}
      {chapters.map((chapter, index) => {
        const y = top + index * rowHeight;
        const name = `${chapter.code} ${chapter.title}`.trim();
        const total = totalOf(chapter.byStatus);
        const { segments, end } = stackOf(chapter.byStatus, labelWidth, barArea / max);
        return (
          <g key={`${chapter.code}-${index}`}>
            <text x={labelWidth - 8} y={y + 15} fontSize="10.5" textAnchor="end" fill="var(--text)">
              {name.length > 44 ? `${name.slice(0, 42)}…` : name}
            </text>
            {segments.map(({ status, count, x, w }) => {
              const rect = <rect key={status} x={x} y={y + 4} width={w} height={rowHeight - 8} fill={statusFill(prefix, status)} stroke="var(--surface)" strokeWidth="0.8" />;
              const label =
                w >= 16 ? (
                  <text key={`${status}-n`} x={x + w / 2} y={y + 15.5} fontSize="9.5" textAnchor="middle" {...HALO}>
                    {count}
                  </text>
                ) : null;
              return [rect, label];
            })}
            <text x={end + 6} y={y + 15.5} fontSize="10" fill="var(--text)" fontWeight="600">
              {total}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** The whole scope as one bar, 100% wide, with each status's count and share written under it. */
export function StatusShareBar({ counts }: { counts: StatusCounts }) {
  const prefix = usePatternPrefix();
  const total = totalOf(counts);
  const width = 640;
  const { segments } = stackOf(counts, 0, total === 0 ? 0 : width / total);
  return (
    <svg className="rp-chart" viewBox={`0 0 ${width} 26`} width="100%" role="img" aria-label={shareText(counts)}>
      <SeriesPatterns prefix={prefix} fills={STATUS_FILLS} />
      {total === 0 && <rect x="0" y="2" width={width} height="22" fill="var(--surface-muted)" stroke="var(--border)" />}
      {segments.map(({ status, count, x, w }) => (
          <g key={status}>
            <rect x={x} y="2" width={w} height="22" fill={statusFill(prefix, status)} stroke="var(--surface)" strokeWidth="1" />
            {w > 70 && (
              <text x={x + 6} y="17" fontSize="10.5" {...HALO}>
                {statusLabel(status)} {Math.round((count / total) * 100)}%
              </text>
            )}
          </g>
      ))}
    </svg>
  );
}

/** Progress from baseline (0%) to target (100%); beyond 100% the bar is full and the figure says by how much. */
/** Boxes, not SVG: an inline SVG per row (one per indicator) made printing those pages to PDF about twice as slow. */
export function ProgressBar({ progress }: { progress: number }) {
  const shown = Math.max(0, Math.min(1, progress));
  return (
    <span className="rp-progress">
      <span className="rp-progress__track" aria-hidden="true">
        <span className={`rp-progress__fill${progress >= 1 ? ' rp-progress__fill--done' : ''}`} style={{ width: `${(shown * 100).toFixed(1)}%` }} />
      </span>
      <span className="rp-progress__n">{Math.round(progress * 100)}%</span>
    </span>
  );
}

/**
 * A status's shape (a filled, half-filled, empty or dashed circle, two bars, a cross), drawn by print.css: the app's
 * SVG icon, once in every status of every row, made printing to PDF about twice as slow. With the label, it keeps the
 * status readable in black and white.
 */
export function StatusShape({ status }: { status: StatusKey }) {
  return <span className={`rp-shape rp-shape--${status}`} aria-hidden="true" />;
}
