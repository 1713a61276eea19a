// The review pack's sections as blocks, from the report model. Wording is the PMU's: what a steering committee
// member reads on paper, with every status written out (never colour alone).
import { createContext, Fragment, useContext, type ReactNode } from 'react';
import { REPORT_SECTION_TITLES } from '../../../shared/vocab/report-sections';
import type { PaperSize, ReportAction, ReportActionBrief, ReportModel, ReportSectionId } from '../../../shared/domain';
import { formatMonth } from '../../../shared/months';
import { FUND_LABELS, FUND_STATUSES, type ImplementationStatus, type StatusCounts } from '../../../shared/vocab/status';
import { formatTimelineDate } from '../ui/format';
import { STATUS_ORDER, statusKeyOf, statusLabel, totalOf, type StatusKey } from '../ui/status-view';
import type { AtomBlock, Block, FlowSection, TableColumn, TableRow, TocEntry } from './blocks';
import { ChapterStatusChart, ProgressBar, StatusShape, StatusShareBar, StatusSwatch } from './charts';
import { endOf, longDate, months, plural, shortDate, splitLongText, timelineOf } from './print-format';
import { timelineSection } from './timeline-section';

/** Remarks longer than this continue on a line of their own, so no row outgrows a page (about ten lines). */
const REMARKS_PER_ROW = 1400;
/** Action codes per paragraph (an agency's overdue actions, indicators not reported), so that no paragraph outgrows a page. */
const CODES_PER_PARAGRAPH = 80;
/** Actions the executive summary lists at most in each of its lists: a large plan's run to thousands (hundreds of
 *  pages of a summary); the rest are in the chapter detail and the pack's .xlsx tables, and the summary says so. */
const SUMMARY_LIST_ROWS = 40;
/** Chapters per chart: more would make the chart taller than a page. */
const CHAPTERS_PER_CHART = 26;

/** Page numbers of the contents' entries, known once the pack is paginated (null while it is measured). */
export const TocPagesContext = createContext<readonly number[] | null>(null);

function TocPage({ index }: { index: number }) {
  const pages = useContext(TocPagesContext);
  return <>{pages ? String(pages[index] ?? '') : '000'}</>;
}

// ---- Small pieces ----

export function StatusMark({ status, text, overdueMonths }: { status: ImplementationStatus | null; text?: string; overdueMonths?: number | null }) {
  const key = statusKeyOf(status);
  const label = statusLabel(key);
  const wording = text?.trim() ?? '';
  // The original wording, where it says more than the controlled value ("O&M ongoing").
  const showWording = wording !== '' && wording.toLowerCase() !== label.toLowerCase();
  return (
    <span className="rp-status-cell">
      <span className={`rp-status rp-status--${key}`}>
        <StatusShape status={key} />
        {label}
      </span>
      {overdueMonths !== undefined && overdueMonths !== null && (
        <span className="rp-overdue">Overdue{overdueMonths > 0 ? ` ${months(overdueMonths)}` : ''}</span>
      )}
      {showWording && <span className="rp-wording">“{wording.length > 120 ? `${wording.slice(0, 118)}…` : wording}”</span>}
    </span>
  );
}

function Code({ children }: { children: ReactNode }) {
  return <span className="rp-code">{children}</span>;
}

function heading(key: string, text: string, options: { level?: 1 | 2 | 3; toc?: TocEntry; note?: ReactNode } = {}): AtomBlock {
  const level = options.level ?? 2;
  const Tag = level === 1 ? 'h1' : level === 2 ? 'h2' : 'h3';
  return {
    kind: 'atom',
    key,
    keepWithNext: true,
    ...(options.toc ? { toc: options.toc } : {}),
    node: (
      <div className={`rp-heading rp-heading--${level}`}>
        <Tag>{text}</Tag>
        {options.note && <p className="rp-heading__note">{options.note}</p>}
      </div>
    ),
  };
}

function paragraph(key: string, node: ReactNode, className = 'rp-para'): AtomBlock {
  return { kind: 'atom', key, node: <p className={className}>{node}</p> };
}

function none(key: string, text = 'None.'): AtomBlock {
  return paragraph(key, text, 'rp-para rp-para--none');
}

function table(key: string, columns: readonly TableColumn[], rows: readonly TableRow[], options: { caption?: string; className?: string; empty?: string } = {}): Block {
  if (rows.length === 0) return none(key, options.empty);
  return { kind: 'table', key, columns, rows, ...(options.caption ? { caption: options.caption } : {}), ...(options.className ? { className: options.className } : {}) };
}

