// The chapter detail: every action of each chapter under its statement, with its indicators, timeline, lead and status.
import type { ReportAction, ReportModel } from '../../../../shared/domain';
import { formatTimelineDate } from '../../ui/format';
import type { Block, FlowSection, TableColumn, TableRow } from '../blocks';
import { text } from '../../language/language';
import { longDate, splitLongText, timelineOf } from '../print-format';
import { Code, countsLine, heading, none, sectionHeading, sectionTitle, StatusMark, table } from './parts';
import { RatingLegend, RatingMark } from './rating';
import { reportedLine } from './reported';

/** Remarks longer than this continue on a line of their own, so no row outgrows a page (about ten lines). */
const REMARKS_PER_ROW = 1400;

// The remarks, often the longest text of an action, run under its row across the indicator to status columns: in
// a column of their own they made every row as tall as a narrow column of remarks, and a large plan's pack thousands
// of pages long.
function chapterColumns(): readonly TableColumn[] {
  const t = text();
  return [
    { label: t['print.col.code'], width: '5%' },
    { label: t['print.col.action'], width: '21%' },
    { label: t['print.col.indicator'], width: '20%' },
    { label: t['print.col.baseline'], width: '6%' },
    { label: t['print.col.target'], width: '7%' },
    { label: t['print.col.latestActual'], width: '8%' },
    { label: t['print.col.timeline'], width: '8%' },
    { label: t['print.col.leadAgency'], width: '8%' },
    { label: t['print.col.status'], width: '9%' },
    // One line (shape, word, trend) in a column of its own: under the status it made every row a line taller.
    { label: t['print.col.rating'], width: '8%' },
  ];
}

function IndicatorLines({ action }: { action: ReportAction }) {
  if (action.indicators.length === 0) return <span className="rp-muted">{text()['print.chapters.noIndicator']}</span>;
  return (
    <table className="rp-indicators">
      <colgroup>
        {/* The four indicator columns of the chapter table, as shares of their span (20 + 6 + 7 + 8). */}
        <col style={{ width: '48.78%' }} />
        <col style={{ width: '14.63%' }} />
        <col style={{ width: '17.07%' }} />
        <col style={{ width: '19.52%' }} />
      </colgroup>
      <tbody>
        {action.indicators.map((i) => (
          <tr key={i.id}>
            <td>{i.name}</td>
            <td>{i.baseline || '—'}</td>
            <td>{i.target || '—'}</td>
            <td>
              {i.latest ?? '—'}
              {i.latestPeriod && <span className="rp-wording">{i.latestPeriod}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function chaptersSection(model: ReportModel): FlowSection {
  const t = text();
  const columns = chapterColumns();
  const blocks: Block[] = [
    sectionHeading('chapters', `${model.scope.label} · ${t['print.actionCount'](model.summary.total)} · ${t['print.positionAsOf'](longDate(model.asOf))}`),
    { kind: 'atom', key: 'chapters-rating-legend', node: <RatingLegend model={model} /> },
  ];
  for (const chapter of model.chapters) {
    const name = `${chapter.code} ${chapter.title}`.trim();
    blocks.push(heading(`ch-${chapter.id}`, name, { level: 2, toc: { level: 2, title: name }, note: countsLine(chapter.byStatus, chapter.overdue) }));
    const rows: TableRow[] = [];
    for (const statement of chapter.statements) {
      rows.push({
        key: `st-${statement.id}`,
        className: 'rp-row--group',
        bookmark: `${statement.code} ${statement.text}`.trim(),
        cells: {
          group: (
            <>
              <Code>{statement.code}</Code> {statement.text}
            </>
          ),
        },
      });
      for (const a of statement.actions) {
        const remarks = a.remarks.trim() === '' ? [] : splitLongText(a.remarks, REMARKS_PER_ROW);
        const reported = reportedLine(model, a.id);
        const underneath = remarks.length > 0 || reported !== null;
        rows.push({
          key: `a-${a.id}`,
          className: underneath ? 'rp-row--has-remarks' : undefined,
          keepWithNext: underneath,
          spans: [1, 1, 4, 1, 1, 1, 1],
          cells: [
            <Code key="c">{a.code}</Code>,
            a.title,
            <IndicatorLines key="i" action={a} />,
            <span key="t">
              {timelineOf(a)}
              {a.revisedEnd && <span className="rp-wording">{t['print.chapters.revisedEnd'](formatTimelineDate(a.revisedEnd))}</span>}
            </span>,
            a.leadText,
            <StatusMark key="s" status={a.status} text={a.statusText} overdueMonths={a.overdue ? a.monthsOverdue : null} />,
            <RatingMark key="r" model={model} actionId={a.id} />,
          ],
        });
        remarks.forEach((piece, index) => {
          rows.push({
            key: `a-${a.id}-remarks-${index}`,
            className: `rp-row--remarks${index < remarks.length - 1 ? ' rp-row--continues' : ''}${reported !== null ? ' rp-row--has-remarks' : ''}`,
            spans: [2, 8],
            cells: [
              index === 0 ? '' : <span key="c" className="rp-muted">{t['print.chapters.remarksContinued'](a.code)}</span>,
              <span key="r" className="rp-remarks">
                {index === 0 && <span className="rp-remarks__label">{t['print.chapters.remarks']}</span>}
                {piece}
              </span>,
            ],
          });
        });
        // What the lead agency reported for the pack's period, last: the committee reads the plan, then the news.
        if (reported !== null) {
          rows.push({ key: `a-${a.id}-reported`, className: 'rp-row--remarks', spans: [2, 8], cells: ['', <span key="r">{reported}</span>] });
        }
      }
    }
    blocks.push(table(`ch-table-${chapter.id}`, columns, rows, { className: 'rp-table--detail', empty: t['print.chapters.noAction'] }));
  }
  if (model.chapters.length === 0) blocks.push(none('chapters-none', t['print.noActionInScope']));
  return { id: 'chapters', title: sectionTitle('chapters'), inContents: true, sheet: 'landscape', newPage: true, blocks };
}
