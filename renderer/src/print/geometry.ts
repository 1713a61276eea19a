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

/** The @page rules for the chosen paper: portrait by default, a named `landscape` page for wide sections. */
export function pageRules(paper: PaperSize): string {
  const size = paper === 'A4' ? 'A4' : 'letter';
  return `@page { size: ${size} portrait; margin: 0; }\n@page landscape { size: ${size} landscape; margin: 0; }`;
}