/** The first SUMMARY_LIST_ROWS of `list` as rows, and a note of how many more there are, if any. */
function summaryList<T>(key: string, list: readonly T[], row: (item: T) => TableRow, columns: readonly TableColumn[], empty: string): Block[] {
  const blocks = [table(key, columns, list.slice(0, SUMMARY_LIST_ROWS).map(row), { empty })];
  if (list.length > SUMMARY_LIST_ROWS) {
    blocks.push(
      paragraph(
        `${key}-more`,
        `The first ${SUMMARY_LIST_ROWS} of ${list.length} in plan order; the other ${list.length - SUMMARY_LIST_ROWS} are in the chapter detail and in the pack's tables (.xlsx).`,
        'rp-para rp-para--note',
      ),
    );
  }
  return blocks;
}

function sectionHeading(id: ReportSectionId, note?: ReactNode): AtomBlock {
  return heading(`${id}-title`, REPORT_SECTION_TITLES[id], { level: 1, note });
}

// ---- Brief action tables, used by several sections ----

const BRIEF_COLUMNS: readonly TableColumn[] = [
  { label: 'Code', width: '11%' },
  { label: 'Action', width: '41%' },
  { label: 'Lead agency', width: '17%' },
  { label: 'Timeline', width: '15%' },
  { label: 'Status', width: '16%' },
];

function briefRow(a: ReportActionBrief, prefix: string): TableRow {
  return {
    key: `${prefix}-${a.id}`,
    cells: [
      <Code key="c">{a.code}</Code>,
      a.title,
      a.leadText,
      timelineOf(a),
      <StatusMark key="s" status={a.status} overdueMonths={a.overdue ? a.monthsOverdue : null} />,
    ],
  };
}

function countsLine(counts: StatusCounts, overdue: number): ReactNode {
  const parts = STATUS_ORDER.filter((s) => counts[s] > 0);
  return (
    <span className="rp-counts">
      {parts.map((s) => (
        <span key={s} className={`rp-count rp-status--${s}`}>
          <StatusShape status={s} />
          <b>{counts[s]}</b> {statusLabel(s)}
        </span>
      ))}
      {overdue > 0 && (
        <span className="rp-count rp-count--overdue">
          <b>{overdue}</b> Overdue
        </span>
      )}
      {parts.length === 0 && <span className="rp-count">No actions</span>}
    </span>
  );
}

/** Whose statuses, dates, targets and actions the pack shows: the plan as recorded today, or as it stood on the as-of date. */
function planStateText(model: ReportModel): string {
  const { day, current, changesUndone } = model.planAsOf;
  if (current) return `As recorded on ${longDate(day)}`;
  if (day > model.asOf) return `As first recorded in PlanDesk, on ${longDate(day)} (no history before)`;
  const undone = changesUndone === 0 ? 'no change made since' : `${plural(changesUndone, 'change')} made since left out`;
  return `As they stood on ${longDate(day)}, rebuilt from the change history (${undone})`;
}

/** The same, short, for a heading: nothing when the pack is as of the printing day. */
function planStateNote(model: ReportModel): string {
  const { day, current } = model.planAsOf;
  if (current) return day === model.asOf ? '' : ` · statuses and dates as recorded on ${longDate(day)}`;
  return day > model.asOf ? ` · the plan as first recorded, on ${longDate(day)}` : ' · statuses and dates as they stood then';
}

// ---- Sections ----

