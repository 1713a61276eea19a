// The pack's timeline pages (landscape): one row per action, a bar from start to end in SVG, the as-of date
// as a line, the overdue stretch hatched in red. The app's interactive Gantt (renderer/src/timeline) was not
// built when this was written, so the print pages draw their own; it needs no interaction and must paginate.
import { REPORT_SECTION_TITLES } from '../../../shared/contract';
import type { ReportAction, ReportModel } from '../../../shared/domain';
import { monthsBetween, monthOf, yearOfMonth } from '../../../shared/months';
import { StatusIcon } from '../components/Status';
import { statusKeyOf, statusLabel, STATUS_ORDER } from '../status-view';
import type { Block, FlowSection, TableRow } from './blocks';
import { longDate, timelineOf } from './print-format';

/** Width of the bars' drawing, in SVG units: one unit per CSS pixel of the bar column on A4 landscape, so text is not stretched. */
const WIDTH = 386;
/** Years before and after the as-of date the chart shows at most, so one stray date cannot squash every bar. */
const YEARS_BEFORE = 8;
const YEARS_AFTER = 4;

export interface TimelineWindow {
  readonly first: string;
  readonly last: string;
  readonly asOf: string;
}

export function timelineWindow(model: ReportModel): TimelineWindow {
  const asOfYear = yearOfMonth(model.asOfMonth);
  const firstYear = Math.max(yearOfMonth(model.timeline.first ?? model.asOfMonth), asOfYear - YEARS_BEFORE);
  const lastYear = Math.max(Math.min(yearOfMonth(model.timeline.last ?? model.asOfMonth), asOfYear + YEARS_AFTER), asOfYear);
  return { first: monthOf(Math.min(firstYear, asOfYear), 1), last: monthOf(lastYear, 12), asOf: model.asOfMonth };
}

function xOf(window: TimelineWindow, month: string, edge: 'start' | 'end'): number {
  const span = monthsBetween(window.first, window.last) + 1;
  const index = monthsBetween(window.first, month) + (edge === 'end' ? 1 : 0);
  return (Math.max(0, Math.min(span, index)) / span) * WIDTH;
}

function TimelineAxis({ window }: { window: TimelineWindow }) {
  const years = yearsOf(window);
  const asOf = xOf(window, window.asOf, 'start');
  return (
    <svg className="rp-axis" viewBox={`0 0 ${WIDTH} 16`} width="100%" height="16" preserveAspectRatio="none" aria-label="Years">
      {years.map((year) => {
        const x = xOf(window, monthOf(year, 1), 'start');
        const next = xOf(window, monthOf(year, 12), 'end');
        return (
          <g key={year}>
            <line x1={x} x2={x} y1="0" y2="16" stroke="#9aa4af" strokeWidth="0.8" />
            <text x={(x + next) / 2} y="11.5" fontSize="9.5" textAnchor="middle" fill="#1c2733" fontWeight="600">
              {year}
            </text>
          </g>
        );
      })}
      <rect x={asOf - 0.8} y="0" width="1.6" height="16" fill="#a3211d" />
    </svg>
  );
}

function TimelineBar({ action, window }: { action: ReportAction; window: TimelineWindow }) {
  const status = statusKeyOf(action.status);
  const asOf = xOf(window, window.asOf, 'start');
  const start = action.start ? xOf(window, action.start, 'start') : null;
  const endMonth = action.revisedEnd ?? action.end;
  const end = action.endOpen ? xOf(window, window.asOf, 'end') : endMonth ? xOf(window, endMonth, 'end') : null;
  const beforeWindow = action.start !== null && action.start < window.first;
  const afterWindow = action.endOpen || (endMonth !== null && endMonth > window.last);
  // Solid fills and plain lines only: SVG patterns and CSS gradients repeated on thousands of rows make printing
  // to PDF many times slower. The status is also written in its own column, and the fills differ in lightness.
  return (
    <div className="rp-bar-wrap">
      {yearsOf(window).map((year) => (
        <span key={year} className="rp-year-line" style={{ left: `${(xOf(window, monthOf(year, 1), 'start') / WIDTH) * 100}%` }} />
      ))}
      <svg className="rp-bar" viewBox={`0 0 ${WIDTH} 12`} width="100%" height="12" preserveAspectRatio="none" aria-hidden="true">
        {start !== null && end !== null && end > start && (
          <rect x={start} y="2" width={end - start} height="8" fill={BAR_FILL[status]} stroke="#3d4a57" strokeWidth="0.6" />
        )}
        {start === null && end !== null && <rect x={Math.max(0, end - 3)} y="1" width="3" height="10" fill="#3d4a57" />}
        {action.overdue && end !== null && asOf > end && <rect x={end} y="3.5" width={asOf - end} height="5" fill="#f4c7c4" stroke="#a3211d" strokeWidth="0.6" />}
        {action.endOpen && end !== null && <path d={`M${end} 6H${WIDTH - 4}`} stroke="#3d4a57" strokeWidth="1" strokeDasharray="3 2" />}
        {afterWindow && <path d={`M${WIDTH - 6} 2l5 4-5 4z`} fill="#3d4a57" />}
        {beforeWindow && <path d="M6 2l-5 4 5 4z" fill="#3d4a57" />}
        <rect x={asOf - 0.6} y="0" width="1.2" height="12" fill="#a3211d" />
      </svg>
    </div>
  );
}

