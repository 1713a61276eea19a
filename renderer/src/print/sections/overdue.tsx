// Overdue and at-risk actions.
import { REPORT_SECTION_TITLES } from '../../../../shared/vocab/report-sections';
import type { ReportModel } from '../../../../shared/domain';
import { formatMonth } from '../../../../shared/months';
import { overdueByAge } from '../../../../shared/overdue';
import type { Block, FlowSection } from '../blocks';
import { endOf, longDate, months } from '../print-format';
import { Code, heading, sectionHeading, StatusMark, table } from './parts';

const OVERDUE_COLUMNS = [
  { label: 'Code', width: '10%' },
  { label: 'Action', width: '38%' },
  { label: 'Lead agency', width: '16%' },
  { label: 'End', width: '11%' },
  { label: 'Overdue by', width: '11%', align: 'right' },
  { label: 'Status', width: '14%' },
] as const;

export function overdueSection(model: ReportModel): FlowSection {
  const blocks: Block[] = [
    sectionHeading('overdue', `${model.scope.label} · position as of ${longDate(model.asOf)}`),
    heading('overdue-list-title', `Overdue actions (${model.overdue.length})`, {
      note: 'The end date (or revised end date) has passed and the action is not completed or dropped; grouped by how long ago, the oldest last.',
    }),
    ...(model.overdue.length === 0
      ? [table('overdue-list', OVERDUE_COLUMNS, [], { empty: 'No action is overdue.' })]
      : overdueByAge(model.overdue).flatMap(({ age, actions }) => [
          heading(`overdue-${age.id}-title`, `${age.label} (${actions.length})`, { level: 3 }),
          table(
            `overdue-${age.id}`,
            OVERDUE_COLUMNS,
            actions.map((a) => ({
              key: `od-${a.id}`,
              cells: [<Code key="c">{a.code}</Code>, a.title, a.leadText, endOf(a), months(a.monthsOverdue), <StatusMark key="s" status={a.status} />],
            })),
            { empty: 'None.' },
          ),
        ])),
    heading('overdue-risk-title', `At-risk actions (${model.atRisk.length})`, {
      note: `Not yet overdue, but due to end by ${formatMonth(model.nextQuarter.end)} without having started (or on hold, or with no status), or whose end slipped since the snapshot.`,
    }),
    table(
      'overdue-risk',
      [
        { label: 'Code', width: '10%' },
        { label: 'Action', width: '36%' },
        { label: 'Lead agency', width: '15%' },
        { label: 'End', width: '10%' },
        { label: 'Status', width: '13%' },
        { label: 'Why at risk', width: '16%' },
      ],
      model.atRisk.map((a) => ({
        key: `risk-${a.id}`,
        cells: [<Code key="c">{a.code}</Code>, a.title, a.leadText, endOf(a), <StatusMark key="s" status={a.status} />, a.reason],
      })),
      { empty: 'No action is at risk by these rules.' },
    ),
  ];
  return { id: 'overdue', title: REPORT_SECTION_TITLES.overdue, inContents: true, sheet: 'portrait', newPage: true, blocks };
}
