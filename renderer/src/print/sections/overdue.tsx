// Overdue and at-risk actions.
import type { ReportModel } from '../../../../shared/domain';
import { formatMonth } from '../../../../shared/months';
import { overdueByAge } from '../../../../shared/overdue';
import type { Block, FlowSection, TableColumn } from '../blocks';
import { text } from '../../language/language';
import { endOf, longDate, months } from '../print-format';
import { Code, heading, sectionHeading, sectionTitle, StatusMark, table } from './parts';

function overdueColumns(): readonly TableColumn[] {
  const t = text();
  return [
    { label: t['print.col.code'], width: '10%' },
    { label: t['print.col.action'], width: '38%' },
    { label: t['print.col.leadAgency'], width: '16%' },
    { label: t['print.col.end'], width: '11%' },
    { label: t['print.overdue.overdueBy'], width: '11%', align: 'right' },
    { label: t['print.col.status'], width: '14%' },
  ];
}

export function overdueSection(model: ReportModel): FlowSection {
  const t = text();
  const columns = overdueColumns();
  const blocks: Block[] = [
    sectionHeading('overdue', `${model.scope.label} · ${t['print.positionAsOf'](longDate(model.asOf))}`),
    heading('overdue-list-title', t['print.overdue.list'](model.overdue.length), {
      note: t['print.overdue.listNote'],
    }),
    ...(model.overdue.length === 0
      ? [table('overdue-list', columns, [], { empty: t['print.overdue.none'] })]
      : overdueByAge(model.overdue).flatMap(({ age, actions }) => [
          heading(`overdue-${age.id}-title`, `${t[`print.overdue.age.${age.id}`]} (${actions.length})`, { level: 3 }),
          table(
            `overdue-${age.id}`,
            columns,
            actions.map((a) => ({
              key: `od-${a.id}`,
              cells: [<Code key="c">{a.code}</Code>, a.title, a.leadText, endOf(a), months(a.monthsOverdue), <StatusMark key="s" status={a.status} />],
            })),
            { empty: t['print.none'] },
          ),
        ])),
    heading('overdue-risk-title', t['print.overdue.atRisk'](model.atRisk.length), {
      note: t['print.overdue.atRiskNote'](formatMonth(model.nextQuarter.end)),
    }),
    table(
      'overdue-risk',
      [
        { label: t['print.col.code'], width: '10%' },
        { label: t['print.col.action'], width: '36%' },
        { label: t['print.col.leadAgency'], width: '15%' },
        { label: t['print.col.end'], width: '10%' },
        { label: t['print.col.status'], width: '13%' },
        { label: t['print.overdue.whyAtRisk'], width: '16%' },
      ],
      model.atRisk.map((a) => ({
        key: `risk-${a.id}`,
        cells: [<Code key="c">{a.code}</Code>, a.title, a.leadText, endOf(a), <StatusMark key="s" status={a.status} />, a.reason],
      })),
      { empty: t['print.overdue.noneAtRisk'] },
    ),
  ];
  return { id: 'overdue', title: sectionTitle('overdue'), inContents: true, sheet: 'portrait', newPage: true, blocks };
}
