// Prints a laid-out pack (print.html opened with parts=1) part by part and joins the parts: the one procedure of
// the CLI (headless Chromium) and of Save as PDF in the desktop app (printToPDF), so that both write the same pages.
import { mergePdfParts } from './merge-pdf';

/** Pages printed at once: Chromium's print time grows faster than the page count, so long packs print in parts.
 *  PLANDESK_REPORT_PART_PAGES changes it (the tests print in small parts to check the joins). */
export const PAGES_PER_PART = Number(process.env['PLANDESK_REPORT_PART_PAGES'] ?? '') || 250;

/** What the page says after showing pages [from, to): how many overflow their body (null when unchecked). */
export type ShowPages = (from: number, to: number) => Promise<number | null>;

export interface PrintedPack {
  readonly pdf: Uint8Array;
  /** Pages whose content overflows their body; null when the pack was too long to check. */
  readonly overflowingPages: number | null;
}

/** `total` pages, shown `PAGES_PER_PART` at a time by `show` and printed by `print`, joined into one PDF. */
export async function printInParts(total: number, show: ShowPages, print: () => Promise<Uint8Array>, title: string): Promise<PrintedPack> {
  const parts: Uint8Array[] = [];
  let overflowingPages: number | null = 0;
  for (let from = 0; from < total || parts.length === 0; from += PAGES_PER_PART) {
    const overflowing = await show(from, Math.min(total, from + PAGES_PER_PART));
    overflowingPages = overflowing === null || overflowingPages === null ? null : overflowingPages + overflowing;
    parts.push(await print());
  }
  return { pdf: await mergePdfParts(parts, title), overflowingPages };
}
