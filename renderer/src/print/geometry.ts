// Page geometry of a review pack, in millimetres: the one source for the page boxes' CSS and for the
// heights the paginator fills, so that what is measured is what prints.
import type { PaperSize } from '../../../shared/domain';

export type Orientation = 'portrait' | 'landscape';

const PAPER_MM: Readonly<Record<PaperSize, { readonly width: number; readonly height: number }>> = {
  A4: { width: 210, height: 297 },
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

export function pageBox(paper: PaperSize, orientation: Orientation): PageBox {
  const sheet = PAPER_MM[paper];
  const widthMm = orientation === 'portrait' ? sheet.width : sheet.height;
  const heightMm = orientation === 'portrait' ? sheet.height : sheet.width;
  return {
    widthMm,
    heightMm,
    bodyWidthMm: widthMm - 2 * MARGIN_MM.side,
    bodyHeightMm: heightMm - MARGIN_MM.top - MARGIN_MM.bottom - HEADER_MM - FOOTER_MM,
  };
}

/**
 * The @page rules for the chosen paper: a named page for each orientation (each page box names its own), and a
 * default page of the orientation the first page printed has. Chromium lays out a print at the default page's size
 * first and lays it all out again when the first page's own size differs: printing a part of landscape pages with a
 * portrait default cost a third layout of the part.
 */
export function pageRules(paper: PaperSize, first: Orientation = 'portrait'): string {
  const size = paper === 'A4' ? 'A4' : 'letter';
  return [
    `@page { size: ${size} ${first}; margin: 0; }`,
    `@page portrait { size: ${size} portrait; margin: 0; }`,
    `@page landscape { size: ${size} landscape; margin: 0; }`,
  ].join('\n');
}
