// The cover: the plan, the pack's title and meeting, who prepared it, the position's date and scope, and four figures.
import type { ReportModel } from '../../../../shared/domain';
import type { FlowSection } from '../blocks';
import { text } from '../../language/language';
import { longDate, shortDate } from '../print-format';
import { planStateText, sectionTitle } from './parts';

export function coverSection(model: ReportModel): FlowSection {
  const { cover } = model;
  const t = text();
  const facts: [string, string][] = [
    // The meeting is the cover's subtitle; it is repeated here only when there is no subtitle to read it from.
    [t['print.cover.meetingDate'], cover.meetingName ? '' : cover.meetingDate],
    [t['print.cover.preparedBy'], cover.preparedBy],
    [t['print.cover.positionAsOf'], longDate(model.asOf)],
    [t['print.cover.statusesAndDates'], planStateText(model)],
    [t['print.cover.reportingPeriod'], model.period?.label ?? ''],
    [t['print.cover.scope'], model.scope.label],
    [t['print.cover.comparedWith'], model.changes ? t['print.cover.snapshotOf'](model.changes.snapshot.name, shortDate(model.changes.snapshot.takenAt)) : ''],
  ];
  return {
    id: 'cover',
    title: sectionTitle('cover'),
    inContents: false,
    sheet: 'portrait',
    newPage: true,
    bare: true,
    blocks: [
      {
        kind: 'atom',
        key: 'cover',
        node: (
          <div className="rp-cover">
            <div className="rp-cover__band">{t['print.cover.band']}</div>
            <p className="rp-cover__plan">{model.plan.title}</p>
            <h1 className="rp-cover__title">{cover.title}</h1>
            {cover.meetingName && <p className="rp-cover__meeting">{cover.meetingName}{cover.meetingDate ? ` · ${cover.meetingDate}` : ''}</p>}
            {/* A list, not a description list: the PDF's structure has lists (Chromium tags them L, LI), and no
                description lists (Chromium leaves a dl untyped). */}
            <ul className="rp-cover__facts">
              {facts
                .filter(([, value]) => value.trim() !== '')
                .map(([label, value]) => (
                  <li key={label}>
                    <span className="rp-cover__label">{label}</span> <span className="rp-cover__value">{value}</span>
                  </li>
                ))}
            </ul>
            <div className="rp-cover__figures">
              <div>
                <b>{model.summary.total}</b> {t['print.cover.actions']}
              </div>
              <div>
                <b>{model.summary.byStatus.completed}</b> {t['print.cover.completed']}
              </div>
              <div>
                <b>{model.summary.byStatus.ongoing}</b> {t['print.cover.ongoing']}
              </div>
              <div className="rp-cover__overdue">
                <b>{model.summary.overdue}</b> {t['print.cover.overdue']}
              </div>
            </div>
            <p className="rp-cover__footnote">{t['print.cover.footnote'](shortDate(cover.generatedAt))}</p>
          </div>
        ),
      },
    ],
  };
}
