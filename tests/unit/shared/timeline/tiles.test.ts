// Page tiling of a printed timeline: columns of whole years, bands of rows that repeat their groups,
// no group header left alone at a page foot, labels never across a tile's edge, continuation marks.
import { describe, expect, it } from 'vitest';
import { timelineRows, type TimelineRow } from '../../../../shared/timeline/layout';
import { A4_LANDSCAPE, continuesPast, landscapePage, parentIndexes, placeBarLabel, rowBands, rowsPerPage, tileHeight, tileTimeline, yearColumns, type PrintGeometry } from '../../../../shared/timeline/tiles';
import { action } from './fixtures';

const page: PrintGeometry = { ...A4_LANDSCAPE, pageWidth: 1000, labelWidth: 280, pageHeight: 400, titleHeight: 30, headerHeight: 40, footerHeight: 30, rowHeight: 20, minPxPerMonth: 5, maxPxPerMonth: 40 };

describe('paper', () => {
  it.each([
    ['A4', 1062, 729],
    ['Letter', 995, 751],
  ] as const)('%s landscape less 8 mm margins is %d × %d px', (paper, width, height) => {
    expect(landscapePage(paper)).toMatchObject({ pageWidth: width, pageHeight: height });
  });
});

describe('columns of whole years', () => {
  it.each([
    // 720 px of chart: up to 12 years at 5 px a month fit one page.
    ['2018-01', '2021-12', 15, [['2018-01', '2021-12']]],
    ['2013-01', '2024-12', 5, [['2013-01', '2024-12']]],
    ['2018-01', '2018-12', 40, [['2018-01', '2018-12']]],
    // 15 years: two columns, as even as whole years allow (8 + 7).
    ['2013-01', '2027-12', 7.5, [['2013-01', '2020-12'], ['2021-01', '2027-12']]],
    // 2018 to 2099 (an end typed far ahead): seven columns of 12 years.
    ['2018-01', '2099-12', 5, Array.from({ length: 7 }, (_, i) => [`${2018 + 12 * i}-01`, `${Math.min(2099, 2029 + 12 * i)}-12`])],
  ])('%s to %s: %d px a month', (first, last, px, columns) => {
    const result = yearColumns({ first, last }, page);
    expect(result.pxPerMonth).toBeCloseTo(px);
    expect(result.columns.map((c) => [c.first, c.last])).toEqual(columns);
    // Every column fits the page.
    for (const c of result.columns) {
      const months = (Number(c.last.slice(0, 4)) - Number(c.first.slice(0, 4)) + 1) * 12;
      expect(months * result.pxPerMonth).toBeLessThanOrEqual(page.pageWidth - page.labelWidth + 1e-9);
    }
  });
});

const many = (chapters: number, statements: number, actions: number) =>
  Array.from({ length: chapters * statements * actions }, (_, i) => {
    const c = Math.floor(i / (statements * actions)) + 1;
    const s = (Math.floor(i / actions) % statements) + 1;
    return action({ code: `5.${c}.${s}.${(i % actions) + 1}` });
  });

const outline = (rows: readonly TimelineRow[]) => rows.map((r) => (r.kind === 'group' ? r.code : r.action.code));

describe('bands of rows', () => {
  it('fits 15 rows on this page', () => expect(rowsPerPage(page)).toBe(15));

  it('finds each row\'s group', () => {
    const rows = timelineRows(many(2, 2, 2), { grouping: 'plan', collapsed: new Set() });
    expect(outline(rows)).toEqual(['5.1', '5.1.1', '5.1.1.1', '5.1.1.2', '5.1.2', '5.1.2.1', '5.1.2.2', '5.2', '5.2.1', '5.2.1.1', '5.2.1.2', '5.2.2', '5.2.2.1', '5.2.2.2']);
    expect(parentIndexes(rows)).toEqual([-1, 0, 1, 1, 0, 4, 4, -1, 7, 8, 8, 7, 11, 11]);
  });

  it('repeats the chapter and statement a page continues, and covers every row once', () => {
    const rows = timelineRows(many(2, 3, 6), { grouping: 'plan', collapsed: new Set() });
    const bands = rowBands(rows, 10);
    expect(bands.map((b) => [b.from, b.to, b.carried.map((i) => outline(rows)[i]).join(' > ')])).toEqual([
      [0, 10, ''],
      [10, 18, '5.1 > 5.1.2'],
      [18, 26, '5.1 > 5.1.3'],
      // 5.2 starts on the third page; the fourth carries it over.
      [26, 34, '5.2 > 5.2.1'],
      [34, 42, '5.2 > 5.2.2'],
      [42, 44, '5.2 > 5.2.3'],
    ]);
    expect(bands.flatMap((b) => Array.from({ length: b.to - b.from }, (_, i) => b.from + i))).toEqual(rows.map((_, i) => i));
  });

  it('never ends a page on a group header: it goes over with its first action', () => {
    const rows = timelineRows(many(1, 3, 3), { grouping: 'plan', collapsed: new Set() });
    // Rows: 5.1, 5.1.1, 3 actions, 5.1.2 (index 5), 3 actions, 5.1.3 (index 9), ...
    const bands = rowBands(rows, 6);
    expect(bands.map((b) => [b.from, b.to])).toEqual([
      [0, 5],
      [5, 9],
      [9, 13],
    ]);
    for (const band of bands) expect(rows[band.to - 1]?.kind).toBe('action');
  });

  it('keeps a collapsed group (no rows under it) as a row of its own', () => {
    const rows = timelineRows(many(3, 1, 2), { grouping: 'plan', collapsed: new Set(['chapter:c1', 'chapter:c2', 'chapter:c3']) });
    expect(rowBands(rows, 2).map((b) => [b.from, b.to])).toEqual([
      [0, 2],
      [2, 3],
    ]);
  });
});

