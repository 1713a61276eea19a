// A long pack measured in shares by several browser pages: every block measured by exactly one share, the shares
// of about equal weight, and the joined measurements the same as one page measuring everything.
import { describe, expect, it } from 'vitest';
import { blocksOfShare, joinShares, type SectionToMeasure, type ShareMeasures } from '../../../../renderer/src/print/measure-shares';
import type { MeasuredBlock } from '../../../../renderer/src/print/paginate';

type Block = SectionToMeasure['blocks'][number];
const atom = (_name: string): Block => ({ kind: 'atom' });
const table = (key: string, rows: number): Block => ({ kind: 'table', rows: Array.from({ length: rows }, (_, i) => `${key}-${i}`) });
const section = (id: string, blocks: Block[]): SectionToMeasure & { id: string } => ({ id, title: id, sheet: 'portrait', newPage: true, blocks });

// A cover, a summary, a chapter detail of three chapters (the bulk) and an annex.
const SECTIONS = [
  section('cover', [atom('cover')]),
  section('summary', [atom('summary-title'), table('by-status', 8)]),
  section('chapters', [atom('ch-title'), atom('ch-1'), table('ch-1-table', 300), atom('ch-2'), table('ch-2-table', 280), atom('ch-3'), table('ch-3-table', 320)]),
  section('annex', [table('agencies', 40)]),
];

/** What a page measuring `included` would report: a height per block made from its position, so joins can be checked. */
function measured(included: boolean[][]): ShareMeasures {
  return SECTIONS.map((s, i) =>
    s.blocks.map((block, b): MeasuredBlock | null => {
      if (!included[i]![b]) return null;
      if (block.kind === 'atom') return { kind: 'atom', height: i * 100 + b, keepWithNext: false };
      return { kind: 'table', extra: 1, headerHeight: 10, rowHeights: block.rows.map((_, r) => i + b + r), keepRowWithNext: block.rows.map(() => false) };
    }),
  );
}

const weight = (included: boolean[][]) =>
  SECTIONS.reduce((sum, s, i) => sum + s.blocks.reduce((w, block, b) => w + (included[i]![b] ? (block.kind === 'table' ? block.rows.length : 1) : 0), 0), 0);

describe('measuring a pack in shares', () => {
  it('gives every block to exactly one share, in shares of about equal weight', () => {
    for (const count of [1, 2, 3]) {
      const shares = Array.from({ length: count }, (_, index) => blocksOfShare(SECTIONS, index, count));
      SECTIONS.forEach((s, i) => s.blocks.forEach((_, b) => expect(shares.filter((share) => share[i]![b]).length, `${s.id} block ${b}`).toBe(1)));
      const weights = shares.map(weight);
      const total = weights.reduce((a, b) => a + b, 0);
      // No share holds more than its part plus the largest block (a block is never split).
      for (const w of weights) expect(w).toBeLessThanOrEqual(total / count + 320);
    }
    // Two shares split the chapter detail between them: it is most of the pack.
    const [first, second] = [blocksOfShare(SECTIONS, 0, 2), blocksOfShare(SECTIONS, 1, 2)];
    expect(first[2]!.some(Boolean) && second[2]!.some(Boolean)).toBe(true);
  });

  it('joins the shares into what one page measuring everything reports', () => {
    const everything = measured(SECTIONS.map((s) => s.blocks.map(() => true)));
    const whole = joinShares(SECTIONS, [everything]);
    const parts = [0, 1, 2].map((index) => measured(blocksOfShare(SECTIONS, index, 3)));
    expect(joinShares(SECTIONS, parts)).toEqual(whole);
    expect(whole.map((s) => s.blocks.length)).toEqual(SECTIONS.map((s) => s.blocks.length));
  });

  it('refuses shares that leave a block unmeasured or measure one twice', () => {
    const first = measured(blocksOfShare(SECTIONS, 0, 2));
    expect(() => joinShares(SECTIONS, [first])).toThrow(/measured 0 times, not once/);
    expect(() => joinShares(SECTIONS, [first, first, measured(blocksOfShare(SECTIONS, 1, 2))])).toThrow(/measured 2 times, not once/);
  });
});
