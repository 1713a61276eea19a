// A long pack is printed in parts, side by side by several printers: every page in exactly one part, in order, no
// part over PAGES_PER_PART, and as many parts for each printer, of about the same size.
import { describe, expect, it } from 'vitest';
import { PAGES_PER_PART, partsOf, printInParts } from '../../../electron/core/reports/print-in-parts';

describe('the parts of a long pack', () => {
  it('cover every page once, in order, in parts of at most PAGES_PER_PART of about the same size', () => {
    for (const printers of [1, 2, 3]) {
      for (const total of [1, 2, 5, 127, PAGES_PER_PART, PAGES_PER_PART + 1, 1681, 2051]) {
        const parts = partsOf(total, printers);
        expect(parts[0]![0]).toBe(0);
        expect(parts.at(-1)![1]).toBe(total);
        parts.slice(1).forEach(([from], i) => expect(from).toBe(parts[i]![1]));
        const sizes = parts.map(([from, to]) => to - from);
        expect(Math.max(...sizes)).toBeLessThanOrEqual(PAGES_PER_PART);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
        // Each printer gets as many parts, unless there are fewer pages than printers.
        if (total >= printers) expect(parts.length % printers).toBe(0);
      }
    }
    expect(partsOf(1681, 2)).toHaveLength(2 * Math.ceil(841 / PAGES_PER_PART));
    expect(partsOf(0, 2)).toEqual([[0, 0]]);
  });

  it('are printed side by side and joined in page order', async () => {
    const shown: [number, number][] = [];
    const printers = [0, 1].map(() => {
      let range: [number, number] = [0, 0];
      return {
        show: async (from: number, to: number) => {
          range = [from, to];
          shown.push(range);
          return 0;
        },
        print: async () => {
          // pdf-lib joins real PDFs only; a one-page PDF per part, its page count telling the part apart.
          const { PDFDocument } = await import('pdf-lib');
          const doc = await PDFDocument.create();
          for (let i = range[0]; i < range[1]; i++) doc.addPage([100 + i, 100]);
          return doc.save();
        },
      };
    });
    const printed = await printInParts(PAGES_PER_PART * 2 + 3, printers, 'Pack');
    const { PDFDocument } = await import('pdf-lib');
    const joined = await PDFDocument.load(printed.pdf);
    expect(joined.getPageCount()).toBe(PAGES_PER_PART * 2 + 3);
    expect(joined.getPages().map((page) => page.getWidth())).toEqual(Array.from({ length: PAGES_PER_PART * 2 + 3 }, (_, i) => 100 + i));
    expect(shown).toHaveLength(4);
    expect(printed.overflowingPages).toBe(0);
  });
});
