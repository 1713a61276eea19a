// Where the pack's bookmarks and link destinations open, from its own pagination: each section and chapter at its
// heading, each policy statement (in packs over 100 pages) at its row, in points from the page's top edge.
import { describe, expect, it } from 'vitest';
import { contentsDestination, sectionDestination } from '../../../../shared/printed-pack';
import { HEADER_MM, MARGIN_MM } from '../../../../renderer/src/print/geometry';
import { paginate, type MeasuredSection } from '../../../../renderer/src/print/paginate';
import { placesOf, STATEMENT_BOOKMARKS_FROM, type OutlinedSection } from '../../../../renderer/src/print/places';

const BODY = { portrait: 100, landscape: 60, 'a3-landscape': 90 };
/** Where a page's body starts, in points: its top margin and running header. */
const BODY_TOP = ((MARGIN_MM.top + HEADER_MM) * 72) / 25.4;
const pt = (px: number) => BODY_TOP + px * 0.75;

/** A summary section (a heading and a paragraph) and a chapter detail of `chapters` chapters, each a heading (a
 *  contents entry) over a table of `statements` statements of three rows each, the statement's row asking for a
 *  bookmark. Every row is 10 px, a heading 12, a table's header 8. */
function pack(chapters: number, statements: number): { sections: OutlinedSection[]; measured: MeasuredSection[]; tocTargets: { section: number; block: number }[] } {
  const rows = Array.from({ length: statements * 3 }, (_, r) => (r % 3 === 0 ? { bookmark: `S${r / 3 + 1} statement` } : {}));
  const sections: OutlinedSection[] = [
    { id: 'summary', title: 'Executive summary', inContents: true, blocks: [{ kind: 'atom' }, { kind: 'atom' }] },
    {
      id: 'chapters',
      title: 'Chapter detail',
      inContents: true,
      blocks: Array.from({ length: chapters }, (_, c) => [
        { kind: 'atom' as const, toc: { title: `5.${c + 1} Chapter` } },
        { kind: 'table' as const, rows },
      ]).flat(),
    },
  ];
  const measured: MeasuredSection[] = [
    { sheet: 'portrait', newPage: true, blocks: [{ kind: 'atom', height: 12, keepWithNext: true }, { kind: 'atom', height: 30, keepWithNext: false }] },
    {
      sheet: 'landscape',
      newPage: true,
      blocks: Array.from({ length: chapters }, () => [
        { kind: 'atom' as const, height: 12, keepWithNext: true },
        { kind: 'table' as const, extra: 0, headerHeight: 8, rowHeights: rows.map(() => 10), keepRowWithNext: rows.map((_, r) => r % 3 === 0) },
      ]).flat(),
    },
  ];
  const tocTargets = [{ section: 0, block: 0 }, { section: 1, block: 0 }, ...Array.from({ length: chapters }, (_, c) => ({ section: 1, block: 2 * c }))];
  return { sections, measured, tocTargets };
}

describe('the places of a pack', () => {
  it('opens each section and chapter at its heading, on the page it starts on', () => {
    const { sections, measured, tocTargets } = pack(2, 2);
    const pagination = paginate(measured, BODY);
    const { bookmarks, destinations } = placesOf(sections, tocTargets, measured, pagination);
    // Page 1: the summary. A landscape page holds 58 px: chapter 1's heading (12), header (8) and first statement (30)
    // on page 2, its second statement under a repeated header on page 3 (38), chapter 2 (at least 40) on page 4.
    expect(bookmarks).toEqual([
      { title: 'Executive summary', level: 1, page: 1, top: pt(0) },
      { title: 'Chapter detail', level: 1, page: 2, top: pt(0) },
      { title: '5.1 Chapter', level: 2, page: 2, top: pt(0) },
      { title: '5.2 Chapter', level: 2, page: 4, top: pt(0) },
    ]);
    expect(destinations[sectionDestination('chapters')]).toEqual({ page: 2, top: pt(0) });
    expect(destinations[contentsDestination(3)]).toEqual({ page: 4, top: pt(0) });
  });

  it('places a heading below what comes before it on its page', () => {
    const { sections, measured, tocTargets } = pack(3, 1);
    const pagination = paginate(measured, BODY);
    // Each chapter takes 12 + 8 + 30 = 50 px: one to a 58 px page, all three on a page of 198 px, one below the other.
    const tall = { ...BODY, landscape: 200 };
    const roomy = placesOf(sections, tocTargets, measured, paginate(measured, tall));
    expect(roomy.bookmarks.filter((b) => b.level === 2).map((b) => [b.page, b.top])).toEqual([
      [2, pt(0)],
      [2, pt(50)],
      [2, pt(100)],
    ]);
    expect(placesOf(sections, tocTargets, measured, pagination).bookmarks.filter((b) => b.level === 2).map((b) => b.page)).toEqual([2, 3, 4]);
  });

  it(`bookmarks each policy statement at its row only past ${STATEMENT_BOOKMARKS_FROM} pages`, () => {
    const short = pack(1, 4);
    expect(placesOf(short.sections, short.tocTargets, short.measured, paginate(short.measured, BODY)).bookmarks.some((b) => b.level === 3)).toBe(false);
    const long = pack(1, 400);
    const pagination = paginate(long.measured, BODY);
    expect(pagination.pages.length).toBeGreaterThan(STATEMENT_BOOKMARKS_FROM);
    const statements = placesOf(long.sections, long.tocTargets, long.measured, pagination).bookmarks.filter((b) => b.level === 3);
    expect(statements).toHaveLength(400);
    // On a continued page, below the repeated header: a page holds the header and 5 rows (8 + 50 of 58 px), so the
    // statements (every third row) sit at rows 0..4 of their pages in turn.
    const second = statements[1]!;
    const page = pagination.pages[second.page - 1]!;
    const piece = page.pieces[0]!;
    expect(second.top).toBe(pt(piece.top + 8 + (3 - piece.from) * 10));
    expect(statements.every((s, i) => i === 0 || s.page >= statements[i - 1]!.page)).toBe(true);
  });
});
