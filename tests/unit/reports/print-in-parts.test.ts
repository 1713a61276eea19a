// A long pack is printed in parts, side by side by several printers: every page in exactly one part, in order, no
// part over PAGES_PER_PART, and as many parts for each printer, of about the same size; the parts joined in page
// order whatever order they are printed in (read back with poppler's pdfinfo); the pages printed are reported part by
// part, and a cancel stops the printing before the next part.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CancelFlag } from '../../../electron/core/app/worker/cancellation';
import { reportingProgress, type ProgressUpdate } from '../../../electron/core/app/worker/progress';
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

  it('are printed side by side and joined in page order, whichever printer ends first', async () => {
    const shown: [number, number][] = [];
    const printers = [0, 1].map((printer) => {
      let range: [number, number] = [0, 0];
      return {
        show: async (from: number, to: number) => {
          range = [from, to];
          shown.push(range);
          return 0;
        },
        print: async () => {
          // The second printer takes longer: its parts come after the first's next one.
          await new Promise((done) => setTimeout(done, printer === 1 ? 30 : 5));
          return pdfOfPages(Array.from({ length: range[1] - range[0] }, (_, i) => 100 + range[0] + i));
        },
      };
    });
    const total = PAGES_PER_PART * 2 + 3;
    const printed = await printInParts(total, printers, PACK);
    const file = join(mkdtempSync(join(tmpdir(), 'plandesk-parts-')), 'joined.pdf');
    writeFileSync(file, printed.pdf);
    try {
      const info = execFileSync('pdfinfo', ['-f', '1', '-l', String(total), file], { encoding: 'utf8' });
      expect(info).toMatch(new RegExp(`^Pages:\\s+${total}$`, 'm'));
      const widths = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x/gm)].map((m) => Number(m[1]));
      expect(widths).toEqual(Array.from({ length: total }, (_, i) => 100 + i));
      expect(info).toMatch(/^Title:\s+Pack$/m);
      // The parts were not tagged: nor is the whole.
      expect(info).toMatch(/^Tagged:\s+no$/m);
    } finally {
      rmSync(dirname(file), { recursive: true, force: true });
    }
    expect(shown).toHaveLength(4);
    expect(printed.overflowingPages).toBe(0);
  });

  it('says which part could not be read or printed, and makes no file', async () => {
    const total = PAGES_PER_PART * 2 + 3;
    const printerOf = (print: (range: [number, number]) => Uint8Array) => {
      let range: [number, number] = [0, 0];
      return {
        show: async (from: number, to: number) => {
          range = [from, to];
          return 0;
        },
        print: async () => print(range),
      };
    };
    const pages = ([from, to]: [number, number]) => pdfOfPages(Array.from({ length: to - from }, () => 100));
    // The second part cut short, as a printer that died while writing would leave it: no cross-reference table.
    const cut = printerOf((range) => (range[0] === 0 ? pages(range) : pages(range).subarray(0, 200)));
    const [, second] = partsOf(total, 1);
    await expect(printInParts(total, [cut], PACK)).rejects.toThrow(
      new RegExp(`^The review pack's part 2 of 3 \\(pages ${second![0] + 1}–${second![1]}\\), as printed, could not be joined to the others: a printed part has no cross-reference table`),
    );
    // Not a PDF at all.
    await expect(printInParts(total, [printerOf(() => Buffer.from('<html>error</html>'))], PACK)).rejects.toThrow(/part 1 of 3 .*could not be joined/);
    const failing = printerOf(() => {
      throw new Error('Printing failed');
    });
    await expect(printInParts(total, [failing], PACK)).rejects.toThrow(/^The review pack's part 1 of 3 \(pages 1–\d+\) could not be printed: Printing failed$/);
  });
  it('reports the pages printed, part by part, and stops before the next part when cancelled', async () => {
    const total = PAGES_PER_PART * 3;
    let shown: [number, number] = [0, 0];
    const printer = {
      show: async (from: number, to: number) => {
        shown = [from, to];
        return 0;
      },
      print: async () => pdfOfPages(Array.from({ length: shown[1] - shown[0] }, () => 100)),
    };
    const updates: ProgressUpdate[] = [];
    // The worker's own Progress (every step reported here: no time between two reports is required).
    const flag = new CancelFlag();
    const progress = reportingProgress(flag, (update) => updates.push(update), (() => {
      let clock = 0;
      return () => (clock += 1000);
    })());
    await printInParts(total, [printer], PACK, progress);
    expect(updates).toEqual([
      { phase: 'Printing the pages', done: 0, total, unit: 'pages' },
      { phase: 'Printing the pages', done: PAGES_PER_PART, total, unit: 'pages' },
      { phase: 'Printing the pages', done: PAGES_PER_PART * 2, total, unit: 'pages' },
      { phase: 'Printing the pages', done: total, total, unit: 'pages' },
    ]);

    // Cancelled while the first part prints: the second is never shown.
    const ranges: [number, number][] = [];
    const cancelling = new CancelFlag();
    const stopping = {
      show: async (from: number, to: number) => {
        ranges.push([from, to]);
        return 0;
      },
      print: async () => {
        cancelling.cancel();
        return pdfOfPages(Array.from({ length: PAGES_PER_PART }, () => 100));
      },
    };
    await expect(printInParts(total, [stopping], PACK, reportingProgress(cancelling, () => undefined))).rejects.toMatchObject({ code: 'cancelled' });
    expect(ranges).toEqual([[0, PAGES_PER_PART]]);
  });
});

const PACK = { title: 'Pack', author: 'Test', subject: '', keywords: [], language: 'en', createdAt: new Date(), producer: 'PlanDesk test', bookmarks: [], destinations: {} };

/** A PDF of blank pages of the given widths (and 100 pt high), as a printer would hand one over: written out here,
 *  object by object with its cross-reference table, like Chromium's. */
function pdfOfPages(widths: readonly number[]): Uint8Array {
  const objects = [
    '<</Type /Catalog /Pages 2 0 R>>',
    `<</Type /Pages /Count ${widths.length} /Kids [${widths.map((_, i) => `${i + 3} 0 R`).join(' ')}]>>`,
    ...widths.map((width) => `<</Type /Page /Parent 2 0 R /MediaBox [0 0 ${width} 100]>>`),
  ];
  let text = '%PDF-1.4\n';
  const offsets = objects.map((object, i) => {
    const at = text.length;
    text += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return at;
  });
  const xref = text.length;
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((at) => `${String(at).padStart(10, '0')} 00000 n \n`).join('')}`;
  text += `trailer\n<</Size ${objects.length + 1} /Root 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(text, 'latin1');
}
