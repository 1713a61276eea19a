// The small pieces every section of the review pack is built of: headings, paragraphs, tables, status marks, the
// brief action table several sections share, and the contents' page numbers.
import { createContext, useContext, type ReactNode } from 'react';
import { contentsDestination, sectionDestination } from '../../../../shared/printed-pack';
import type { ReportActionBrief, ReportModel, ReportSectionId } from '../../../../shared/domain';
import type { ImplementationStatus, StatusCounts } from '../../../../shared/vocab/status';
import { text } from '../../language/language';
import { STATUS_ORDER, statusKeyOf, statusLabel } from '../../ui/status-view';
import type { AtomBlock, Block, TableColumn, TableRow, TocEntry } from '../blocks';
import { StatusShape } from '../charts';
import { longDate, timelineOf } from '../print-format';

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

export function StatusMark({ status, text: written, overdueMonths }: { status: ImplementationStatus | null; text?: string; overdueMonths?: number | null }) {
  const key = statusKeyOf(status);
  const label = statusLabel(key);
  const wording = written?.trim() ?? '';
  // The original wording, where it says more than the controlled value ("O&M ongoing").
  const showWording = wording !== '' && wording.toLowerCase() !== label.toLowerCase();
  return (
    <span className="rp-status-cell">
      <span className={`rp-status rp-status--${key}`}>
        <StatusShape status={key} />
        {label}
      </span>
      {overdueMonths !== undefined && overdueMonths !== null && (
        <span className="rp-overdue">{text()['print.overdueMonths'](overdueMonths)}</span>
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

export function none(key: string, words = text()['print.none']): AtomBlock {
  return paragraph(key, words, 'rp-para rp-para--none');
}

/** A sentence of the catalogue with a link where it says "{link}": the translator keeps the sentence whole. */
export function withLink(sentence: string, link: ReactNode): ReactNode {
  const at = sentence.indexOf('{link}');
  if (at < 0) return sentence;
  return (
    <>
      {sentence.slice(0, at)}
      {link}
      {sentence.slice(at + '{link}'.length)}
    </>
  );
}

/** "the chapter detail", as a link to it. */
export function chapterDetailLink(): ReactNode {
  return <SectionLink section="chapters">{text()['print.chapterDetail']}</SectionLink>;
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
        withLink(text()['print.firstOfMore'](SUMMARY_LIST_ROWS, list.length, list.length - SUMMARY_LIST_ROWS), chapterDetailLink()),
        'rp-para rp-para--note',
      ),
    );
  }
  return blocks;
}

export function sectionHeading(id: ReportSectionId, note?: ReactNode): AtomBlock {
  return heading(`${id}-title`, sectionTitle(id), { level: 1, note });
}

/** A section's title in the language shown: its heading, the running header, the contents. */
export function sectionTitle(id: ReportSectionId): string {
  return text()[`print.section.${id}`];
}

// ---- Brief action tables, used by several sections ----

export function briefColumns(): readonly TableColumn[] {
  const t = text();
  return [
    { label: t['print.col.code'], width: '11%' },
    { label: t['print.col.action'], width: '41%' },
    { label: t['print.col.leadAgency'], width: '17%' },
    { label: t['print.col.timeline'], width: '15%' },
    { label: t['print.col.status'], width: '16%' },
  ];
}

/** A table of counts by status (the summary's per chapter, the scorecards' per agency), after the `first` column. */
export function statusCountColumns(first: string): readonly TableColumn[] {
  const t = text();
  return [
    { label: first, width: '40%' },
    { label: t['print.col.actions'], width: '10%', align: 'right' },
    { label: t['status.completed'], width: '11%', align: 'right' },
    { label: t['status.ongoing'], width: '10%', align: 'right' },
    { label: t['status.not_started'], width: '11%', align: 'right' },
    { label: t['print.col.other'], width: '8%', align: 'right' },
    { label: t['status.overdue'], width: '10%', align: 'right' },
  ];
}

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
          <b>{overdue}</b> {text()['status.overdue']}
        </span>
      )}
      {parts.length === 0 && <span className="rp-count">{text()['status.noActions']}</span>}
    </span>
  );
}

/** Whose statuses, dates, targets and actions the pack shows: the plan as recorded today, or as it stood on the as-of date. */
export function planStateText(model: ReportModel): string {
  const { day, current, changesUndone } = model.planAsOf;
  const t = text();
  if (current) return t['print.asRecordedOn'](longDate(day));
  if (day > model.asOf) return t['print.asFirstRecorded'](longDate(day));
  return t['print.asTheyStood'](longDate(day), changesUndone);
}

/** The same, short, for a heading: nothing when the pack is as of the printing day. */
export function planStateNote(model: ReportModel): string {
  const { day, current } = model.planAsOf;
  const t = text();
  if (current) return day === model.asOf ? '' : ` · ${t['print.statusesRecordedOn'](longDate(day))}`;
  return ` · ${day > model.asOf ? t['print.planFirstRecorded'](longDate(day)) : t['print.statusesAsTheyStood']}`;
}
