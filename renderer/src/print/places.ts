// Where the pack's sections, chapters and statements are, for the PDF's bookmarks and the destinations its links
// open: from the pack's own pagination, like the contents' page numbers, so that a pack printed in parts knows the
// place of a chapter printed in another part. Pure, so that it can be tested alone.
import { contentsDestination, sectionDestination, type PackBookmark, type PackPlace } from '../../../shared/printed-pack';
import { HEADER_MM, MARGIN_MM } from './geometry';
import type { MeasuredSection, PagePiece, Pagination } from './paginate';

/** Packs longer than this also get a bookmark per policy statement: in a short pack the chapters are enough. */
export const STATEMENT_BOOKMARKS_FROM = 100;
/** A bookmark longer than this is cut: outline panes are narrow, and a statement can run to a paragraph. */
const TITLE_LENGTH = 90;
const POINTS_PER_MM = 72 / 25.4;
const POINTS_PER_PX = 0.75;
/** The top of a page's body, in points: the page's top margin and its running header. */
const BODY_TOP = (MARGIN_MM.top + HEADER_MM) * POINTS_PER_MM;

function shortTitle(title: string): string {
  const flat = title.replace(/\s+/g, ' ').trim();
  return flat.length > TITLE_LENGTH ? `${flat.slice(0, TITLE_LENGTH - 1).trimEnd()}…` : flat;
}

/** What is read here of the pack's sections (blocks.ts's FlowSection, without its React nodes, so that this file
 *  compiles for the Node tests too). */
export interface OutlinedSection {
  readonly id: string;
  readonly title: string;
  readonly inContents: boolean;
  readonly blocks: readonly ({ readonly kind: 'atom'; readonly toc?: { readonly title: string } } | { readonly kind: 'table'; readonly rows: readonly { readonly bookmark?: string }[] })[];
}

export interface PackPlaces {
  readonly bookmarks: readonly PackBookmark[];
  readonly destinations: Readonly<Record<string, PackPlace>>;
}

/**
 * The bookmarks: one per section in the contents (and the contents themselves), one per contents entry within a
 * section (a chapter of the chapter detail) and, past STATEMENT_BOOKMARKS_FROM pages, one per table row asking for one
 * (a policy statement); in the pack's order. The destinations: each contents entry and each section, where its
 * heading is.
 */
export function placesOf(sections: readonly OutlinedSection[], tocTargets: readonly { readonly section: number; readonly block: number }[], measured: readonly MeasuredSection[], pagination: Pagination): PackPlaces {
  // Each block's pieces, with their pages.
  const pieces = new Map<string, (PagePiece & { page: number })[]>();
  pagination.pages.forEach((page, index) => {
    for (const piece of page.pieces) {
      const key = `${piece.section}/${piece.block}`;
      const list = pieces.get(key) ?? [];
      list.push({ ...piece, page: index + 1 });
      pieces.set(key, list);
    }
  });
  const blockPlace = (section: number, block: number): PackPlace => {
    const first = pieces.get(`${section}/${block}`)?.[0];
    return first ? { page: first.page, top: BODY_TOP + first.top * POINTS_PER_PX } : { page: 1, top: 0 };
  };
  /** A table row's place: below its piece's repeated header and the rows before it there (a caption is not counted). */
  const rowPlace = (section: number, block: number, row: number): PackPlace | null => {
    const table = measured[section]?.blocks[block];
    const piece = pieces.get(`${section}/${block}`)?.find((p) => row >= p.from && row < p.to);
    if (!piece || table?.kind !== 'table') return null;
    const above = table.rowHeights.slice(piece.from, row).reduce((sum, height) => sum + height, 0);
    return { page: piece.page, top: BODY_TOP + (piece.top + table.headerHeight + above) * POINTS_PER_PX };
  };

  const withStatements = pagination.pages.length > STATEMENT_BOOKMARKS_FROM;
  const bookmarks: PackBookmark[] = [];
  sections.forEach((section, s) => {
    if (!section.inContents && section.id !== 'contents') return;
    bookmarks.push({ title: section.title, level: 1, ...blockPlace(s, 0) });
    section.blocks.forEach((block, b) => {
      if (block.kind === 'atom') {
        if (block.toc) bookmarks.push({ title: shortTitle(block.toc.title), level: 2, ...blockPlace(s, b) });
        return;
      }
      if (!withStatements) return;
      block.rows.forEach((row, r) => {
        const place = row.bookmark === undefined ? null : rowPlace(s, b, r);
        if (place) bookmarks.push({ title: shortTitle(row.bookmark!), level: 3, ...place });
      });
    });
  });

  const destinations: Record<string, PackPlace> = {};
  tocTargets.forEach((target, index) => (destinations[contentsDestination(index)] = blockPlace(target.section, target.block)));
  sections.forEach((section, s) => (destinations[sectionDestination(section.id)] = blockPlace(s, 0)));
  return { bookmarks, destinations };
}
