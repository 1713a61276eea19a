// What ministries reported for the pack's period: the line under an action in the chapter detail and the agency
// scorecards, and the section "Support requested by agencies".
import type { ReactNode } from 'react';
import type { ReportModel, ReportedProgress } from '../../../../shared/domain';
import type { Block, FlowSection } from '../blocks';
import { text } from '../../language/language';
import { endOf, longDate, shortDate } from '../print-format';
import { Code, sectionHeading, sectionTitle, StatusMark, table } from './parts';

/** "Reported by MoIC, merged 6 Dec 2026 by Pema" */
export function reportedBy(report: ReportedProgress): string {
  const t = text();
  return t['print.reported.by'](report.agencies.join(` ${t['print.reported.and']} `), shortDate(report.mergedAt), report.mergedBy);
}

/** An action's report for the period in one paragraph, or that there is none; null when the pack has no period. */
export function reportedLine(model: ReportModel, actionId: string): ReactNode | null {
  const period = model.reported.period;
  if (!period) return null;
  const report = model.reported.byAction[actionId];
  const t = text();
  if (!report) return <span className="rp-muted">{t['print.reported.noReportFor'](period.label)}</span>;
  const parts: ReactNode[] = [];
  if (report.status) parts.push(<span key="s">{t['print.reported.status'](report.status)}</span>);
  for (const actual of report.actuals) parts.push(<span key={`a-${actual.indicator}`}>{t['print.reported.actual'](actual.indicator, actual.value)}</span>);
  if (report.revisedEnd) parts.push(<span key="e">{t['print.reported.newEnd'](report.revisedEnd)}</span>);
  if (report.narrative) parts.push(<span key="n">{t['print.reported.progress'](report.narrative)}</span>);
  if (report.supportNeeded) parts.push(<b key="h">{t['print.reported.supportNeeded'](report.supportNeeded)}</b>);
  return (
    <span className="rp-remarks">
      <span className="rp-remarks__label">
        {period.label} · {reportedBy(report)}
      </span>
      {parts.length === 0 ? t['print.reported.nothingNew'] : parts.map((part, i) => (i === 0 ? part : [' · ', part]))}
    </span>
  );
}

export function supportSection(model: ReportModel): FlowSection {
  const period = model.reported.period;
  const t = text();
  const note = period ? t['print.support.askedFor'](period.label, longDate(model.asOf)) : t['print.support.noWorkbook'](longDate(model.asOf));
  const blocks: Block[] = [
    sectionHeading('support', note),
    table(
      'support-list',
      [
        { label: t['print.col.code'], width: '9%' },
        { label: t['print.col.action'], width: '27%' },
        { label: t['print.support.askedBy'], width: '13%' },
        { label: t['print.support.supportNeeded'], width: '31%' },
        { label: t['print.col.end'], width: '8%' },
        { label: t['print.col.status'], width: '12%' },
      ],
      model.reported.supportRequests.map((r) => ({
        key: `sup-${r.action.id}`,
        cells: [
          <Code key="c">{r.action.code}</Code>,
          r.action.title,
          <span key="b">
            {r.agencies.join(', ')}
            <span className="rp-wording">{t['print.support.merged'](shortDate(r.mergedAt))}</span>
          </span>,
          r.supportNeeded,
          endOf(r.action),
          <StatusMark key="s" status={r.action.status} overdueMonths={r.action.overdue ? r.action.monthsOverdue : null} />,
        ],
      })),
      { empty: period ? t['print.support.noneFor'](period.label) : t['print.support.none'] },
    ),
  ];
  return { id: 'support', title: sectionTitle('support'), inContents: true, sheet: 'portrait', newPage: true, blocks };
}