function coverSection(model: ReportModel): FlowSection {
  const { cover } = model;
  const facts: [string, string][] = [
    // The meeting is the cover's subtitle; it is repeated here only when there is no subtitle to read it from.
    ['Meeting date', cover.meetingName ? '' : cover.meetingDate],
    ['Prepared by', cover.preparedBy],
    ['Position as of', longDate(model.asOf)],
    ['Statuses and dates', planStateText(model)],
    ['Reporting period', model.period?.label ?? ''],
    ['Scope', model.scope.label],
    ['Compared with', model.changes ? `Snapshot “${model.changes.snapshot.name}” of ${shortDate(model.changes.snapshot.takenAt)}` : ''],
  ];
  return {
    id: 'cover',
    title: REPORT_SECTION_TITLES.cover,
    inContents: false,
    orientation: 'portrait',
    newPage: true,
    bare: true,
    blocks: [
      {
        kind: 'atom',
        key: 'cover',
        node: (
          <div className="rp-cover">
            <div className="rp-cover__band">Implementation and monitoring plan · review pack</div>
            <p className="rp-cover__plan">{model.plan.title}</p>
            <h1 className="rp-cover__title">{cover.title}</h1>
            {cover.meetingName && <p className="rp-cover__meeting">{cover.meetingName}{cover.meetingDate ? ` · ${cover.meetingDate}` : ''}</p>}
            <dl className="rp-cover__facts">
              {facts
                .filter(([, value]) => value.trim() !== '')
                .map(([label, value]) => (
                  <div key={label}>
                    <dt>{label}</dt>
                    <dd>{value}</dd>
                  </div>
                ))}
            </dl>
            <div className="rp-cover__figures">
              <div>
                <b>{model.summary.total}</b> actions
              </div>
              <div>
                <b>{model.summary.byStatus.completed}</b> completed
              </div>
              <div>
                <b>{model.summary.byStatus.ongoing}</b> ongoing
              </div>
              <div className="rp-cover__overdue">
                <b>{model.summary.overdue}</b> overdue
              </div>
            </div>
            <p className="rp-cover__footnote">Generated by PlanDesk on {shortDate(cover.generatedAt)}. An action is overdue when its end date has passed by the as-of date and it is not completed.</p>
          </div>
        ),
      },
    ],
  };
}

