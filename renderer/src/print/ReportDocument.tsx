// A review pack as pages. First every block is rendered once, unpaged, at the width of its page body and measured;
// then the pack is cut into pages by those heights (paginate.ts) and rendered as fixed-size page boxes, each with
// its running header and "Page X of Y" footer. Since the pagination is ours, the contents know their page
// numbers before anything prints, and print.html, the PDF and the in-app preview show the same pages.
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import type { PaperSize, ReportModel } from '../../../shared/domain';
import { isGroupRow, type Block, type FlowSection, type TableBlock } from './blocks';
import { FOOTER_MM, HEADER_MM, MARGIN_MM, pageBox, PX_PER_MM, type Orientation } from './geometry';
import { paginate, type MeasuredBlock, type MeasuredSection, type Pagination } from './paginate';
import { longDate, shortDate } from './print-format';
import { buildReport, TocPagesContext } from './report-sections';
import './print.css';

export interface LayoutInfo {
  readonly pages: number;
  /** Page number (1-based) of each contents entry, in order. */
  readonly tocPages: readonly number[];
  /** Rows or blocks taller than a page: they are clipped. Zero in a good pack. */
  readonly oversized: number;
  /** Pages whose content overflows their body as rendered: the measurement was wrong. Zero in a good pack. */
  readonly overflowingPages: number;
}

interface Props {
  readonly model: ReportModel;
  readonly paper: PaperSize;
  readonly onLaidOut?: (info: LayoutInfo) => void;
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

function bodyStyle(paper: PaperSize, orientation: Orientation): CSSProperties {
  const box = pageBox(paper, orientation);
  return { width: `${box.bodyWidthMm}mm`, ['--rp-body-height' as string]: `${box.bodyHeightMm}mm` };
}

/** Reads the rendered heights of every block, in the order of `sections`. */
function measure(root: HTMLElement, sections: readonly FlowSection[]): MeasuredSection[] {
  return sections.map((section, s) => {
    const element = root.children[s] as HTMLElement;
    const blocks: MeasuredBlock[] = section.blocks.map((block, b) => {
      const wrapper = element.children[b] as HTMLElement;
      const height = wrapper.getBoundingClientRect().height;
      if (block.kind === 'atom') return { kind: 'atom', height, keepWithNext: block.keepWithNext ?? false };
      const headerHeight = wrapper.querySelector('thead')?.getBoundingClientRect().height ?? 0;
      const rows = Array.from(wrapper.querySelectorAll(':scope > table > tbody > tr'));
      const rowHeights = rows.map((row) => row.getBoundingClientRect().height);
      const extra = height - headerHeight - rowHeights.reduce((sum, h) => sum + h, 0);
      return { kind: 'table', extra, headerHeight, rowHeights, keepRowWithNext: block.rows.map((row) => isGroupRow(row)) };
    });
    return { orientation: section.orientation, newPage: section.newPage, blocks };
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

export function ReportDocument({ model, paper, onLaidOut }: Props) {
  const built = useMemo(() => buildReport(model), [model]);
  const measureRef = useRef<HTMLDivElement>(null);
  const pagesRef = useRef<HTMLDivElement>(null);
  const [layout, setLayout] = useState<{ readonly for: object; readonly paper: PaperSize; readonly pagination: Pagination } | null>(null);
  const current = layout && layout.for === built && layout.paper === paper ? layout.pagination : null;

  useLayoutEffect(() => {
    if (current) return;
    let cancelled = false;
    // Measure with the fonts the pages will print with.
    void document.fonts.ready.then(() => {
      const root = measureRef.current;
      if (cancelled || !root) return;
      performance.mark('report:rendered-for-measure');
      const measured = measure(root, built.sections);
      performance.mark('report:measured');
      const bodyHeight = {
        portrait: pageBox(paper, 'portrait').bodyHeightMm * PX_PER_MM,
        landscape: pageBox(paper, 'landscape').bodyHeightMm * PX_PER_MM,
      };
      setLayout({ for: built, paper, pagination: paginate(measured, bodyHeight) });
    });
    return () => {
      cancelled = true;
    };
  }, [built, paper, current]);

  const tocPages = useMemo(() => (current ? built.tocTargets.map((t) => (current.blockPage[t.section]?.[t.block] ?? 0) + 1) : null), [built, current]);

  useEffect(() => {
    if (!current || !tocPages || !pagesRef.current) return;
    const bodies = Array.from(pagesRef.current.querySelectorAll<HTMLElement>('.rp-page__body'));
    const overflowingPages = bodies.filter((body) => body.scrollHeight > body.clientHeight + 1).length;
    onLaidOut?.({ pages: current.pages.length, tocPages, oversized: current.oversized, overflowingPages });
  }, [current, tocPages, onLaidOut]);

  if (!current) {
    return (
      <div className="report report--measuring" ref={measureRef} aria-hidden="true">
        {built.sections.map((section) => (
          <div key={section.id} className="rp-measure" style={bodyStyle(paper, section.orientation)}>
            {section.blocks.map((block) => (
              <BlockView key={block.key} block={block} from={0} to={block.kind === 'table' ? block.rows.length : 0} />
            ))}
          </div>
        ))}
      </div>
    );
  }

  const titles = runningTitles(built.sections, current);
  const total = current.pages.length;
  const generated = model.cover.generatedAt.slice(0, 10);
  const dateLine = generated === model.asOf ? longDate(model.asOf) : `Position as of ${longDate(model.asOf)} · printed ${shortDate(model.cover.generatedAt)}`;
  const headerTitle = model.cover.meetingName ? `${model.cover.title} · ${model.cover.meetingName}` : model.cover.title;
  return (
    <TocPagesContext.Provider value={tocPages}>
      <div className="report" ref={pagesRef}>
        {current.pages.map((page, index) => {
          const box = pageBox(paper, page.orientation);
          const bare = page.pieces.some((p) => built.sections[p.section]?.bare);
          return (
            <section
              key={index}
              className={`rp-page rp-page--${page.orientation}`}
              data-page={index + 1}
              style={{
                width: `${box.widthMm}mm`,
                height: `${box.heightMm}mm`,
                padding: `${MARGIN_MM.top}mm ${MARGIN_MM.side}mm ${MARGIN_MM.bottom}mm`,
              }}
            >
              <header className="rp-page__header" style={{ height: `${HEADER_MM}mm` }}>
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
              <footer className="rp-page__footer" style={{ height: `${FOOTER_MM}mm` }}>
                {!bare && (
                  <>
                    <span className="rp-page__plan">{model.plan.title}</span>
                    <span className="rp-page__date">{dateLine}</span>
                    <span className="rp-page__number">
                      Page {index + 1} of {total}
                    </span>
                  </>
                )}
              </footer>
            </section>
          );
        })}
      </div>
    </TocPagesContext.Provider>
  );
}
