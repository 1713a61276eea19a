// The size of the pack's timeline pages' drawing: the page body of their sheet (the pack's paper turned, or A3), in
// the drawing units the Timeline view's printed page is drawn in. Pure, so that what fits a sheet can be tested.
import type { PaperSize } from '../../../shared/domain';
import { A4_LANDSCAPE, type PrintGeometry } from '../../../shared/timeline/tiles';
import { pageBox, PX_PER_MM, type Sheet } from './geometry';

/** The section heading above the first page, at a fixed height so that the page under it can fill the rest. */
export const HEADING_MM = 11;
/**
 * The timeline is drawn in units this much smaller than the page's pixels and scaled up to the page's width: its
 * smallest text (PRINT_LABEL_FONT: row labels, their dates, the legend) then prints at 8 pt. Drawn 1:1 it
 * printed at about 6 pt on A4.
 */
export const TIMELINE_ZOOM = 1.25;
/** The row labels' column, in drawing units: narrower than the Timeline view's own print, for the chart's years. */
const LABEL_WIDTH = 320;
/** Room for a legend of two lines under the chart (the snapshot's thin bars among them). */
const FOOTER_HEIGHT = 40;
/** The space every block keeps below it (.rp-block), and room for the browser's rounding. */
const BLOCK_GAP_MM = 3;
const ROUNDING_PX = 4;

/**
 * The timeline's drawing on a page body of `sheet`, in drawing units (a page body less the section heading on the
 * first), and the points one unit prints at: the drawing fills the body's width. An A3 sheet holds more units at the
 * same zoom, so more years and rows, with text of the same size.
 */
export function packTimelinePage(paper: PaperSize, sheet: Sheet): { readonly geometry: PrintGeometry; readonly pointsPerUnit: number } {
  const body = pageBox(paper, sheet);
  const px = (mm: number) => Math.floor((mm * PX_PER_MM) / TIMELINE_ZOOM);
  const geometry: PrintGeometry = {
    ...A4_LANDSCAPE,
    labelWidth: LABEL_WIDTH,
    footerHeight: FOOTER_HEIGHT,
    pageWidth: px(body.bodyWidthMm),
    pageHeight: px(body.bodyHeightMm - BLOCK_GAP_MM) - ROUNDING_PX,
    firstPageHeight: px(body.bodyHeightMm - HEADING_MM - 2 * BLOCK_GAP_MM) - ROUNDING_PX,
  };
  return { geometry, pointsPerUnit: (body.bodyWidthMm * 72) / 25.4 / geometry.pageWidth };
}