function summarySection(model: ReportModel): FlowSection {
  const s = model.summary;
  const total = s.total;
  const pct = (n: number) => (total === 0 ? '0%' : `${Math.round((n / total) * 100)}%`);
  const shown: StatusKey[] = STATUS_ORDER.filter((k) => k === 'completed' || k === 'ongoing' || k === 'not_started' || s.byStatus[k] > 0);
  const blocks: Block[] = [
    sectionHeading(
      'summary',
      <>
        {model.scope.label} · position as of {longDate(model.asOf)}
        {model.period ? ` · reporting period ${model.period.label}` : ''}
        {planStateNote(model)}
      </>,
    ),
    {
      kind: 'atom',
      key: 'summary-figures',
      node: (
        <div className="rp-figures">
          <div className="rp-figure rp-figure--total">
            <b>{total}</b>
            <span>Actions</span>
          </div>
          {shown.map((k) => (
            <div key={k} className={`rp-figure rp-status--${k}`}>
              <b>{s.byStatus[k]}</b>
              <span>
                <StatusShape status={k} /> {statusLabel(k)} <i>{pct(s.byStatus[k])}</i>
              </span>
            </div>
          ))}
          <div className="rp-figure rp-figure--overdue">
            <b>{s.overdue}</b>
            <span>Overdue</span>
          </div>
        </div>
      ),
    },
    {
      kind: 'atom',
      key: 'summary-share',
      node: (
        <div className="rp-share">
          <StatusShareBar counts={s.byStatus} />
          <p className="rp-legend">
            {STATUS_ORDER.filter((k) => s.byStatus[k] > 0).map((k) => (
              <span key={k}>
                <StatusSwatch status={k} /> {statusLabel(k)} ({s.byStatus[k]})
              </span>
            ))}
          </p>
        </div>
      ),
    },
    heading('summary-chapters-title', 'Actions by status per chapter'),
  ];
  for (let i = 0; i < s.byChapter.length; i += CHAPTERS_PER_CHART) {
    blocks.push({ kind: 'atom', key: `summary-chart-${i}`, node: <ChapterStatusChart chapters={s.byChapter.slice(i, i + CHAPTERS_PER_CHART)} /> });
  }
  const other = (c: StatusCounts) => c.on_hold + c.dropped + c.unknown;
  const countColumns: readonly TableColumn[] = [
    { label: 'Chapter', width: '40%' },
    { label: 'Actions', width: '10%', align: 'right' },
    { label: 'Completed', width: '11%', align: 'right' },
    { label: 'Ongoing', width: '10%', align: 'right' },
    { label: 'Not started', width: '11%', align: 'right' },
    { label: 'Other', width: '8%', align: 'right' },
    { label: 'Overdue', width: '10%', align: 'right' },
  ];
  const countCells = (label: ReactNode, c: StatusCounts, overdue: number) => [
    label,
    totalOf(c),
    c.completed,
    c.ongoing,
    c.not_started,
    other(c),
    <span key="o" className={overdue > 0 ? 'rp-alert' : undefined}>{overdue}</span>,
  ];
  blocks.push(
    table(
      'summary-chapter-table',
      countColumns,
      [
        ...s.byChapter.map((c) => ({ key: `sc-${c.id}`, cells: countCells(<><Code>{c.code}</Code> {c.title}</>, c.byStatus, c.overdue) })),
        { key: 'sc-total', className: 'rp-row--total', cells: countCells('Total', s.byStatus, s.overdue) },
      ],
      { empty: 'The plan has no chapters in this scope.' },
    ),
    paragraph('summary-other-note', '“Other” counts actions on hold, dropped, or with no status recorded.', 'rp-para rp-para--note'),
  );

  blocks.push(
    heading('summary-quarter-title', `Next quarter: ${model.nextQuarter.label} (${formatMonth(model.nextQuarter.start)} – ${formatMonth(model.nextQuarter.end)})`),
    paragraph(
      'summary-quarter-text',
      <>
        {plural(s.startingNextQuarter.length, 'action')} {s.startingNextQuarter.length === 1 ? 'starts' : 'start'} and {plural(s.endingNextQuarter.length, 'action')}{' '}
        {s.endingNextQuarter.length === 1 ? 'is' : 'are'} due to end in the next quarter (completed and dropped actions left out).
      </>,
    ),
    heading('summary-starting-title', `Starting in ${model.nextQuarter.label}`, { level: 3 }),
    ...summaryList('summary-starting', s.startingNextQuarter, (a) => briefRow(a, 'start'), BRIEF_COLUMNS, 'No action starts in the next quarter.'),
    heading('summary-ending-title', `Ending in ${model.nextQuarter.label}`, { level: 3 }),
    ...summaryList('summary-ending', s.endingNextQuarter, (a) => briefRow(a, 'end'), BRIEF_COLUMNS, 'No action is due to end in the next quarter.'),
  );

  blocks.push(
    heading('summary-fund-title', 'Funding'),
    table(
      'summary-fund',
      [
        { label: 'Fund status', width: '50%' },
        { label: 'Actions', width: '15%', align: 'right' },
        { label: 'Share', width: '15%', align: 'right' },
      ],
      [
        ...FUND_STATUSES.map((f) => ({ key: `fund-${f}`, cells: [FUND_LABELS[f], s.byFund[f], pct(s.byFund[f])] })),
        { key: 'fund-unknown', cells: ['Not recorded', s.byFund.unknown, pct(s.byFund.unknown)] },
      ],
    ),
    paragraph(
      'summary-fund-text',
      `Funding not committed: ${plural(s.fundingNotCommitted.length, 'open action')} ${s.fundingNotCommitted.length === 1 ? 'has' : 'have'} funding not committed or only partially committed.`,
    ),
    ...summaryList(
      'summary-fund-list',
      s.fundingNotCommitted,
      (a) => ({
        key: `fund-${a.id}`,
        cells: [
          <Code key="c">{a.code}</Code>,
          a.title,
          a.leadText,
          <span key="f">
            <b>{a.fundStatus ? FUND_LABELS[a.fundStatus] : ''}</b>
            {a.fundNote && <span className="rp-wording">{a.fundNote.length > 140 ? `${a.fundNote.slice(0, 138)}…` : a.fundNote}</span>}
          </span>,
          <StatusMark key="s" status={a.status} overdueMonths={a.overdue ? a.monthsOverdue : null} />,
        ],
      }),
      [
        { label: 'Code', width: '11%' },
        { label: 'Action', width: '37%' },
        { label: 'Lead agency', width: '16%' },
        { label: 'Fund', width: '20%' },
        { label: 'Status', width: '16%' },
      ],
      'Every open action has its funding committed, or needs none.',
    ),
  );
  return { id: 'summary', title: REPORT_SECTION_TITLES.summary, inContents: true, orientation: 'portrait', newPage: true, blocks };
}

