// The small pieces every section of the review pack is built of: headings, paragraphs, tables, status marks, the
// brief action table several sections share, and the contents' page numbers.
import { createContext, useContext, type ReactNode } from 'react';
import { REPORT_SECTION_TITLES } from '../../../../shared/vocab/report-sections';
import { contentsDestination, sectionDestination } from '../../../../shared/printed-pack';
import type { ReportActionBrief, ReportModel, ReportSectionId } from '../../../../shared/domain';
import type { ImplementationStatus, StatusCounts } from '../../../../shared/vocab/status';
import { STATUS_ORDER, statusKeyOf, statusLabel } from '../../ui/status-view';
import type { AtomBlock, Block, TableColumn, TableRow, TocEntry } from '../blocks';
import { StatusShape } from '../charts';
import { longDate, months, plural, timelineOf } from '../print-format';

/** Action codes per paragraph (an agency's overdue actions, indicators not reported), so that no paragraph outgrows a page. */
export const CODES_PER_PARAGRAPH = 80;
/** Actions the executive summary lists at most in each of its lists: a large plan's run to thousands (hundreds of
 *  pages of a summary); the rest are in the chapter detail and the pack's .xlsx tables, and the summary says so. */
const SUMMARY_LIST_ROWS = 40;

/** Where the pack's contents entries and sections start (1-based pages), known once it is paginated: null while it
 *  is measured. */
export interface PackPages {
  readonly toc: readonly number[];
  readonly sections: Readonly<Partial<Record<ReportSectionId, number>>>;
}

export const PackPagesContext = createContext<PackPages | null>(null);

/** A link to the named place `destination` (where a heading is: printed-pack.ts); the same box, with no target, while
 *  the pack is measured. */
export function PlaceLink({ destination, children }: { destination: string | null; children: ReactNode }) {
  return (
    <a className="rp-link" href={destination === null ? undefined : `#${destination}`}>
      {children}
    </a>
  );
}

/** The page number of contents entry `index`, as a link to its heading. */
export function TocPage({ index }: { index: number }) {
  const pages = useContext(PackPagesContext);
  return <PlaceLink destination={pages ? contentsDestination(index) : null}>{pages ? String(pages.toc[index] ?? '') : '000'}</PlaceLink>;
}

/** The title of contents entry `index`, as a link to its heading. */
export function TocTitle({ index, children }: { index: number; children: ReactNode }) {
  const pages = useContext(PackPagesContext);
  return <PlaceLink destination={pages ? contentsDestination(index) : null}>{children}</PlaceLink>;
}

/** Words naming another section ("the chapter detail"), as a link to its heading where the pack has the section. */
export function SectionLink({ section, children }: { section: ReportSectionId; children: ReactNode }) {
  const pages = useContext(PackPagesContext);
  if (pages && pages.sections[section] === undefined) return <>{children}</>;
  return <PlaceLink destination={pages ? sectionDestination(section) : null}>{children}</PlaceLink>;
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

export function Code({ children }: { children: ReactNode }) {
  return <span className="rp-code">{children}</span>;
}

export function heading(key: string, text: string, options: { level?: 1 | 2 | 3; toc?: TocEntry; note?: ReactNode } = {}): AtomBlock {
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

export function paragraph(key: string, node: ReactNode, className = 'rp-para'): AtomBlock {
  return { kind: 'atom', key, node: <p className={className}>{node}</p> };
}

export function none(key: string, text = 'None.'): AtomBlock {
  return paragraph(key, text, 'rp-para rp-para--none');
}

export function table(key: string, columns: readonly TableColumn[], rows: readonly TableRow[], options: { caption?: string; className?: string; empty?: string } = {}): Block {
  if (rows.length === 0) return none(key, options.empty);
  return { kind: 'table', key, columns, rows, ...(options.caption ? { caption: options.caption } : {}), ...(options.className ? { className: options.className } : {}) };
}

/** The first SUMMARY_LIST_ROWS of `list` as rows, and a note of how many more there are, if any. */
export function summaryList<T>(key: string, list: readonly T[], row: (item: T) => TableRow, columns: readonly TableColumn[], empty: string): Block[] {
  const blocks = [table(key, columns, list.slice(0, SUMMARY_LIST_ROWS).map(row), { empty })];
  if (list.length > SUMMARY_LIST_ROWS) {
    blocks.push(
      paragraph(
        `${key}-more`,
        <>
          The first {SUMMARY_LIST_ROWS} of {list.length} in plan order; the other {list.length - SUMMARY_LIST_ROWS} are in the{' '}
          <SectionLink section="chapters">chapter detail</SectionLink> and in the pack's tables (.xlsx).
        </>,
        'rp-para rp-para--note',
      ),
    );
  }
  return blocks;
}

export function sectionHeading(id: ReportSectionId, note?: ReactNode): AtomBlock {
  return heading(`${id}-title`, REPORT_SECTION_TITLES[id], { level: 1, note });
}

// ---- Brief action tables, used by several sections ----

export const BRIEF_COLUMNS: readonly TableColumn[] = [
  { label: 'Code', width: '11%' },
  { label: 'Action', width: '41%' },
  { label: 'Lead agency', width: '17%' },
  { label: 'Timeline', width: '15%' },
  { label: 'Status', width: '16%' },
];

export function briefRow(a: ReportActionBrief, prefix: string): TableRow {
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

export function countsLine(counts: StatusCounts, overdue: number): ReactNode {
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
export function planStateText(model: ReportModel): string {
  const { day, current, changesUndone } = model.planAsOf;
  if (current) return `As recorded on ${longDate(day)}`;
  if (day > model.asOf) return `As first recorded in PlanDesk, on ${longDate(day)} (no history before)`;
  const undone = changesUndone === 0 ? 'no change made since' : `${plural(changesUndone, 'change')} made since left out`;
  return `As they stood on ${longDate(day)}, rebuilt from the change history (${undone})`;
}

/** The same, short, for a heading: nothing when the pack is as of the printing day. */
export function planStateNote(model: ReportModel): string {
  const { day, current } = model.planAsOf;
  if (current) return day === model.asOf ? '' : ` · statuses and dates as recorded on ${longDate(day)}`;
  return day > model.asOf ? ` · the plan as first recorded, on ${longDate(day)}` : ' · statuses and dates as they stood then';
}