describe('pages', () => {
  it('prints every row on some page of each column, across the years first', () => {
    const rows = timelineRows(many(2, 3, 6), { grouping: 'plan', collapsed: new Set() });
    const layout = tileTimeline(rows, { first: '2013-01', last: '2027-12' }, page);
    expect(layout.columns).toHaveLength(2);
    expect(layout.pages.map((p) => `${p.number}:${p.band}/${p.column}`).slice(0, 4)).toEqual(['1:0/0', '2:0/1', '3:1/0', '4:1/1']);
    for (const column of [0, 1]) {
      const printed = layout.pages.filter((p) => p.column === column).flatMap((p) => p.rows.slice(p.carried));
      expect(printed).toEqual(rows);
    }
    for (const p of layout.pages) expect(p.rows.length).toBeLessThanOrEqual(layout.rowsPerPage);
  });

  it('holds fewer rows on a shorter first page (a review pack\'s heading above it), and a full page after', () => {
    const rows = timelineRows(many(2, 3, 6), { grouping: 'plan', collapsed: new Set() });
    const shorter = { ...page, firstPageHeight: page.pageHeight - 5 * page.rowHeight };
    const layout = tileTimeline(rows, { first: '2018-01', last: '2024-12' }, shorter);
    expect(layout.columns).toHaveLength(1);
    expect(layout.pages[0]!.rows.length).toBeLessThanOrEqual(10);
    expect(layout.pages[0]!.rows.length).toBeGreaterThanOrEqual(9);
    // A later page holds more than the first could (a group header at its foot may go over to the next).
    expect(layout.pages[1]!.rows.length).toBeGreaterThan(10);
    for (const p of layout.pages) expect(p.rows.length).toBeLessThanOrEqual(15);
    expect(layout.pages.flatMap((p) => p.rows.slice(p.carried))).toEqual(rows);
    expect(layout.pages.map((p) => tileHeight(shorter, p))).toEqual(layout.pages.map((p) => (p.number === 1 ? shorter.firstPageHeight : page.pageHeight)));
    expect(tileHeight(page, layout.pages[0]!)).toBe(page.pageHeight);
  });

  it('prints one empty page for an empty plan', () => {
    expect(tileTimeline([], { first: '2026-01', last: '2026-12' }, page).pages).toHaveLength(1);
  });
});

describe('at the edges of a tile', () => {
  it.each([
    ['inside', 100, 200, { before: false, after: false }],
    ['from before', -50, 200, { before: true, after: false }],
    ['past the end', 100, 900, { before: false, after: true }],
    ['across both', -50, 900, { before: true, after: true }],
    ['wholly before: not in this tile', -90, -10, { before: false, after: false }],
  ])('a bar %s', (_what, x0, x1, marks) => expect(continuesPast(x0, x1, 0, 720)).toEqual(marks));

  it.each([
    ['after the bar', 100, 200, 720, { x: 204, anchor: 'start', inside: false }],
    ['inside the end of a long bar with no room after', 300, 718, 720, { x: 714, anchor: 'end', inside: true }],
    ['inside, at the edge, for a bar running past it', 40, 900, 720, { x: 716, anchor: 'end', inside: true }],
    ['before a short bar near the edge', 640, 690, 720, { x: 636, anchor: 'end', inside: false }],
    ['nowhere when no side has room', 10, 60, 66, null],
  ])('a label goes %s', (_what, x0, x1, windowX1, place) => expect(placeBarLabel({ x0, x1, textWidth: 60, windowX0: 0, windowX1, gap: 4 })).toEqual(place));

  it('goes inside the solid part only, not over a revised extension', () => {
    expect(placeBarLabel({ x0: 100, x1: 900, solidX1: 500, textWidth: 60, windowX0: 0, windowX1: 720, gap: 4 })).toEqual({ x: 496, anchor: 'end', inside: true });
    expect(placeBarLabel({ x0: 100, x1: 900, solidX1: 150, textWidth: 60, windowX0: 0, windowX1: 720, gap: 4 })).toBeNull();
  });
});
