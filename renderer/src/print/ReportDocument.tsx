// A review pack as pages. First every block is rendered once, unpaged, at the width of its page body and measured;
// then the pack is cut into pages by those heights (paginate.ts) and rendered as fixed-size page boxes, each with
// its running header and "Page X of Y" footer. Since the pagination is ours, the contents know their page
// numbers before anything prints, and print.html, the PDF and the in-app preview show the same pages.
import { useLayoutEffect, useMemo, useRef, type CSSProperties, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { PaperSize, ReportModel, ReportSectionId, TimelinePaper } from '../../../shared/domain';
import type { PackBookmark, PackPlace } from '../../../shared/printed-pack';
import { isGroupRow, type Block, type FlowSection, type TableBlock } from './blocks';
import { FOOTER_MM, HEADER_MM, MARGIN_MM, pageBox, PX_PER_MM, type Sheet } from './geometry';
import { blocksOfShare, joinShares, weightOfPack, type ShareMeasures } from './measure-shares';
import { paginate, type MeasuredBlock, type MeasuredSection, type Pagination } from './paginate';
import { placesOf } from './places';
import { text } from '../language/language';
import { longDate, shortDate } from './print-format';
import { buildReport, type BuiltReport } from './build-report';
import { PackPagesContext, type PackPages } from './sections/parts';
import './print.css';

export interface LayoutInfo {
  readonly pages: number;
  /** Page number (1-based) of each contents entry, in order. */
  readonly tocPages: readonly number[];
  /** Rows or blocks taller than a page: they are clipped. Zero in a good pack. */
  readonly oversized: number;
  /** Pages whose content overflows their body as rendered: the measurement was wrong. Zero in a good pack; null when not checked. */
  readonly overflowingPages: number | null;
}

/** Packs up to this many pages are checked for overflowing pages once laid out. */
const CHECKED_PAGES = 800;

interface Props {
  readonly model: ReportModel;
  readonly paper: PaperSize;
  /** The timeline pages' paper: the pack's (default), or A3. */
  readonly timelinePaper?: TimelinePaper;
  readonly onLaidOut?: (info: LayoutInfo) => void;
  /**
   * The pages shown in the window (the Reports view's preview): measured and shown a part at a time, the window
   * answering between parts, with `onProgress` told after each (done of total parts).
   */
  readonly inSteps?: boolean;
  readonly onProgress?: (done: number, total: number) => void;
}

/** About this many table rows (or other blocks) are measured in one part of a preview laid out in steps. */
const ROWS_PER_STEP = 400;
/** And shown this many pages first (what a person looks at first), then this many at a time: each addition lays
 * out the pages shown before it again (the preview's column of pages), so the later steps are larger. */
const FIRST_PAGES = 20;
const PAGES_PER_STEP = 200;

/** Lets the window paint and answer (a click, a key) before the next part of the layout. */
function betweenSteps(): Promise<void> {
  return new Promise((done) => setTimeout(done, 0));
}

function BlockTable({ block, from, to }: { block: TableBlock; from: number; to: number }) {
  const columns = block.columns;
  return (
    <div className={`rp-block rp-tablewrap ${block.className ?? ''}`} style={block.style}>
      {block.caption && <p className="rp-caption">{block.caption}</p>}
      <table className="rp-table">
        <colgroup>
          {columns.map((c, i) => (
            <col key={i} style={{ width: c.width }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th key={i} className={c.align ? `rp-${c.align}` : undefined}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {block.rows.slice(from, to).map((row) => {
            if (isGroupRow(row)) {
              return (
                <tr key={row.key} className={row.className ?? 'rp-row--group'}>
                  <td colSpan={columns.length}>{row.cells.group}</td>
                </tr>
              );
            }
            const cells = row.cells as readonly ReactNode[];
            let column = 0;
            return (
              <tr key={row.key} className={row.className}>
                {cells.map((cell, i) => {
                  const span = row.spans?.[i] ?? 1;
                  const align = columns[column]?.align;
                  column += span;
                  return (
                    <td key={i} colSpan={span > 1 ? span : undefined} className={align ? `rp-${align}` : undefined}>
                      {cell}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function BlockView({ block, from, to }: { block: Block; from: number; to: number }) {
  if (block.kind === 'table') return <BlockTable block={block} from={from} to={to} />;
  return <div className="rp-block">{block.node}</div>;
}

function bodyStyle(paper: PaperSize, sheet: Sheet): CSSProperties {
  const box = pageBox(paper, sheet);
  return { width: `${box.bodyWidthMm}mm`, ['--rp-body-height' as string]: `${box.bodyHeightMm}mm` };
}

/** Reads the rendered heights of the blocks rendered (`included`), in the order of `sections`; null for the others. */
function measure(root: HTMLElement, sections: readonly FlowSection[], included: readonly (readonly boolean[])[]): ShareMeasures {
  return sections.map((section, s) => {
    const element = root.children[s] as HTMLElement;
    return section.blocks.map((block, b): MeasuredBlock | null => {
      if (!included[s]?.[b]) return null;
      const wrapper = element.children[b] as HTMLElement;
      const height = wrapper.getBoundingClientRect().height;
      if (block.kind === 'atom') return { kind: 'atom', height, keepWithNext: block.keepWithNext ?? false };
      const headerHeight = wrapper.querySelector('thead')?.getBoundingClientRect().height ?? 0;
      const rows = Array.from(wrapper.querySelectorAll(':scope > table > tbody > tr'));
      const rowHeights = rows.map((row) => row.getBoundingClientRect().height);
      const extra = height - headerHeight - rowHeights.reduce((sum, h) => sum + h, 0);
      return { kind: 'table', extra, headerHeight, rowHeights, keepRowWithNext: block.rows.map((row) => isGroupRow(row) || row.keepWithNext === true) };
    });
  });
}

/** What the running header names: the section and, within it, the latest chapter heading shown so far. */
function runningTitles(sections: readonly FlowSection[], pagination: Pagination): string[] {
  const titles: string[] = [];
  let context = '';
  let contextSection = -1;
  for (const page of pagination.pages) {
    const first = page.pieces[0];
    if (!first) {
      titles.push('');
      continue;
    }
    const section = sections[first.section]!;
    if (contextSection !== first.section) context = '';
    // A page opening with a new chapter heading is headed by that chapter.
    const opening = first.from === 0 ? section.blocks[first.block] : undefined;
    if (opening?.kind === 'atom' && opening.toc) context = opening.toc.title;
    titles.push(context ? `${section.title} · ${context}` : section.title);
    for (const piece of page.pieces) {
      const block = sections[piece.section]!.blocks[piece.block];
      if (block?.kind === 'atom' && block.toc) context = block.toc.title;
      contextSection = piece.section;
    }
  }
  return titles;
}

interface PagesProps {
  readonly built: BuiltReport;
  readonly pagination: Pagination;
  /** The names of the places the pack's links open. */
  readonly destinations: readonly string[];
  readonly model: ReportModel;
  readonly paper: PaperSize;
  /** Pages [from, to) only (0-based): a long pack is printed in parts. */
  readonly from: number;
  readonly to: number;
  /** Leaves out the link targets (pages added after the first ones shown, which had them). */
  readonly withoutTargets?: boolean;
}

/**
 * An empty element named after each place the pack's links open, since Chromium writes a link only to a target in
 * the document it prints, and a part holds only some of the pack's pages. The join gives each name its place in the
 * whole file (PackDescription's destinations), so where these stand does not matter.
 */
function LinkTargets({ names }: { names: readonly string[] }) {
  return (
    <div className="rp-link-targets" aria-hidden="true">
      {names.map((name) => (
        <span key={name} id={name} />
      ))}
    </div>
  );
}

function Pages({ built, pagination, destinations, model, paper, from, to, withoutTargets = false }: PagesProps) {
  const titles = runningTitles(built.sections, pagination);
  const total = pagination.pages.length;
  const generated = model.cover.generatedAt.slice(0, 10);
  const t = text();
  const dateLine = generated === model.asOf ? longDate(model.asOf) : t['print.positionAsOfPrinted'](longDate(model.asOf), shortDate(model.cover.generatedAt));
  const headerTitle = model.cover.meetingName ? `${model.cover.title} · ${model.cover.meetingName}` : model.cover.title;
  return (
    <>
      {/* First, out of the flow: after the last page it would be a page of its own (.rp-page:last-child). */}
      {!withoutTargets && <LinkTargets names={destinations} />}
      {pagination.pages.slice(from, to).map((page, offset) => {
        const index = from + offset;
        const box = pageBox(paper, page.sheet);
        const bare = page.pieces.some((p) => built.sections[p.section]?.bare);
        return (
          <section
            key={index}
            className={`rp-page rp-page--${page.sheet}`}
            data-page={index + 1}
            style={{
              width: `${box.widthMm}mm`,
              height: `${box.heightMm}mm`,
              padding: `${MARGIN_MM.top}mm ${MARGIN_MM.side}mm ${MARGIN_MM.bottom}mm`,
              // For the in-app preview, which scales the pages without laying them out again (reports.css).
              ['--rp-page-width' as string]: `${box.widthMm}mm`,
              ['--rp-page-height' as string]: `${box.heightMm}mm`,
            }}
          >
            {/* The running header and footer are page furniture: left out of the PDF's structure, marked as artifacts. */}
            <header className="rp-page__header" style={{ height: `${HEADER_MM}mm` }} aria-hidden="true">
              {!bare && (
                <>
                  <span className="rp-page__report">{headerTitle}</span>
                  <span className="rp-page__section">{titles[index]}</span>
                </>
              )}
            </header>
            <div className="rp-page__body" style={{ height: `${box.bodyHeightMm}mm`, ['--rp-body-height' as string]: `${box.bodyHeightMm}mm` }}>
              {page.pieces.map((piece) => {
                const block = built.sections[piece.section]!.blocks[piece.block]!;
                return <BlockView key={`${block.key}-${piece.from}`} block={block} from={piece.from} to={piece.to} />;
              })}
            </div>
            <footer className="rp-page__footer" style={{ height: `${FOOTER_MM}mm` }} aria-hidden="true">
              {!bare && (
                <>
                  <span className="rp-page__plan">{model.plan.title}</span>
                  <span className="rp-page__date">{dateLine}</span>
                  <span className="rp-page__number">{t['print.pageOf'](index + 1, total)}</span>
                </>
              )}
            </footer>
          </section>
        );
      })}
    </>
  );
}

/**
 * A share of a pack's measuring, for a printer measuring a long pack in several pages of the browser at once: this
 * page's measurements, and how to finish the layout once every share's measurements are known (joinShares).
 */
export interface MeasuredShare {
  readonly measures: ShareMeasures;
  complete(shares: readonly ShareMeasures[]): LayoutInfo;
}

/** A laid-out pack, for whoever prints it in parts: how many pages, and how to show a range of them. */
export interface LaidOutPack {
  readonly pages: number;
  /** The sheet of page `index` (0-based). */
  sheetOf(index: number): Sheet;
  /** Shows pages [from, to) only; says how many of them overflow their body (null when the pack is too long to check). */
  showPages(from: number, to: number): number | null;
  /** For the PDF's outline: each section, chapter and (in a long pack) policy statement, where it starts. */
  readonly bookmarks: readonly PackBookmark[];
  /** The places the pack's links open, by name (printed-pack.ts). */
  readonly destinations: Readonly<Record<string, PackPlace>>;
}

/** Pages shown whose content overflows their body as rendered, down or across (null past CHECKED_PAGES). */
function overflowingPagesIn(host: HTMLElement, total: number): number | null {
  if (total > CHECKED_PAGES) return null;
  // Too wide counts as well: a line that cannot wrap is cut at the page's edge.
  return Array.from(host.querySelectorAll<HTMLElement>('.rp-page__body')).filter(
    (body) => body.scrollHeight > body.clientHeight + 1 || body.scrollWidth > body.clientWidth + 1,
  ).length;
}

/**
 * The pages are static: no event handler, no state. So both passes are rendered to markup and handed to the
 * browser's HTML parser, several times faster than building thousands of pages of DOM through React one node
 * at a time. The host element is React's; what is inside it is not.
 */
export function ReportDocument({
  model,
  paper,
  timelinePaper = 'pack',
  onLaidOut,
  inSteps = false,
  onProgress,
  onPack,
  onMeasuredShare,
  inParts = false,
  share = null,
}: Props & {
  readonly onPack?: (pack: LaidOutPack) => void;
  readonly inParts?: boolean;
  /** Measure only this share of the blocks (blocksOfShare), and hand the measurements to onMeasuredShare. */
  readonly share?: { readonly index: number; readonly count: number } | null;
  readonly onMeasuredShare?: (share: MeasuredShare) => void;
}) {
  const built = useMemo(() => buildReport(model, paper, timelinePaper), [model, paper, timelinePaper]);
  const hostRef = useRef<HTMLDivElement>(null);
  const shareIndex = share?.index ?? 0;
  const shareCount = share?.count ?? 1;
  const measuresShare = share !== null;

  useLayoutEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    let cancelled = false;
    // The blocks each pass measures: a printer's share of them, or the whole pack in one pass or, in the window,
    // in parts of about ROWS_PER_STEP rows (a block's height depends on that block alone: measure-shares.ts).
    const steps = inSteps && !measuresShare ? Math.min(100, Math.max(1, Math.ceil(weightOfPack(built.sections) / ROWS_PER_STEP))) : 1;
    const passes = measuresShare ? [blocksOfShare(built.sections, shareIndex, shareCount)] : Array.from({ length: steps }, (_, i) => blocksOfShare(built.sections, i, steps));
    const renderForMeasure = (included: readonly (readonly boolean[])[]) => {
      host.className = 'report report--measuring';
      host.innerHTML = renderToStaticMarkup(
        <>
          {built.sections.map((section, s) => (
            <div key={section.id} className="rp-measure" style={bodyStyle(paper, section.sheet)}>
              {section.blocks.map((block, b) =>
                included[s]?.[b] ? <BlockView key={block.key} block={block} from={0} to={block.kind === 'table' ? block.rows.length : 0} /> : <div key={block.key} />,
              )}
            </div>
          ))}
        </>,
      );
    };
    renderForMeasure(passes[0]!);
    performance.mark('report:rendered-for-measure');

    /** Cuts the measured pack into pages: what it came to, and how to show a range of its pages. */
    const paginated = (measured: readonly MeasuredSection[]) => {
      const bodyHeight = {
        portrait: pageBox(paper, 'portrait').bodyHeightMm * PX_PER_MM,
        landscape: pageBox(paper, 'landscape').bodyHeightMm * PX_PER_MM,
        'a3-landscape': pageBox(paper, 'a3-landscape').bodyHeightMm * PX_PER_MM,
      };
      performance.mark('report:joined');
      const pagination = paginate(measured, bodyHeight);
      performance.mark('report:paginated');
      const tocPages = built.tocTargets.map((t) => (pagination.blockPage[t.section]?.[t.block] ?? 0) + 1);
      const sectionPages: Partial<Record<ReportSectionId, number>> = {};
      built.sections.forEach((section, s) => (sectionPages[section.id] = (pagination.blockPage[s]?.[0] ?? 0) + 1));
      const packPages: PackPages = { toc: tocPages, sections: sectionPages };
      const places = placesOf(built.sections, built.tocTargets, measured, pagination);
      const destinations = Object.keys(places.destinations);
      const total = pagination.pages.length;
      const markupOf = (from: number, to: number, withoutTargets = false) =>
        renderToStaticMarkup(
          <PackPagesContext.Provider value={packPages}>
            <Pages built={built} pagination={pagination} destinations={destinations} model={model} paper={paper} from={from} to={to} withoutTargets={withoutTargets} />
          </PackPagesContext.Provider>,
        );
      return { pagination, tocPages, places, total, markupOf };
    };

    /** Cuts the measured pack into pages and makes it ready to show or print. */
    const complete = (measured: readonly MeasuredSection[]): LayoutInfo => {
      const { pagination, tocPages, places, total, markupOf } = paginated(measured);
      const checked = total <= CHECKED_PAGES;
      const show = (from: number, to: number) => {
        host.className = inParts && !checked ? 'report report--print-only' : 'report';
        host.innerHTML = markupOf(from, to);
        // The check lays out the pages on screen, which a printer then does again in print: on a long pack that
        // doubles the wait, so it is left to the packs people check by eye and the tests.
        return overflowingPagesIn(host, total);
      };
      host.className = 'report';
      // A printer printing in parts shows each part in turn (and checks it then): laying out every page of a long
      // pack first, only to replace them by the first part, was a good share of its time. Nor is the measured
      // markup left in place, where it would be laid out again as a visible page.
      if (inParts) {
        host.replaceChildren();
        performance.mark('report:cleared');
      }
      const overflowingPages = inParts ? null : show(0, total);
      const info = { pages: total, tocPages, oversized: pagination.oversized, overflowingPages };
      onPack?.({
        pages: total,
        sheetOf: (index) => pagination.pages[index]?.sheet ?? 'portrait',
        showPages: show,
        bookmarks: places.bookmarks,
        destinations: places.destinations,
      });
      onLaidOut?.(info);
      return info;
    };

    /** The window's preview: the pages shown a step at a time, the window answering between steps. */
    const showInSteps = async (measured: readonly MeasuredSection[]) => {
      const { pagination, tocPages, total, markupOf } = paginated(measured);
      host.className = 'report';
      for (let from = 0; from < Math.max(1, total); ) {
        const first = from === 0;
        const to = from + (first ? FIRST_PAGES : PAGES_PER_STEP);
        const markup = markupOf(from, Math.min(total, to), !first);
        if (first) host.innerHTML = markup;
        else host.insertAdjacentHTML('beforeend', markup);
        from = to;
        await betweenSteps();
        if (cancelled) return;
      }
      onLaidOut?.({ pages: total, tocPages, oversized: pagination.oversized, overflowingPages: overflowingPagesIn(host, total) });
    };

    // Measure with the fonts the pages will print with. A face limited to one script (Dzongkha's, fonts.css) loads
    // only once text of that script is laid out, which may be after document.fonts.ready settled: load the faces
    // the blocks' text needs first (a face that fails to load leaves its text to the next font, as the print would).
    const fontsLoaded = () =>
      document.fonts
        .load(`1em ${getComputedStyle(host).fontFamily}`, host.textContent ?? '')
        .catch(() => [])
        .then(() => document.fonts.ready);
    void (async () => {
      const measures: ShareMeasures[] = [];
      for (const [pass, included] of passes.entries()) {
        if (pass > 0) {
          onProgress?.(pass, steps);
          await betweenSteps();
          if (cancelled) return;
          renderForMeasure(included);
        }
        await fontsLoaded();
        if (cancelled) return;
        measures.push(measure(host, built.sections, included));
      }
      performance.mark('report:measured');
      if (measuresShare && shareCount > 1) {
        // Measured, the blocks are of no more use while the other shares are measured: left in place, the browser
        // would keep drawing frames of them (hidden, yet walked) and answer the printer that much later.
        host.replaceChildren();
        performance.mark('report:share-cleared');
        onMeasuredShare?.({ measures: measures[0]!, complete: (shares) => complete(joinShares(built.sections, shares)) });
      } else if (steps > 1) {
        onProgress?.(steps, steps);
        await showInSteps(joinShares(built.sections, measures));
      } else complete(joinShares(built.sections, measures));
    })();
    return () => {
      cancelled = true;
    };
  }, [built, model, paper, timelinePaper, onLaidOut, onProgress, onPack, onMeasuredShare, inParts, inSteps, measuresShare, shareIndex, shareCount]);

  return <div ref={hostRef} className="report" />;
}
