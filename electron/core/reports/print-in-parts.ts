// Prints a laid-out pack (print.html opened with parts=1) part by part and joins the parts: the one procedure of
// the CLI (headless Chromium) and of Save as PDF in the desktop app (printToPDF), so that both write the same pages.
// Each part is printed tagged (a structure tree of headings, tables, lists and figures), and the join keeps one tree
// for the whole pack, with the pack's bookmarks and properties (pdf/join-parts.ts).
import { AppError } from '../../../shared/result';
import { NO_PROGRESS, type Progress } from '../progress/progress';
import { startPackJoin, type JoinedPack } from './pdf/join-parts';

/** Pages printed at once: Chromium's print time grows faster than the page count, so long packs print in parts;
 *  parts of about a hundred pages also let the printers end together (a part takes 2–5 s). PLANDESK_REPORT_PART_PAGES
 *  changes it (the tests print in small parts to check the joins). */
export const PAGES_PER_PART = partPagesOf(process.env['PLANDESK_REPORT_PART_PAGES']);

/** A whole number of pages of at least one from the environment's setting, else 120. */
function partPagesOf(setting: string | undefined): number {
  const pages = Number(setting ?? '');
  return Number.isFinite(pages) && pages >= 1 ? Math.floor(pages) : 120;
}

/** One laid-out copy of the pack: shows pages [from, to) and says how many overflow their body (null when
 *  unchecked), then prints what it shows, tagged. */
export interface PackPrinter {
  show(from: number, to: number): Promise<number | null>;
  print(): Promise<Uint8Array>;
}

export interface PrintedPack {
  readonly pdf: Uint8Array;
  /** Pages whose content overflows their body; null when the pack was too long to check. */
  readonly overflowingPages: number | null;
}

/**
 * `total` pages in parts of at most PAGES_PER_PART, joined into one PDF in page order. With several printers (copies
 * of the same pack in separate pages of the browser) the parts are printed side by side, each printer taking the
 * next part when done with its own: Chromium prints a page on one core. Each part is joined as it comes, while the
 * others print.
 */
export async function printInParts(total: number, printers: readonly PackPrinter[], pack: JoinedPack, progress: Progress = NO_PROGRESS): Promise<PrintedPack> {
  if (printers.length === 0) throw new Error('printInParts needs a printer');
  const ranges = partsOf(total, printers.length);
  const join = startPackJoin(pack);
  const overflows: (number | null)[] = new Array<number | null>(ranges.length);
  let next = 0;
  // Counted in pages, a step per part joined: the long part of a long pack (a part takes seconds), where a cancel
  // stops the printers before the next part, and nothing is written.
  let pagesPrinted = 0;
  progress.phase('Printing the pages', total, 'pages');
  await Promise.all(
    printers.map(async (printer) => {
      while (next < ranges.length) {
        const index = next;
        next += 1;
        const [from, to] = ranges[index]!;
        const part = `part ${index + 1} of ${ranges.length} (pages ${from + 1}–${to})`;
        try {
          overflows[index] = await printer.show(from, to);
          const printed = await printer.print().catch((error: unknown) => {
            throw new AppError('internal', `The review pack's ${part} could not be printed: ${messageOf(error)}`);
          });
          try {
            join.add(index, printed);
          } catch (error) {
            throw new AppError('bad_file', `The review pack's ${part}, as printed, could not be joined to the others: ${messageOf(error)}. Nothing was written.`);
          }
          pagesPrinted += to - from;
          progress.step(pagesPrinted);
        } catch (error) {
          // The other printers take no further part: the pack cannot be completed.
          next = ranges.length;
          throw error;
        }
      }
    }),
  );
  const overflowingPages = overflows.some((n) => n === null) ? null : overflows.reduce<number>((sum, n) => sum + (n ?? 0), 0);
  return { pdf: join.finish(), overflowingPages };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The page ranges [from, to) of the parts: at most PAGES_PER_PART pages each, as many parts for every printer, all
 * of about the same size, so that no printer is left with a last part to print alone (1,681 pages by two printers:
 * sixteen parts of 105 or 106).
 */
export function partsOf(total: number, printers: number): [number, number][] {
  if (total <= 0) return [[0, 0]];
  const perPrinter = Math.ceil(total / Math.max(1, printers));
  const count = Math.min(total, Math.max(1, printers) * Math.ceil(perPrinter / PAGES_PER_PART));
  return Array.from({ length: count }, (_, i) => [Math.floor((i * total) / count), Math.floor(((i + 1) * total) / count)]);
}
