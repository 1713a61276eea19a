// The executive summary: the actions by status, by chapter, what starts and ends next quarter, and what is overdue.
import type { ReactNode } from 'react';
import { REPORT_SECTION_TITLES } from '../../../../shared/vocab/report-sections';
import type { ReportModel } from '../../../../shared/domain';
import { formatMonth } from '../../../../shared/months';
import { FUND_LABELS, FUND_STATUSES, type StatusCounts } from '../../../../shared/vocab/status';
import { STATUS_ORDER, statusLabel, totalOf, type StatusKey } from '../../ui/status-view';
import type { Block, FlowSection, TableColumn } from '../blocks';
import { ChapterStatusChart, StatusShape, StatusShareBar, StatusSwatch } from '../charts';
import { longDate, plural } from '../print-format';
import { BRIEF_COLUMNS, briefRow, Code, heading, paragraph, planStateNote, sectionHeading, StatusMark, summaryList, table } from './parts';

/** Chapters per chart: more would make the chart taller than a page. */
const CHAPTERS_PER_CHART = 26;

export function summarySection(model: ReportModel): FlowSection {
  const s = model.summary;
  const total = s.total;
  const pct = (n: number) => (total === 0 ? '0%' : `${Math.round((n / total) * 100)}%`);
  const shown: StatusKey[] = STATUS_ORDER.filter((k) => k === 'completed' || k === 'ongoing' || k === 'not_started' || s.byStatus[k] > 0);
  const blocks: Block[] = [
    sectionHeading(
      'summary',
      <>
        {model.scope.label} · position as of {longDate(model.asOf)}
        {model.period ? ` · reporting period ${model.period.label}` : ''}
        {planStateNote(model)}
      </>,
    ),
    {
      kind: 'atom',
      key: 'summary-figures',
      node: (
        <div className="rp-figures">
          <div className="rp-figure rp-figure--total">
            <b>{total}</b>
            <span>Actions</span>
          </div>
          {shown.map((k) => (
            <div key={k} className={`rp-figure rp-status--${k}`}>
              <b>{s.byStatus[k]}</b>
              <span>
                <StatusShape status={k} /> {statusLabel(k)} <i>{pct(s.byStatus[k])}</i>
              </span>
            </div>
          ))}
          <div className="rp-figure rp-figure--overdue">
            <b>{s.overdue}</b>
            <span>Overdue</span>
          </div>
        </div>
      ),
    },
    {
      kind: 'atom',
      key: 'summary-share',
      node: (
        <div className="rp-share">
          <StatusShareBar counts={s.byStatus} />
          <p className="rp-legend">
            {STATUS_ORDER.filter((k) => s.byStatus[k] > 0).map((k) => (
              <span key={k}>
                <StatusSwatch status={k} /> {statusLabel(k)} ({s.byStatus[k]})
              </span>
            ))}
          </p>
        </div>
      ),
    },
    heading('summary-chapters-title', 'Actions by status per chapter'),
  ];
  for (let i = 0; i < s.byChapter.length; i += CHAPTERS_PER_CHART) {
    blocks.push({ kind: 'atom', key: `summary-chart-${i}`, node: <ChapterStatusChart chapters={s.byChapter.slice(i, i + CHAPTERS_PER_CHART)} /> });
  }
  const other = (c: StatusCounts) => c.on_hold + c.dropped + c.unknown;
  const countColumns: readonly TableColumn[] = [
    { label: 'Chapter', width: '40%' },
    { label: 'Actions', width: '10%', align: 'right' },
    { label: 'Completed', width: '11%', align: 'right' },
    { label: 'Ongoing', width: '10%', align: 'right' },
    { label: 'Not started', width: '11%', align: 'right' },
    { label: 'Other', width: '8%', align: 'right' },
    { label: 'Overdue', width: '10%', align: 'right' },
  ];
  const countCells = (label: ReactNode, c: StatusCounts, overdue: number) => [
    label,
    totalOf(c),
    c.completed,
    c.ongoing,
    c.not_started,
    other(c),
    <span key="o" className={overdue > 0 ? 'rp-alert' : undefined}>{overdue}</span>,
  ];
  blocks.push(
    table(
      'summary-chapter-table',
      countColumns,
      [
        ...s.byChapter.map((c) => ({ key: `sc-${c.id}`, cells: countCells(<><Code>{c.code}</Code> {c.title}</>, c.byStatus, c.overdue) })),
        { key: 'sc-total', className: 'rp-row--total', cells: countCells('Total', s.byStatus, s.overdue) },
      ],
      { empty: 'The plan has no chapters in this scope.' },
    ),
    paragraph('summary-other-note', '“Other” counts actions on hold, dropped, or with no status recorded.', 'rp-para rp-para--note'),
  );

  blocks.push(
    heading('summary-quarter-title', `Next quarter: ${model.nextQuarter.label} (${formatMonth(model.nextQuarter.start)} – ${formatMonth(model.nextQuarter.end)})`),
    paragraph(
      'summary-quarter-text',
      <>
        {plural(s.startingNextQuarter.length, 'action')} {s.startingNextQuarter.length === 1 ? 'starts' : 'start'} and {plural(s.endingNextQuarter.length, 'action')}{' '}
        {s.endingNextQuarter.length === 1 ? 'is' : 'are'} due to end in the next quarter (completed and dropped actions left out).
      </>,
    ),
    heading('summary-starting-title', `Starting in ${model.nextQuarter.label}`, { level: 3 }),
    ...summaryList('summary-starting', s.startingNextQuarter, (a) => briefRow(a, 'start'), BRIEF_COLUMNS, 'No action starts in the next quarter.'),
    heading('summary-ending-title', `Ending in ${model.nextQuarter.label}`, { level: 3 }),
    ...summaryList('summary-ending', s.endingNextQuarter, (a) => briefRow(a, 'end'), BRIEF_COLUMNS, 'No action is due to end in the next quarter.'),
  );

  blocks.push(
    heading('summary-fund-title', 'Funding'),
    table(
      'summary-fund',
      [
        { label: 'Fund status', width: '50%' },
        { label: 'Actions', width: '15%', align: 'right' },
        { label: 'Share', width: '15%', align: 'right' },
      ],
      [
        ...FUND_STATUSES.map((f) => ({ key: `fund-${f}`, cells: [FUND_LABELS[f], s.byFund[f], pct(s.byFund[f])] })),
        { key: 'fund-unknown', cells: ['Not recorded', s.byFund.unknown, pct(s.byFund.unknown)] },
      ],
    ),
    paragraph(
      'summary-fund-text',
      `Funding not committed: ${plural(s.fundingNotCommitted.length, 'open action')} ${s.fundingNotCommitted.length === 1 ? 'has' : 'have'} funding not committed or only partially committed.`,
    ),
    ...summaryList(
      'summary-fund-list',
      s.fundingNotCommitted,
      (a) => ({
        key: `fund-${a.id}`,
        cells: [
          <Code key="c">{a.code}</Code>,
          a.title,
          a.leadText,
          <span key="f">
            <b>{a.fundStatus ? FUND_LABELS[a.fundStatus] : ''}</b>
            {a.fundNote && <span className="rp-wording">{a.fundNote.length > 140 ? `${a.fundNote.slice(0, 138)}…` : a.fundNote}</span>}
          </span>,
          <StatusMark key="s" status={a.status} overdueMonths={a.overdue ? a.monthsOverdue : null} />,
        ],
      }),
      [
        { label: 'Code', width: '11%' },
        { label: 'Action', width: '37%' },
        { label: 'Lead agency', width: '16%' },
        { label: 'Fund', width: '20%' },
        { label: 'Status', width: '16%' },
      ],
      'Every open action has its funding committed, or needs none.',
    ),
  );
  return { id: 'summary', title: REPORT_SECTION_TITLES.summary, inContents: true, sheet: 'portrait', newPage: true, blocks };
}
