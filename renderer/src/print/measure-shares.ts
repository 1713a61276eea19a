// A long pack is measured by several pages of the browser at once, each measuring a share of its blocks: a
// block's height depends on that block alone (fixed widths, no margins collapsing across blocks), so the shares'
// heights joined are the heights one page would have measured. Pure, so it can be tested alone.
import type { ReportModel } from '../../../shared/domain';
import type { Sheet } from './geometry';
import type { MeasuredBlock, MeasuredSection } from './paginate';

/** What measuring in shares needs to know of a section (a FlowSection of blocks.ts). */
export interface SectionToMeasure {
  readonly title: string;
  readonly sheet: Sheet;
  readonly newPage: boolean;
  readonly blocks: readonly ({ readonly kind: 'atom' } | { readonly kind: 'table'; readonly rows: readonly unknown[] })[];
}

/** One share's measurements: per section, per block, null where another share measures the block. */
export type ShareMeasures = readonly (readonly (MeasuredBlock | null)[])[];

/** How much a block costs to lay out: a table its rows, anything else one. */
function weightOf(block: SectionToMeasure['blocks'][number]): number {
  return block.kind === 'table' ? Math.max(1, block.rows.length) : 1;
}

/** How much the whole pack costs to lay out, in the weights of its blocks. */
export function weightOfPack(sections: readonly SectionToMeasure[]): number {
  return sections.reduce((sum, section) => sum + section.blocks.reduce((w, block) => w + weightOf(block), 0), 0);
}

/** Which blocks share `index` (0-based) of `count` measures: the pack's blocks in order, cut into runs of about equal weight. */
export function blocksOfShare(sections: readonly SectionToMeasure[], index: number, count: number): boolean[][] {
  const total = weightOfPack(sections);
  let before = 0;
  return sections.map((section) =>
    section.blocks.map((block) => {
      const share = Math.min(count - 1, Math.floor((before * count) / Math.max(1, total)));
      before += weightOf(block);
      return share === index;
    }),
  );
}

/** The whole pack's measurements from every share's; throws when a block was measured by none or by two. */
export function joinShares(sections: readonly SectionToMeasure[], shares: readonly ShareMeasures[]): MeasuredSection[] {
  return sections.map((section, s) => ({
    sheet: section.sheet,
    newPage: section.newPage,
    blocks: section.blocks.map((_, b) => {
      const found = shares.map((share) => share[s]?.[b] ?? null).filter((m): m is MeasuredBlock => m !== null);
      if (found.length !== 1) throw new Error(`Block ${b + 1} of section "${section.title}" was measured ${found.length} times, not once`);
      return found[0]!;
    }),
  }));
}

/**
 * What a pack's content is, in a few characters: pages measuring shares of one pack must have read the same plan
 * (a write between their requests gives them two models). When the model was built is left out.
 */
export function modelFingerprint(model: ReportModel): string {
  const text = JSON.stringify({ ...model, cover: { ...model.cover, generatedAt: '' } });
  // FNV-1a over the UTF-16 code units: enough to tell two models apart, not meant to resist anyone.
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${(hash >>> 0).toString(16)}-${text.length}`;
}
