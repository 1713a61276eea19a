// Per lead agency: its actions by status, what is overdue, and the net changes to its actions since the last meeting.
import { Fragment } from 'react';
import type { ReportModel } from '../../../../shared/domain';
import type { StatusCounts } from '../../../../shared/vocab/status';
import type { Block, FlowSection } from '../blocks';
import { text } from '../../language/language';
import { months, shortDate } from '../print-format';
import { Code, CODES_PER_PARAGRAPH, countsLine, heading, paragraph, sectionHeading, sectionTitle, statusCountColumns, table } from './parts';
import { reportedLine } from './reported';

export function agenciesSection(model: ReportModel): FlowSection {
  const other = (c: StatusCounts) => c.on_hold + c.dropped + c.unknown;
  const name = (a: { acronym: string | null; name: string }) => (a.acronym && a.acronym.toLowerCase() !== a.name.toLowerCase() ? `${a.acronym} — ${a.name}` : a.name);
  const t = text();
  const since = model.changesSince.from;
  const blocks: Block[] = [
    sectionHeading('agencies', t['print.agencies.note'](since)),
    table(
      'agencies-overview',
      statusCountColumns(t['print.col.leadAgency']),
      model.agencies.map((a) => ({
        key: `ag-${a.id}`,
        cells: [
          a.acronym ?? a.name,
          a.total,
          a.byStatus.completed,
          a.byStatus.ongoing,
          a.byStatus.not_started,
          other(a.byStatus),
          <span key="o" className={a.overdue > 0 ? 'rp-alert' : undefined}>{a.overdue}</span>,
        ],
      })),
      { empty: t['print.agencies.noLead'] },
    ),
  ];
  for (const agency of model.agencies) {
    blocks.push(heading(`agency-${agency.id}`, name(agency), { level: 2, note: countsLine(agency.byStatus, agency.overdue) }));
    // Overdue actions by code, as a paragraph: the overdue section lists them in full, with titles.
    for (let i = 0; i < agency.overdueActions.length; i += CODES_PER_PARAGRAPH) {
      const slice = agency.overdueActions.slice(i, i + CODES_PER_PARAGRAPH);
      blocks.push(
        paragraph(
          `agency-overdue-${agency.id}-${i}`,
          <>
            {i === 0 && <b className="rp-alert">{t['status.overdue']}: </b>}
            {slice.map((a, k) => (
              <Fragment key={a.id}>
                <span className="rp-nowrap">
                  <span className="rp-code">{a.code}</span> ({months(a.monthsOverdue)}){k < slice.length - 1 || i + CODES_PER_PARAGRAPH < agency.overdueActions.length ? ',' : '.'}
                </span>{' '}
              </Fragment>
            ))}
          </>,
          'rp-para rp-para--codes',
        ),
      );
    }
    blocks.push(
      table(
        `agency-updates-${agency.id}`,
        [
          { label: t['print.agencies.lastChanged'], width: '14%' },
          { label: t['print.col.action'], width: '12%' },
          { label: t['print.agencies.change'], width: '56%' },
          { label: t['print.agencies.by'], width: '18%' },
        ],
        agency.latestUpdates.map((u, i) => ({ key: `agu-${agency.id}-${i}`, cells: [shortDate(u.at), <Code key="c">{u.actionCode}</Code>, u.change, u.user] })),
        { empty: t['print.agencies.noChange'](since) },
      ),
    );
    if (agency.moreUpdates > 0) {
      blocks.push(paragraph(`agency-more-${agency.id}`, t['print.agencies.moreChanges'](agency.moreUpdates, since)));
    }
    const period = model.reported.period;
    if (period) {
      const reported = agency.actions.filter((a) => model.reported.byAction[a.id]);
      const silent = agency.actions.filter((a) => !model.reported.byAction[a.id]);
      blocks.push(
        table(
          `agency-reported-${agency.id}`,
          [
            { label: t['print.col.action'], width: '12%' },
            { label: t['print.agencies.reportedFor'](period.label), width: '88%' },
          ],
          reported.map((a) => ({ key: `agr-${agency.id}-${a.id}`, cells: [<Code key="c">{a.code}</Code>, <span key="r">{reportedLine(model, a.id)}</span>] })),
          { empty: t['print.agencies.noReport'](period.label) },
        ),
      );
      for (let i = 0; i < silent.length && reported.length > 0; i += CODES_PER_PARAGRAPH) {
        const slice = silent.slice(i, i + CODES_PER_PARAGRAPH);
        blocks.push(
          paragraph(
            `agency-silent-${agency.id}-${i}`,
            <>
              {i === 0 && <b>{t['print.reported.noReportFor'](period.label)}: </b>}
              {slice.map((a, k) => (
                <Fragment key={a.id}>
                  <span className="rp-code">{a.code}</span>
                  {k < slice.length - 1 || i + CODES_PER_PARAGRAPH < silent.length ? ', ' : '.'}
                </Fragment>
              ))}
            </>,
            'rp-para rp-para--codes',
          ),
        );
      }
    }
  }
  return { id: 'agencies', title: sectionTitle('agencies'), inContents: true, sheet: 'portrait', newPage: true, blocks };
}
