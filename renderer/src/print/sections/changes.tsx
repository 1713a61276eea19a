// Changes since the snapshot compared with: statuses changed, ends slipped, targets changed, actions added and removed.
import type { ReportAction, ReportModel } from '../../../../shared/domain';
import { formatTimelineDate } from '../../ui/format';
import type { Block, FlowSection } from '../blocks';
import { text } from '../../language/language';
import { months, shortDate } from '../print-format';
import { Code, heading, paragraph, sectionHeading, sectionTitle, StatusMark, table } from './parts';

export function changesSection(model: ReportModel, actionsById: ReadonlyMap<string, ReportAction>): FlowSection {
  const c = model.changes;
  const t = text();
  const blocks: Block[] = [];
  if (!c) {
    blocks.push(
      sectionHeading('changes'),
      paragraph('changes-none', t['print.changes.noSnapshot']),
    );
    return { id: 'changes', title: sectionTitle('changes'), inContents: true, sheet: 'portrait', newPage: true, blocks };
  }
  const lead = (id: string) => actionsById.get(id)?.leadText ?? '';
  blocks.push(
    sectionHeading('changes', t['print.changes.comparedWith'](c.snapshot.name, shortDate(c.snapshot.takenAt), c.snapshot.createdBy)),
    {
      kind: 'atom',
      key: 'changes-figures',
      node: (
        <div className="rp-figures rp-figures--small">
          {(
            [
              [c.added.length, t['print.changes.newActions']],
              [c.removed.length, t['print.changes.removed']],
              [c.statusChanged.length, t['print.changes.statusChanges']],
              [c.slipped.length, t['print.changes.endsChanged']],
              [c.targetsChanged.length, t['print.changes.targetsChanged']],
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
    heading('changes-added-title', t['print.changes.newActionsCount'](c.added.length)),
    table(
      'changes-added',
      [
        { label: t['print.col.code'], width: '12%' },
        { label: t['print.col.action'], width: '50%' },
        { label: t['print.col.leadAgency'], width: '20%' },
        { label: t['print.col.status'], width: '18%' },
      ],
      c.added.map((a) => ({
        key: `add-${a.actionId}`,
        cells: [<Code key="c">{a.code}</Code>, a.title, lead(a.actionId), <StatusMark key="s" status={actionsById.get(a.actionId)?.status ?? null} />],
      })),
    ),
    heading('changes-removed-title', t['print.changes.removedCount'](c.removed.length)),
    table(
      'changes-removed',
      [
        { label: t['print.col.code'], width: '12%' },
        { label: t['print.col.action'], width: '88%' },
      ],
      c.removed.map((a) => ({ key: `rem-${a.actionId}`, cells: [<Code key="c">{a.code}</Code>, a.title] })),
    ),
    heading('changes-status-title', t['print.changes.statusChangesCount'](c.statusChanged.length)),
    table(
      'changes-status',
      [
        { label: t['print.col.code'], width: '12%' },
        { label: t['print.col.action'], width: '44%' },
        { label: t['print.changes.before'], width: '22%' },
        { label: t['print.changes.now'], width: '22%' },
      ],
      c.statusChanged.map((a) => ({
        key: `st-${a.actionId}`,
        cells: [<Code key="c">{a.code}</Code>, a.title, <StatusMark key="b" status={a.before} />, <StatusMark key="a" status={a.after} />],
      })),
    ),
    heading('changes-slipped-title', t['print.changes.endsChangedCount'](c.slipped.length), {
      level: 2,
      note: t['print.changes.slipNote'],
    }),
    table(
      'changes-slipped',
      [
        { label: t['print.col.code'], width: '12%' },
        { label: t['print.col.action'], width: '44%' },
        { label: t['print.changes.endThen'], width: '14%' },
        { label: t['print.changes.endNow'], width: '14%' },
        { label: t['print.changes.slip'], width: '16%', align: 'right' },
      ],
      c.slipped.map((a) => ({
        key: `sl-${a.actionId}`,
        cells: [
          <Code key="c">{a.code}</Code>,
          a.title,
          formatTimelineDate(a.endBefore),
          a.endOpenAfter ? t['common.continue'] : formatTimelineDate(a.endAfter),
          a.slipMonths === null ? (a.endOpenAfter ? t['print.changes.nowOpenEnded'] : '—') : a.slipMonths > 0 ? `+${months(a.slipMonths)}` : t['print.changes.earlier'](a.slipMonths),
        ],
      })),
    ),
    heading('changes-targets-title', t['print.changes.targetsChangedCount'](c.targetsChanged.length)),
    table(
      'changes-targets',
      [
        { label: t['print.col.code'], width: '12%' },
        { label: t['print.changes.actionAndIndicator'], width: '52%' },
        { label: t['print.changes.targetThen'], width: '18%' },
        { label: t['print.changes.targetNow'], width: '18%' },
      ],
      c.targetsChanged.map((a, i) => ({
        key: `tg-${a.actionId}-${i}`,
        cells: [
          <Code key="c">{a.code}</Code>,
          <span key="t">
            {a.title}
            <span className="rp-wording">{t['print.changes.indicator'](a.indicator)}</span>
          </span>,
          a.before || '—',
          a.after || '—',
        ],
      })),
    ),
  );
  if (c.removedOutsideScope > 0) {
    blocks.push(paragraph('changes-outside', t['print.changes.outsideScope'](c.removedOutsideScope), 'rp-para rp-para--note'));
  }
  return { id: 'changes', title: sectionTitle('changes'), inContents: true, sheet: 'portrait', newPage: true, blocks };
}
