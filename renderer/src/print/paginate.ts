// Cuts a review pack into pages, from the measured heights of its blocks. Pure, so it can be tested alone.
// Rules: a section may start on a new page (and must, when its sheet differs); a table row is never split;
// a table continued on the next page repeats its header; a heading stays with what follows it; a row kept with its
// next (a policy statement inside a chapter table, an action above its remarks line) stays with it.
import type { Sheet } from './geometry';

export interface MeasuredAtom {
  readonly kind: 'atom';
  readonly height: number;
  readonly keepWithNext: boolean;
}

export interface MeasuredTable {
  readonly kind: 'table';
  /** Height the table adds whatever its rows: caption, spacing. */
  readonly extra: number;
  readonly headerHeight: number;
  readonly rowHeights: readonly number[];
  /** Rows that must not end a page (group rows, an action row above its remarks line). */
  readonly keepRowWithNext: readonly boolean[];
}

export type MeasuredBlock = MeasuredAtom | MeasuredTable;

export interface MeasuredSection {
  readonly sheet: Sheet;
  readonly newPage: boolean;
  readonly blocks: readonly MeasuredBlock[];
}

export interface PagePiece {
  readonly section: number;
  readonly block: number;
  /** For tables: the rows [from, to) on this page, and whether the table began on an earlier page. */
  readonly from: number;
  readonly to: number;
  readonly continued: boolean;
  /** Where the piece starts, in px below the top of the page's body: the blocks before it on the page, stacked. */
  readonly top: number;
}

export interface PageLayout {
  readonly sheet: Sheet;
  readonly pieces: readonly PagePiece[];
}

export interface Pagination {
  readonly pages: readonly PageLayout[];
  /** Page index (0-based) where each block of each section starts. */
  readonly blockPage: readonly (readonly number[])[];
  /** Units taller than a whole page body: placed alone, and reported, since they would be clipped. */
  readonly oversized: number;
}

/** Room left on every page for rounding in the browser's layout, in px. */
const SLACK_PX = 2;

/**
 * The rows [from, to) that must share a page: row `from`, and while a row is kept with its next, that next (a
 * statement's group row, its first action and that action's remarks line). A run taller than a page on its own is
 * no run: its rows are then placed one by one.
 */
function unitOf(table: MeasuredTable, from: number, full: number): { to: number; height: number } {
  const rows = table.rowHeights;
  let to = from + 1;
  let height = rows[from] ?? 0;
  while (table.keepRowWithNext[to - 1] && to < rows.length) {
    height += rows[to]!;
    to += 1;
  }
  if (to > from + 1 && table.extra + table.headerHeight + height > full) return { to: from + 1, height: rows[from] ?? 0 };
  return { to, height };
}

function firstUnit(table: MeasuredTable, from: number, full: number): number {
  return table.extra + table.headerHeight + unitOf(table, from, full).height;
}

/** What must fit on the page for block `index` to start there: itself and, for a kept heading, the start of what follows. */
function neededToStart(blocks: readonly MeasuredBlock[], index: number, full: number): number {
  const block = blocks[index];
  if (!block) return 0;
  if (block.kind === 'table') return block.rowHeights.length > 0 ? firstUnit(block, 0, full) : block.extra + block.headerHeight;
  return block.height + (block.keepWithNext ? neededToStart(blocks, index + 1, full) : 0);
}

export function paginate(sections: readonly MeasuredSection[], bodyHeight: Readonly<Record<Sheet, number>>): Pagination {
  const pages: { sheet: Sheet; pieces: PagePiece[] }[] = [];
  const blockPage: number[][] = [];
  let oversized = 0;
  let remaining = 0;
  let current: { sheet: Sheet; pieces: PagePiece[] } | null = null;

  const newPage = (sheet: Sheet) => {
    current = { sheet, pieces: [] };
    pages.push(current);
    remaining = bodyHeight[sheet] - SLACK_PX;
  };
  const isEmpty = () => current === null || current.pieces.length === 0;
  // What the pieces placed so far on the current page take.
  const used = () => bodyHeight[current!.sheet] - SLACK_PX - remaining;

  sections.forEach((section, s) => {
    const starts: number[] = [];
    blockPage.push(starts);
    const full = bodyHeight[section.sheet] - SLACK_PX;
    if (section.newPage || current === null || current.sheet !== section.sheet) newPage(section.sheet);

    section.blocks.forEach((block, b) => {
      if (block.kind === 'atom') {
        const needed = Math.min(neededToStart(section.blocks, b, full), full);
        if (needed > remaining && !isEmpty()) newPage(section.sheet);
        if (block.height > full) oversized += 1;
        starts.push(pages.length - 1);
        current!.pieces.push({ section: s, block: b, from: 0, to: 0, continued: false, top: used() });
        remaining -= block.height;
        return;
      }
      const rows = block.rowHeights;
      if (rows.length === 0) {
        if (block.extra + block.headerHeight > remaining && !isEmpty()) newPage(section.sheet);
        starts.push(pages.length - 1);
        current!.pieces.push({ section: s, block: b, from: 0, to: 0, continued: false, top: used() });
        remaining -= block.extra + block.headerHeight;
        return;
      }
      let from = 0;
      while (from < rows.length) {
        if (Math.min(firstUnit(block, from, full), full) > remaining && !isEmpty()) newPage(section.sheet);
        if (from === 0) starts.push(pages.length - 1);
        let height = block.extra + block.headerHeight;
        let to = from;
        while (to < rows.length) {
          const unit = unitOf(block, to, full);
          if (height + unit.height > remaining && to > from) break;
          if (to === from && height + unit.height > full) oversized += 1;
          height += unit.height;
          to = unit.to;
        }
        current!.pieces.push({ section: s, block: b, from, to, continued: from > 0, top: used() });
        remaining -= height;
        from = to;
        if (from < rows.length) newPage(section.sheet);
      }
    });
  });
  return { pages, blockPage, oversized };
}
