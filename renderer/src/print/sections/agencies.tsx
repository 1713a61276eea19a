// Per lead agency: its actions by status, what is overdue, and the net changes to its actions since the last meeting.
import { Fragment } from 'react';
import { REPORT_SECTION_TITLES } from '../../../../shared/vocab/report-sections';
import type { ReportModel } from '../../../../shared/domain';
import type { StatusCounts } from '../../../../shared/vocab/status';
import type { Block, FlowSection } from '../blocks';
import { months, shortDate } from '../print-format';
import { Code, CODES_PER_PARAGRAPH, countsLine, heading, paragraph, sectionHeading, table } from './parts';
import { reportedLine } from './reported';

export function agenciesSection(model: ReportModel): FlowSection {
  const other = (c: StatusCounts) => c.on_hold + c.dropped + c.unknown;
  const name = (a: { acronym: string | null; name: string }) => (a.acronym && a.acronym.toLowerCase() !== a.name.toLowerCase() ? `${a.acronym} — ${a.name}` : a.name);
  const blocks: Block[] = [
    sectionHeading('agencies', `Per lead agency: its actions by status, what is overdue, and what changed on its actions since ${model.changesSince.from} (per action, where it went, not each step).`),
    table(
      'agencies-overview',
      [
        { label: 'Lead agency', width: '40%' },
        { label: 'Actions', width: '10%', align: 'right' },
        { label: 'Completed', width: '11%', align: 'right' },
        { label: 'Ongoing', width: '10%', align: 'right' },
        { label: 'Not started', width: '11%', align: 'right' },
        { label: 'Other', width: '8%', align: 'right' },
        { label: 'Overdue', width: '10%', align: 'right' },
      ],
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
      { empty: 'No action in this scope names a lead agency from the registry.' },
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
            {i === 0 && <b className="rp-alert">Overdue: </b>}
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
          { label: 'Last changed', width: '14%' },
          { label: 'Action', width: '12%' },
          { label: 'Change', width: '56%' },
          { label: 'By', width: '18%' },
        ],
        agency.latestUpdates.map((u, i) => ({ key: `agu-${agency.id}-${i}`, cells: [shortDate(u.at), <Code key="c">{u.actionCode}</Code>, u.change, u.user] })),
        { empty: `No change to its actions since ${model.changesSince.from}.` },
      ),
    );
    if (agency.moreUpdates > 0) {
      blocks.push(paragraph(`agency-more-${agency.id}`, `… and ${agency.moreUpdates} earlier change${agency.moreUpdates === 1 ? '' : 's'} since ${model.changesSince.from}.`));
    }
    const period = model.reported.period;
    if (period) {
      const reported = agency.actions.filter((a) => model.reported.byAction[a.id]);
      const silent = agency.actions.filter((a) => !model.reported.byAction[a.id]);
      blocks.push(
        table(
          `agency-reported-${agency.id}`,
          [
            { label: 'Action', width: '12%' },
            { label: `Reported for ${period.label}`, width: '88%' },
          ],
          reported.map((a) => ({ key: `agr-${agency.id}-${a.id}`, cells: [<Code key="c">{a.code}</Code>, <span key="r">{reportedLine(model, a.id)}</span>] })),
          { empty: `No report for ${period.label} from this agency.` },
        ),
      );
      for (let i = 0; i < silent.length && reported.length > 0; i += CODES_PER_PARAGRAPH) {
        const slice = silent.slice(i, i + CODES_PER_PARAGRAPH);
        blocks.push(
          paragraph(
            `agency-silent-${agency.id}-${i}`,
            <>
              {i === 0 && <b>No report for {period.label}: </b>}
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
  return { id: 'agencies', title: REPORT_SECTION_TITLES.agencies, inContents: true, sheet: 'portrait', newPage: true, blocks };
}