function yearsOf(window: TimelineWindow): number[] {
  const years: number[] = [];
  for (let y = yearOfMonth(window.first); y <= yearOfMonth(window.last); y += 1) years.push(y);
  return years;
}

/** Fills that differ in lightness as well as hue, so that they stay apart on a black-and-white printer. */
export const BAR_FILL = { completed: '#1f5e36', ongoing: '#5b8fd6', not_started: '#c9cfd6', on_hold: '#e3aa45', dropped: '#8d4b6e', unknown: '#ffffff' } as const;

export function timelineSection(model: ReportModel): FlowSection {
  const window = timelineWindow(model);
  const rows: TableRow[] = [];
  for (const chapter of model.chapters) {
    const actions = chapter.statements.flatMap((s) => s.actions);
    if (actions.length === 0) continue;
    rows.push({ key: `tl-ch-${chapter.id}`, className: 'rp-row--group', cells: { group: `${chapter.code} ${chapter.title}`.trim() } });
    for (const action of actions) {
      const key = statusKeyOf(action.status);
      rows.push({
        key: `tl-${action.id}`,
        className: 'rp-row--timeline',
        cells: [
          <span key="c" className="rp-code">{action.code}</span>,
          action.title,
          action.leadText,
          <span key="s">
            <span className={`rp-status rp-status--${key} rp-status--compact`}>
              <StatusIcon status={key} />
              {statusLabel(key)}
            </span>
            {action.overdue && <span className="rp-overdue-mark">Overdue</span>}
          </span>,
          timelineOf(action),
          <TimelineBar key="b" action={action} window={window} />,
        ],
      });
    }
  }
  const blocks: Block[] = [
    {
      kind: 'atom',
      key: 'timeline-title',
      keepWithNext: true,
      node: (
        <div className="rp-heading rp-heading--1">
          <h1>{REPORT_SECTION_TITLES.timeline}</h1>
          <p className="rp-heading__note rp-legend">
            {STATUS_ORDER.filter((s) => model.summary.byStatus[s] > 0).map((s) => (
              <span key={s}>
                <svg width="10" height="10" viewBox="0 0 10 10" aria-hidden="true">
                  <rect x="0.5" y="0.5" width="9" height="9" fill={BAR_FILL[s]} stroke="#3d4a57" strokeWidth="0.6" />
                </svg>{' '}
                {statusLabel(s)}
              </span>
            ))}
            <span>
              <svg width="16" height="10" viewBox="0 0 16 10" aria-hidden="true">
                <rect x="0.5" y="2.5" width="15" height="5" fill="#f4c7c4" stroke="#a3211d" strokeWidth="0.6" />
              </svg>{' '}
              Overdue stretch
            </span>
            <span>
              <svg width="4" height="10" viewBox="0 0 4 10" aria-hidden="true">
                <rect width="2" height="10" x="1" fill="#a3211d" />
              </svg>{' '}
              As of {longDate(model.asOf)}
            </span>
            <span>▸ continues beyond the chart, or open-ended (“Continue”)</span>
          </p>
        </div>
      ),
    },
  ];
  if (rows.length === 0) {
    blocks.push({ kind: 'atom', key: 'timeline-none', node: <p className="rp-para rp-para--none">No action in this scope.</p> });
  } else {
    blocks.push({
      kind: 'table',
      key: 'timeline-table',
      className: 'rp-table--timeline',
      columns: [
        { label: 'Code', width: '6.5%' },
        { label: 'Action', width: '29%' },
        { label: 'Lead agency', width: '8.5%' },
        { label: 'Status', width: '9%' },
        { label: 'Start – end', width: '9%' },
        { label: <TimelineAxis window={window} />, width: '38%' },
      ],
      rows,
    });
  }
  return { id: 'timeline', title: REPORT_SECTION_TITLES.timeline, inContents: true, orientation: 'landscape', newPage: true, blocks };
}
