// What ministries reported for the pack's period: the line under an action in the chapter detail and the agency
// scorecards, and the section "Support requested by agencies".
import type { ReactNode } from 'react';
import type { ReportModel, ReportedProgress } from '../../../../shared/domain';
import { REPORT_SECTION_TITLES } from '../../../../shared/vocab/report-sections';
import type { Block, FlowSection } from '../blocks';
import { endOf, longDate, shortDate } from '../print-format';
import { Code, sectionHeading, StatusMark, table } from './parts';

/** "Reported by MoIC, merged 6 Dec 2026 by Pema" */
export function reportedBy(report: ReportedProgress): string {
  return `Reported by ${report.agencies.join(' and ')}, merged ${shortDate(report.mergedAt)}${report.mergedBy ? ` by ${report.mergedBy}` : ''}`;
}

/** An action's report for the period in one paragraph, or that there is none; null when the pack has no period. */
export function reportedLine(model: ReportModel, actionId: string): ReactNode | null {
  const period = model.reported.period;
  if (!period) return null;
  const report = model.reported.byAction[actionId];
  if (!report) return <span className="rp-muted">No report for {period.label}</span>;
  const parts: ReactNode[] = [];
  if (report.status) parts.push(<span key="s">Status: {report.status}</span>);
  for (const actual of report.actuals) parts.push(<span key={`a-${actual.indicator}`}>Actual ({actual.indicator}): {actual.value}</span>);
  if (report.revisedEnd) parts.push(<span key="e">New end: {report.revisedEnd}</span>);
  if (report.narrative) parts.push(<span key="n">Progress: {report.narrative}</span>);
  if (report.supportNeeded) parts.push(<b key="h">Support needed: {report.supportNeeded}</b>);
  return (
    <span className="rp-remarks">
      <span className="rp-remarks__label">
        {period.label} · {reportedBy(report)}
      </span>
      {parts.length === 0 ? 'nothing new' : parts.map((part, i) => (i === 0 ? part : [' · ', part]))}
    </span>
  );
}

export function supportSection(model: ReportModel): FlowSection {
  const period = model.reported.period;
  const note = period
    ? `What lead agencies asked of the government for ${period.label}, in the update workbooks merged by ${longDate(model.asOf)}.`
    : `No update workbook was merged by ${longDate(model.asOf)}, so no agency has asked for support yet.`;
  const blocks: Block[] = [
    sectionHeading('support', note),
    table(
      'support-list',
      [
        { label: 'Code', width: '9%' },
        { label: 'Action', width: '27%' },
        { label: 'Asked by', width: '13%' },
        { label: 'Support needed', width: '31%' },
        { label: 'End', width: '8%' },
        { label: 'Status', width: '12%' },
      ],
      model.reported.supportRequests.map((r) => ({
        key: `sup-${r.action.id}`,
        cells: [
          <Code key="c">{r.action.code}</Code>,
          r.action.title,
          <span key="b">
            {r.agencies.join(', ')}
            <span className="rp-wording">merged {shortDate(r.mergedAt)}</span>
          </span>,
          r.supportNeeded,
          endOf(r.action),
          <StatusMark key="s" status={r.action.status} overdueMonths={r.action.overdue ? r.action.monthsOverdue : null} />,
        ],
      })),
      { empty: period ? `No agency asked for support for ${period.label}.` : 'No request for support.' },
    ),
  ];
  return { id: 'support', title: REPORT_SECTION_TITLES.support, inContents: true, sheet: 'portrait', newPage: true, blocks };
}
