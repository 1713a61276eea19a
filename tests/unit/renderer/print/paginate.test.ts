// The pack's pagination rules on measured heights: rows never split, headers repeat, headings keep with what
// follows, sheet changes start a page, and the page where each block starts is known for the contents.
import { describe, expect, it } from 'vitest';
import { paginate, type MeasuredBlock, type MeasuredSection } from '../../../../renderer/src/print/paginate';

const BODY = { portrait: 100, landscape: 60, 'a3-landscape': 90 };

function atom(height: number, keepWithNext = false): MeasuredBlock {
  return { kind: 'atom', height, keepWithNext };
}

function table(rows: number[], options: { extra?: number; header?: number; groups?: number[] } = {}): MeasuredBlock {
  return {
    kind: 'table',
    extra: options.extra ?? 2,
    headerHeight: options.header ?? 8,
    rowHeights: rows,
    keepRowWithNext: rows.map((_, i) => options.groups?.includes(i) ?? false),
  };
}

function section(blocks: MeasuredBlock[], sheet: 'portrait' | 'landscape' = 'portrait', newPage = true): MeasuredSection {
  return { sheet, newPage, blocks };
}

describe('paginate', () => {
  it('cuts a long table between rows and repeats its header on every page', () => {
    const result = paginate([section([table(Array(20).fill(10))])], BODY);
    // 98 usable: 2 + 8 header leaves room for 8 rows of 10 per page.
    expect(result.pages.map((p) => p.pieces.map((x) => [x.from, x.to, x.continued]))).toEqual([
      [[0, 8, false]],
      [[8, 16, true]],
      [[16, 20, true]],
    ]);
    for (const page of result.pages) {
      const used = page.pieces.reduce((sum, x) => sum + 10 + (x.to - x.from) * 10, 0);
      expect(used).toBeLessThanOrEqual(98);
    }
    expect(result.oversized).toBe(0);
  });

  it('never leaves a heading, or a group row, at the foot of a page', () => {
    const result = paginate([section([atom(70), atom(10, true), table([20, 20])])], BODY);
    // The heading (10) fits after 70, but its table's header and first row (2 + 8 + 20) do not: both move on.
    expect(result.pages.map((p) => p.pieces.map((x) => x.block))).toEqual([[0], [1, 2]]);
    expect(result.blockPage).toEqual([[0, 1, 1]]);

    const grouped = paginate([section([table([10, 10, 10, 10, 10, 10, 10, 8, 30], { groups: [7] })])], BODY);
    // Row 7 is a group row whose first action (30) does not fit after it: the group row starts the next page.
    expect(grouped.pages.map((p) => p.pieces.map((x) => [x.from, x.to]))).toEqual([[[0, 7]], [[7, 9]]]);
  });

  it('keeps a run of kept rows together: a group row, its first action and that action\'s remarks line', () => {
    // 98 usable; 10 for the header. Rows 0–4 take 50; then group (8), action (10) kept with its remarks (21) = 39 > 38 left.
    const result = paginate([section([table([10, 10, 10, 10, 10, 8, 10, 21, 10], { groups: [5, 6] })])], BODY);
    expect(result.pages.map((p) => p.pieces.map((x) => [x.from, x.to]))).toEqual([[[0, 5]], [[5, 9]]]);
    // Without the remarks line kept, the group row and its action would have fitted on the first page.
    const loose = paginate([section([table([10, 10, 10, 10, 10, 8, 10, 21, 10], { groups: [5] })])], BODY);
    expect(loose.pages.map((p) => p.pieces.map((x) => [x.from, x.to]))).toEqual([[[0, 7]], [[7, 9]]]);
    // A run taller than a page is cut between its rows rather than clipped; rows 1–2 still fit a page together.
    const tall = paginate([section([table([40, 40, 40], { groups: [0, 1] })])], BODY);
    expect(tall.pages.map((p) => p.pieces.map((x) => [x.from, x.to]))).toEqual([[[0, 1]], [[1, 3]]]);
    expect(tall.oversized).toBe(0);
  });

  it('starts a section on a new page, and always when its sheet changes', () => {
    const result = paginate(
      [section([atom(10)]), section([atom(10)], 'portrait', false), section([atom(10)], 'landscape', false), section([atom(10)], 'portrait', true)],
      BODY,
    );
    expect(result.pages.map((p) => [p.sheet, p.pieces.map((x) => x.section)])).toEqual([
      ['portrait', [0, 1]],
      ['landscape', [2]],
      ['portrait', [3]],
    ]);
    expect(result.blockPage).toEqual([[0], [0], [1], [2]]);
  });

  it('uses the body height of each sheet', () => {
    const result = paginate([section([table(Array(10).fill(10))], 'landscape')], BODY);
    // 58 usable in landscape: 10 + 4 rows.
    expect(result.pages.map((p) => p.pieces[0]!.to - p.pieces[0]!.from)).toEqual([4, 4, 2]);
  });

  it('places a row taller than a page alone and reports it', () => {
    const result = paginate([section([table([10, 150, 10])])], BODY);
    expect(result.pages.map((p) => p.pieces.map((x) => [x.from, x.to]))).toEqual([[[0, 1]], [[1, 2]], [[2, 3]]]);
    expect(result.oversized).toBe(1);
  });

  it('keeps an empty table (header only) and atoms in order', () => {
    const result = paginate([section([atom(30), table([]), atom(30)])], BODY);
    expect(result.pages).toHaveLength(1);
    expect(result.pages[0]!.pieces.map((x) => x.block)).toEqual([0, 1, 2]);
  });
});
