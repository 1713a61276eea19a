// Changes since the snapshot compared with: statuses changed, ends slipped, targets changed, actions added and removed.
import { REPORT_SECTION_TITLES } from '../../../../shared/vocab/report-sections';
import type { ReportAction, ReportModel } from '../../../../shared/domain';
import { formatTimelineDate } from '../../ui/format';
import type { Block, FlowSection } from '../blocks';
import { months, plural, shortDate } from '../print-format';
import { Code, heading, paragraph, sectionHeading, StatusMark, table } from './parts';

export function changesSection(model: ReportModel, actionsById: ReadonlyMap<string, ReportAction>): FlowSection {
  const c = model.changes;
  const blocks: Block[] = [];
  if (!c) {
    blocks.push(
      sectionHeading('changes'),
      paragraph('changes-none', 'No snapshot was chosen to compare with. Take a snapshot of the plan at each steering committee meeting, and the next pack lists what changed since.'),
    );
    return { id: 'changes', title: REPORT_SECTION_TITLES.changes, inContents: true, sheet: 'portrait', newPage: true, blocks };
  }
  const lead = (id: string) => actionsById.get(id)?.leadText ?? '';
  blocks.push(
    sectionHeading('changes', <>Compared with snapshot “{c.snapshot.name}”, taken {shortDate(c.snapshot.takenAt)}{c.snapshot.createdBy ? ` by ${c.snapshot.createdBy}` : ''}</>),
    {
      kind: 'atom',
      key: 'changes-figures',
      node: (
        <div className="rp-figures rp-figures--small">
          {(
            [
              [c.added.length, 'New actions'],
              [c.removed.length, 'Removed'],
              [c.statusChanged.length, 'Status changes'],
              [c.slipped.length, 'End dates changed'],
              [c.targetsChanged.length, 'Targets changed'],
            ] as const
          ).map(([n, label]) => (
            <div key={label} className="rp-figure">
              <b>{n}</b>
              <span>{label}</span>
            </div>
          ))}
        </div>
      ),
    },
    heading('changes-added-title', `New actions (${c.added.length})`),
    table(
      'changes-added',
      [
        { label: 'Code', width: '12%' },
        { label: 'Action', width: '50%' },
        { label: 'Lead agency', width: '20%' },
        { label: 'Status', width: '18%' },
      ],
      c.added.map((a) => ({
        key: `add-${a.actionId}`,
        cells: [<Code key="c">{a.code}</Code>, a.title, lead(a.actionId), <StatusMark key="s" status={actionsById.get(a.actionId)?.status ?? null} />],
      })),
    ),
    heading('changes-removed-title', `Removed actions (${c.removed.length})`),
    table(
      'changes-removed',
      [
        { label: 'Code', width: '12%' },
        { label: 'Action', width: '88%' },
      ],
      c.removed.map((a) => ({ key: `rem-${a.actionId}`, cells: [<Code key="c">{a.code}</Code>, a.title] })),
    ),
    heading('changes-status-title', `Status changes (${c.statusChanged.length})`),
    table(
      'changes-status',
      [
        { label: 'Code', width: '12%' },
        { label: 'Action', width: '44%' },
        { label: 'Before', width: '22%' },
        { label: 'Now', width: '22%' },
      ],
      c.statusChanged.map((a) => ({
        key: `st-${a.actionId}`,
        cells: [<Code key="c">{a.code}</Code>, a.title, <StatusMark key="b" status={a.before} />, <StatusMark key="a" status={a.after} />],
      })),
    ),
    heading('changes-slipped-title', `End dates changed (${c.slipped.length})`, {
      level: 2,
      note: 'A positive slip is a later end; the end compared is the revised end where one is recorded.',
    }),
    table(
      'changes-slipped',
      [
        { label: 'Code', width: '12%' },
        { label: 'Action', width: '44%' },
        { label: 'End then', width: '14%' },
        { label: 'End now', width: '14%' },
        { label: 'Slip', width: '16%', align: 'right' },
      ],
      c.slipped.map((a) => ({
        key: `sl-${a.actionId}`,
        cells: [
          <Code key="c">{a.code}</Code>,
          a.title,
          formatTimelineDate(a.endBefore),
          a.endOpenAfter ? 'Continue' : formatTimelineDate(a.endAfter),
          a.slipMonths === null ? (a.endOpenAfter ? 'now open-ended' : '—') : a.slipMonths > 0 ? `+${months(a.slipMonths)}` : `${a.slipMonths} (earlier)`,
        ],
      })),
    ),
    heading('changes-targets-title', `Targets changed (${c.targetsChanged.length})`),
    table(
      'changes-targets',
      [
        { label: 'Code', width: '12%' },
        { label: 'Action and indicator', width: '52%' },
        { label: 'Target then', width: '18%' },
        { label: 'Target now', width: '18%' },
      ],
      c.targetsChanged.map((a, i) => ({
        key: `tg-${a.actionId}-${i}`,
        cells: [
          <Code key="c">{a.code}</Code>,
          <span key="t">
            {a.title}
            <span className="rp-wording">Indicator: {a.indicator}</span>
          </span>,
          a.before || '—',
          a.after || '—',
        ],
      })),
    ),
  );
  if (c.removedOutsideScope > 0) {
    blocks.push(paragraph('changes-outside', `${plural(c.removedOutsideScope, 'removed action')} outside this pack's scope ${c.removedOutsideScope === 1 ? 'is' : 'are'} not listed.`, 'rp-para rp-para--note'));
  }
  return { id: 'changes', title: REPORT_SECTION_TITLES.changes, inContents: true, sheet: 'portrait', newPage: true, blocks };
}
