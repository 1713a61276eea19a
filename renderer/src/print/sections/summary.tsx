// The executive summary: the actions by status, by chapter, what starts and ends next quarter, and what is overdue.
import type { ReactNode } from 'react';
import type { ReportModel } from '../../../../shared/domain';
import { formatMonth } from '../../../../shared/months';
import { FUND_STATUSES, type StatusCounts } from '../../../../shared/vocab/status';
import { fundLabel, STATUS_ORDER, statusLabel, totalOf, type StatusKey } from '../../ui/status-view';
import type { Block, FlowSection } from '../blocks';
import { text } from '../../language/language';
import { ChapterStatusChart, StatusShape, StatusShareBar, StatusSwatch } from '../charts';
import { longDate } from '../print-format';
import { briefColumns, briefRow, Code, heading, paragraph, planStateNote, sectionHeading, sectionTitle, StatusMark, statusCountColumns, summaryList, table } from './parts';

/** Chapters per chart: more would make the chart taller than a page. */
const CHAPTERS_PER_CHART = 26;

export function summarySection(model: ReportModel): FlowSection {
  const s = model.summary;
  const total = s.total;
  const pct = (n: number) => (total === 0 ? '0%' : `${Math.round((n / total) * 100)}%`);
  const shown: StatusKey[] = STATUS_ORDER.filter((k) => k === 'completed' || k === 'ongoing' || k === 'not_started' || s.byStatus[k] > 0);
  const t = text();
  const blocks: Block[] = [
    sectionHeading(
      'summary',
      <>
        {model.scope.label} · {t['print.positionAsOf'](longDate(model.asOf))}
        {model.period ? ` · ${t['print.summary.reportingPeriod'](model.period.label)}` : ''}
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
            <span>{t['print.col.actions']}</span>
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
            <span>{t['print.summary.overdue']}</span>
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
    heading('summary-chapters-title', t['print.summary.byChapter']),
  ];
  for (let i = 0; i < s.byChapter.length; i += CHAPTERS_PER_CHART) {
    blocks.push({ kind: 'atom', key: `summary-chart-${i}`, node: <ChapterStatusChart chapters={s.byChapter.slice(i, i + CHAPTERS_PER_CHART)} /> });
  }
  const other = (c: StatusCounts) => c.on_hold + c.dropped + c.unknown;
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
      statusCountColumns(t['print.col.chapter']),
      [
        ...s.byChapter.map((c) => ({ key: `sc-${c.id}`, cells: countCells(<><Code>{c.code}</Code> {c.title}</>, c.byStatus, c.overdue) })),
        { key: 'sc-total', className: 'rp-row--total', cells: countCells(t['print.summary.total'], s.byStatus, s.overdue) },
      ],
      { empty: t['print.summary.noChapters'] },
    ),
    paragraph('summary-other-note', t['print.summary.otherMeans'], 'rp-para rp-para--note'),
  );

  blocks.push(
    heading('summary-quarter-title', t['print.summary.nextQuarter'](model.nextQuarter.label, formatMonth(model.nextQuarter.start), formatMonth(model.nextQuarter.end))),
    paragraph('summary-quarter-text', t['print.summary.nextQuarterText'](s.startingNextQuarter.length, s.endingNextQuarter.length)),
    heading('summary-starting-title', t['print.summary.startingIn'](model.nextQuarter.label), { level: 3 }),
    ...summaryList('summary-starting', s.startingNextQuarter, (a) => briefRow(a, 'start'), briefColumns(), t['print.summary.noneStarting']),
    heading('summary-ending-title', t['print.summary.endingIn'](model.nextQuarter.label), { level: 3 }),
    ...summaryList('summary-ending', s.endingNextQuarter, (a) => briefRow(a, 'end'), briefColumns(), t['print.summary.noneEnding']),
  );

  blocks.push(
    heading('summary-fund-title', t['print.summary.funding']),
    table(
      'summary-fund',
      [
        { label: t['print.summary.fundStatus'], width: '50%' },
        { label: t['print.col.actions'], width: '15%', align: 'right' },
        { label: t['print.summary.share'], width: '15%', align: 'right' },
      ],
      [
        ...FUND_STATUSES.map((f) => ({ key: `fund-${f}`, cells: [fundLabel(f), s.byFund[f], pct(s.byFund[f])] })),
        { key: 'fund-unknown', cells: [t['fund.unknown'], s.byFund.unknown, pct(s.byFund.unknown)] },
      ],
    ),
    paragraph(
      'summary-fund-text',
      t['print.summary.notCommitted'](s.fundingNotCommitted.length),
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
            <b>{a.fundStatus ? fundLabel(a.fundStatus) : ''}</b>
            {a.fundNote && <span className="rp-wording">{a.fundNote.length > 140 ? `${a.fundNote.slice(0, 138)}…` : a.fundNote}</span>}
          </span>,
          <StatusMark key="s" status={a.status} overdueMonths={a.overdue ? a.monthsOverdue : null} />,
        ],
      }),
      [
        { label: t['print.col.code'], width: '11%' },
        { label: t['print.col.action'], width: '37%' },
        { label: t['print.col.leadAgency'], width: '16%' },
        { label: t['print.summary.fund'], width: '20%' },
        { label: t['print.col.status'], width: '16%' },
      ],
      t['print.summary.allCommitted'],
    ),
  );
  return { id: 'summary', title: sectionTitle('summary'), inContents: true, sheet: 'portrait', newPage: true, blocks };
}
