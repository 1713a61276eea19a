// Page geometry of a review pack, in millimetres: the one source for the page boxes' CSS and for the
// heights the paginator fills, so that what is measured is what prints.
import type { PaperSize } from '../../../shared/domain';

/** The sheet a page prints on: the pack's paper, upright or turned, or an A3 sheet turned (the timeline's option:
 *  twice an A4 page, so that more months and rows fit at the same size of text). */
export type Sheet = 'portrait' | 'landscape' | 'a3-landscape';

const PAPER_MM: Readonly<Record<PaperSize | 'A3', { readonly width: number; readonly height: number }>> = {
  A4: { width: 210, height: 297 },
  A3: { width: 297, height: 420 },
  Letter: { width: 215.9, height: 279.4 },
};

export const MARGIN_MM = { top: 9, bottom: 8, side: 14 } as const;
/** Running header and footer bands inside the margins. */
export const HEADER_MM = 11;
export const FOOTER_MM = 10;

export const PX_PER_MM = 96 / 25.4;

export interface PageBox {
  readonly widthMm: number;
  readonly heightMm: number;
  readonly bodyWidthMm: number;
  readonly bodyHeightMm: number;
}

export function pageBox(paper: PaperSize, sheet: Sheet): PageBox {
  const size = PAPER_MM[sheet === 'a3-landscape' ? 'A3' : paper];
  const widthMm = sheet === 'portrait' ? size.width : size.height;
  const heightMm = sheet === 'portrait' ? size.height : size.width;
  return {
    widthMm,
    heightMm,
    bodyWidthMm: widthMm - 2 * MARGIN_MM.side,
    bodyHeightMm: heightMm - MARGIN_MM.top - MARGIN_MM.bottom - HEADER_MM - FOOTER_MM,
  };
}

/**
 * The @page rules for the chosen paper: a named page for each sheet (each page box names its own), and a
 * default page of the sheet the first page printed has. Chromium lays out a print at the default page's size
 * first and lays it all out again when the first page's own size differs: printing a part of landscape pages with a
 * portrait default cost a third layout of the part.
 */
export function pageRules(paper: PaperSize, first: Sheet = 'portrait'): string {
  const size = paper === 'A4' ? 'A4' : 'letter';
  const sizes: Readonly<Record<Sheet, string>> = { portrait: `${size} portrait`, landscape: `${size} landscape`, 'a3-landscape': 'A3 landscape' };
  return [
    `@page { size: ${sizes[first]}; margin: 0; }`,
    ...(Object.keys(sizes) as Sheet[]).map((sheet) => `@page ${sheet} { size: ${sizes[sheet]}; margin: 0; }`),
  ].join('\n');
}