function changesSection(model: ReportModel, actionsById: ReadonlyMap<string, ReportAction>): FlowSection {
  const c = model.changes;
  const blocks: Block[] = [];
  if (!c) {
    blocks.push(
      sectionHeading('changes'),
      paragraph('changes-none', 'No snapshot was chosen to compare with. Take a snapshot of the plan at each steering committee meeting, and the next pack lists what changed since.'),
    );
    return { id: 'changes', title: REPORT_SECTION_TITLES.changes, inContents: true, orientation: 'portrait', newPage: true, blocks };
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
  return { id: 'changes', title: REPORT_SECTION_TITLES.changes, inContents: true, orientation: 'portrait', newPage: true, blocks };
}

// The remarks, often the longest text of an action, run under its row across the indicator to status columns: in
// a column of their own they made every row as tall as a narrow column of remarks, and a large plan's pack thousands
// of pages long.
const CHAPTER_COLUMNS: readonly TableColumn[] = [
  { label: 'Code', width: '6%' },
  { label: 'Action', width: '22%' },
  { label: 'Indicator', width: '21%' },
  { label: 'Baseline', width: '7%' },
  { label: 'Target', width: '7%' },
  { label: 'Latest actual', width: '8%' },
  { label: 'Timeline', width: '9%' },
  { label: 'Lead agency', width: '9%' },
  { label: 'Status', width: '11%' },
];

function IndicatorLines({ action }: { action: ReportAction }) {
  if (action.indicators.length === 0) return <span className="rp-muted">No indicator</span>;
  return (
    <table className="rp-indicators">
      <colgroup>
        {/* The four indicator columns of the chapter table, as shares of their span (21 + 7 + 7 + 8). */}
        <col style={{ width: '48.84%' }} />
        <col style={{ width: '16.28%' }} />
        <col style={{ width: '16.28%' }} />
        <col style={{ width: '18.6%' }} />
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

function chaptersSection(model: ReportModel): FlowSection {
  const blocks: Block[] = [sectionHeading('chapters', `${model.scope.label} · ${plural(model.summary.total, 'action')} · position as of ${longDate(model.asOf)}`)];
  for (const chapter of model.chapters) {
    const name = `${chapter.code} ${chapter.title}`.trim();
    blocks.push(heading(`ch-${chapter.id}`, name, { level: 2, toc: { level: 2, title: name }, note: countsLine(chapter.byStatus, chapter.overdue) }));
    const rows: TableRow[] = [];
    for (const statement of chapter.statements) {
      rows.push({
        key: `st-${statement.id}`,
        className: 'rp-row--group',
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
        rows.push({
          key: `a-${a.id}`,
          className: remarks.length > 0 ? 'rp-row--has-remarks' : undefined,
          keepWithNext: remarks.length > 0,
          spans: [1, 1, 4, 1, 1, 1],
          cells: [
            <Code key="c">{a.code}</Code>,
            a.title,
            <IndicatorLines key="i" action={a} />,
            <span key="t">
              {timelineOf(a)}
              {a.revisedEnd && <span className="rp-wording">Revised end {formatTimelineDate(a.revisedEnd)}</span>}
            </span>,
            a.leadText,
            <StatusMark key="s" status={a.status} text={a.statusText} overdueMonths={a.overdue ? a.monthsOverdue : null} />,
          ],
        });
        remarks.forEach((piece, index) => {
          rows.push({
            key: `a-${a.id}-remarks-${index}`,
            className: `rp-row--remarks${index < remarks.length - 1 ? ' rp-row--continues' : ''}`,
            spans: [2, 7],
            cells: [
              index === 0 ? '' : <span key="c" className="rp-muted">{a.code} remarks, continued</span>,
              <span key="r" className="rp-remarks">
                {index === 0 && <span className="rp-remarks__label">Remarks</span>}
                {piece}
              </span>,
            ],
          });
        });
      }
    }
    blocks.push(table(`ch-table-${chapter.id}`, CHAPTER_COLUMNS, rows, { className: 'rp-table--detail', empty: 'No action in this chapter.' }));
  }
  if (model.chapters.length === 0) blocks.push(none('chapters-none', 'No action in this scope.'));
  return { id: 'chapters', title: REPORT_SECTION_TITLES.chapters, inContents: true, orientation: 'landscape', newPage: true, blocks };
}

function overdueSection(model: ReportModel): FlowSection {
  const blocks: Block[] = [
    sectionHeading('overdue', `${model.scope.label} · position as of ${longDate(model.asOf)}`),
    heading('overdue-list-title', `Overdue actions (${model.overdue.length})`, {
      note: 'The end date (or revised end date) has passed and the action is not completed or dropped.',
    }),
    table(
      'overdue-list',
      [
        { label: 'Code', width: '10%' },
        { label: 'Action', width: '38%' },
        { label: 'Lead agency', width: '16%' },
        { label: 'End', width: '11%' },
        { label: 'Overdue by', width: '11%', align: 'right' },
        { label: 'Status', width: '14%' },
      ],
      model.overdue.map((a) => ({
        key: `od-${a.id}`,
        cells: [<Code key="c">{a.code}</Code>, a.title, a.leadText, endOf(a), months(a.monthsOverdue), <StatusMark key="s" status={a.status} />],
      })),
      { empty: 'No action is overdue.' },
    ),
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
  return { id: 'overdue', title: REPORT_SECTION_TITLES.overdue, inContents: true, orientation: 'portrait', newPage: true, blocks };
}

function agenciesSection(model: ReportModel): FlowSection {
  const other = (c: StatusCounts) => c.on_hold + c.dropped + c.unknown;
  const name = (a: { acronym: string | null; name: string }) => (a.acronym && a.acronym.toLowerCase() !== a.name.toLowerCase() ? `${a.acronym} — ${a.name}` : a.name);
  const blocks: Block[] = [
    sectionHeading('agencies', 'Per lead agency: its actions by status, what is overdue, and the latest changes recorded.'),
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
          { label: 'Latest update', width: '14%' },
          { label: 'Action', width: '12%' },
          { label: 'Change', width: '56%' },
          { label: 'By', width: '18%' },
        ],
        agency.latestUpdates.map((u, i) => ({ key: `agu-${agency.id}-${i}`, cells: [shortDate(u.at), <Code key="c">{u.actionCode}</Code>, u.change, u.user] })),
        { empty: 'No update recorded on its actions up to the as-of date.' },
      ),
    );
  }
  return { id: 'agencies', title: REPORT_SECTION_TITLES.agencies, inContents: true, orientation: 'portrait', newPage: true, blocks };
}

function indicatorsSection(model: ReportModel): FlowSection {
  // Indicators with no actual reported are named by their actions' codes, not given a row each of "not reported":
  // a plan early in its life (or a large one) otherwise printed page after page of empty rows.
  const reported = model.indicators.filter((i) => i.latest !== null);
  const unreported = new Map<string, number>();
  for (const i of model.indicators) if (i.latest === null) unreported.set(i.actionCode, (unreported.get(i.actionCode) ?? 0) + 1);
  const codes = [...unreported.entries()];
  const count = model.indicators.length - reported.length;
  const blocks: Block[] = [
    sectionHeading('indicators', 'Baseline → latest actual → target. Progress is shown where it can be computed: numbers, percentages, ratios and yes/no.'),
    table(
      'indicators-table',
      [
        { label: 'Action', width: '9%' },
        { label: 'Indicator', width: '35%' },
        { label: 'Baseline', width: '11%' },
        { label: 'Latest actual', width: '14%' },
        { label: 'Target', width: '11%' },
        { label: 'Progress', width: '20%' },
      ],
      reported.map((i) => ({
        key: `ind-${i.id}`,
        cells: [
          <Code key="c">{i.actionCode}</Code>,
          i.name,
          i.baseline || '—',
          <span key="l">
            {i.latest}
            {i.latestPeriod && <span className="rp-wording">{i.latestPeriod}</span>}
          </span>,
          i.target || '—',
          i.progress === null ? <span key="p" className="rp-muted">not computable</span> : <ProgressBar key="p" progress={i.progress} />,
        ],
      })),
      { empty: model.indicators.length === 0 ? 'No indicator in this scope.' : `No actual reported for any indicator up to ${longDate(model.asOf)}.` },
    ),
  ];
  if (count > 0) {
    blocks.push(
      heading('indicators-unreported-title', `No actual reported (${plural(count, 'indicator')})`, {
        level: 3,
        note: `Up to ${longDate(model.asOf)}, by action; “×2” where two of an action's indicators have none. The chapter detail shows their baselines and targets.`,
      }),
    );
  }
  for (let i = 0; i < codes.length; i += CODES_PER_PARAGRAPH) {
    const slice = codes.slice(i, i + CODES_PER_PARAGRAPH);
    const last = i + CODES_PER_PARAGRAPH >= codes.length;
    blocks.push(
      paragraph(
        `indicators-unreported-${i}`,
        slice.map(([code, n], k) => (
          <Fragment key={code}>
            <span className="rp-nowrap">
              <span className="rp-code">{code}</span>
              {n > 1 ? ` ×${n}` : ''}
              {k < slice.length - 1 || !last ? ',' : '.'}
            </span>{' '}
          </Fragment>
        )),
        'rp-para rp-para--codes',
      ),
    );
  }
  return { id: 'indicators', title: REPORT_SECTION_TITLES.indicators, inContents: true, orientation: 'portrait', newPage: true, blocks };
}

function annexSection(model: ReportModel): FlowSection {
  return {
    id: 'annex',
    title: REPORT_SECTION_TITLES.annex,
    inContents: true,
    orientation: 'portrait',
    newPage: true,
    blocks: [
      sectionHeading('annex', 'The agencies named by the actions in this pack, with their full names.'),
      table(
        'annex-table',
        [
          { label: 'Acronym', width: '18%' },
          { label: 'Full name', width: '62%' },
          { label: 'Part of', width: '20%' },
        ],
        model.annex.map((a, i) => ({
          key: `ax-${i}`,
          cells: [a.acronym ?? '—', <span key="n">{a.name}{a.kind === 'group' ? <span className="rp-muted"> (group)</span> : null}</span>, a.parentName ?? ''],
        })),
        { empty: 'No agency is named by the actions in this scope.' },
      ),
    ],
  };
}

function contentsSection(entries: readonly (TocEntry & { readonly index: number })[]): FlowSection {
  return {
    id: 'contents',
    title: REPORT_SECTION_TITLES.contents,
    inContents: false,
    orientation: 'portrait',
    newPage: true,
    blocks: [
      sectionHeading('contents'),
      {
        kind: 'table',
        key: 'contents-table',
        className: 'rp-table--toc',
        columns: [
          { label: 'Section', width: '88%' },
          { label: 'Page', width: '12%', align: 'right' },
        ],
        rows: entries.map((entry) => ({
          key: `toc-${entry.index}`,
          className: `rp-toc--${entry.level}`,
          cells: [<span key="t" className="rp-toc__title">{entry.title}</span>, <TocPage key="p" index={entry.index} />],
        })),
      },
    ],
  };
}

export interface BuiltReport {
  readonly sections: readonly FlowSection[];
  /** Where each contents entry points: the section and block whose page it shows. */
  readonly tocTargets: readonly { readonly section: number; readonly block: number }[];
}

/** The pack's sections in print order, with the contents filled from the sections that follow it. */
export function buildReport(model: ReportModel, paper: PaperSize): BuiltReport {
  const actionsById = new Map(model.chapters.flatMap((c) => c.statements.flatMap((s) => s.actions.map((a) => [a.id, a] as const))));
  const bodies: FlowSection[] = [];
  for (const id of model.sections) {
    switch (id) {
      case 'cover':
        bodies.push(coverSection(model));
        break;
      case 'contents':
        break;
      case 'summary':
        bodies.push(summarySection(model));
        break;
      case 'changes':
        bodies.push(changesSection(model, actionsById));
        break;
      case 'chapters':
        bodies.push(chaptersSection(model));
        break;
      case 'overdue':
        bodies.push(overdueSection(model));
        break;
      case 'agencies':
        bodies.push(agenciesSection(model));
        break;
      case 'indicators':
        bodies.push(indicatorsSection(model));
        break;
      case 'timeline':
        bodies.push(timelineSection(model, paper));
        break;
      case 'annex':
        bodies.push(annexSection(model));
        break;
      default: {
        const never: never = id;
        throw new Error(`Unknown report section ${String(never)}`);
      }
    }
  }
  if (!model.sections.includes('contents')) return { sections: bodies, tocTargets: [] };

  // The contents go after the cover; entries point at sections (and chapters) after it.
  const at = bodies[0]?.id === 'cover' ? 1 : 0;
  const entries: (TocEntry & { index: number })[] = [];
  const targets: { section: number; block: number }[] = [];
  bodies.forEach((section, s) => {
    const sectionIndex = s >= at ? s + 1 : s;
    if (section.inContents) {
      targets.push({ section: sectionIndex, block: 0 });
      entries.push({ level: 1, title: section.title, index: entries.length });
    }
    section.blocks.forEach((block, b) => {
      if (block.kind === 'atom' && block.toc) {
        targets.push({ section: sectionIndex, block: b });
        entries.push({ ...block.toc, index: entries.length });
      }
    });
  });
  const sections = [...bodies.slice(0, at), contentsSection(entries), ...bodies.slice(at)];
  return { sections, tocTargets: targets };
}

