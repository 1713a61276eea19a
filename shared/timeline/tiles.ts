// Printing the timeline: the chart cut into page tiles. Columns of whole years (so that no year, and no label
// within it, is split between pages), bands of rows that fill a page (never ending on a group header whose actions
// are on the next page), and on every page the time header, the row labels and the groups carried over.
// Pure: no DOM; the renderer draws each tile with TimelineChart.
import { monthOf, yearOfMonth } from '../months';
import type { TimelineRow } from './layout';
import type { MonthScale, MonthWindow } from './scale';

/** Sizes in CSS pixels (96 per inch) of the printable box of a page and of the parts of a tile. */
export interface PrintGeometry {
  readonly pageWidth: number;
  readonly pageHeight: number;
  readonly labelWidth: number;
  readonly rowHeight: number;
  readonly headerHeight: number;
  /** The line above the chart: what is printed, and the page's place among the others. */
  readonly titleHeight: number;
  /** The legend below the chart. */
  readonly footerHeight: number;
  /** Narrower than this, the years are split across pages. */
  readonly minPxPerMonth: number;
  readonly maxPxPerMonth: number;
  /** A shorter first page, where something sits above it (a review pack's section heading). */
  readonly firstPageHeight?: number;
}

const MM = 96 / 25.4;

/** The smallest text a printed timeline page draws (row labels, their dates, the legend), in drawing units. */
export const PRINT_LABEL_FONT = 8.6;

/** The page margin the print stylesheet sets (@page timeline-page). */
export const PRINT_MARGIN_MM = 8;

export type Paper = 'A4' | 'Letter';

/** Landscape sheets in millimetres. */
export const PAPER_MM: Readonly<Record<Paper, { readonly width: number; readonly height: number }>> = {
  A4: { width: 297, height: 210 },
  Letter: { width: 279.4, height: 215.9 },
};

/** A landscape sheet less the margins, a millimetre short so that rounding never spills onto another page. */
export function landscapePage(paper: Paper): PrintGeometry {
  const sheet = PAPER_MM[paper];
  return {
    ...A4_LANDSCAPE,
    pageWidth: Math.floor((sheet.width - 2 * PRINT_MARGIN_MM) * MM),
    pageHeight: Math.floor((sheet.height - 2 * PRINT_MARGIN_MM - 1) * MM),
  };
}

export const A4_LANDSCAPE: PrintGeometry = {
  pageWidth: Math.floor((297 - 2 * PRINT_MARGIN_MM) * MM),
  pageHeight: Math.floor((210 - 2 * PRINT_MARGIN_MM - 1) * MM),
  labelWidth: 330,
  rowHeight: 19,
  headerHeight: 34,
  titleHeight: 30,
  footerHeight: 24,
  minPxPerMonth: 5,
  maxPxPerMonth: 40,
};

export interface TimelinePageTile {
  /** 1-based, in print order: across the years first, then down the rows. */
  readonly number: number;
  /** Group rows carried over from earlier pages (drawn as "continued"), then the page's own rows. */
  readonly rows: readonly TimelineRow[];
  readonly carried: number;
  /** The page's own rows as indexes into all rows: [rowFrom, rowTo). */
  readonly rowFrom: number;
  readonly rowTo: number;
  /** Whole years. */
  readonly window: MonthWindow;
  /** Which column of years and which band of rows, 0-based. */
  readonly column: number;
  readonly band: number;
}

export interface TimelinePrintLayout {
  readonly scale: MonthScale;
  readonly columns: readonly MonthWindow[];
  readonly rowsPerPage: number;
  readonly pages: readonly TimelinePageTile[];
}

/** Columns of whole years that fit the page's chart width, as even as they can be, and the month width for them. */
export function yearColumns(span: MonthWindow, geometry: PrintGeometry): { readonly pxPerMonth: number; readonly columns: MonthWindow[] } {
  const firstYear = yearOfMonth(span.first);
  const years = yearOfMonth(span.last) - firstYear + 1;
  const available = geometry.pageWidth - geometry.labelWidth;
  let yearsPerColumn = years;
  if (available / (years * 12) < geometry.minPxPerMonth) {
    const most = Math.max(1, Math.floor(available / (12 * geometry.minPxPerMonth)));
    yearsPerColumn = Math.ceil(years / Math.ceil(years / most));
  }
  const pxPerMonth = Math.min(geometry.maxPxPerMonth, available / (yearsPerColumn * 12));
  const columns: MonthWindow[] = [];
  for (let year = firstYear; year < firstYear + years; year += yearsPerColumn) {
    columns.push({ first: monthOf(year, 1), last: monthOf(Math.min(year + yearsPerColumn, firstYear + years) - 1, 12) });
  }
  return { pxPerMonth, columns };
}

/** For each row, the index of the group row it sits in (-1 at the top level). */
export function parentIndexes(rows: readonly TimelineRow[]): number[] {
  const parents: number[] = [];
  const open: number[] = [];
  rows.forEach((row, i) => {
    while (open.length > 0 && rows[open[open.length - 1]!]!.level >= row.level) open.pop();
    parents.push(open.length > 0 ? open[open.length - 1]! : -1);
    if (row.kind === 'group') open.push(i);
  });
  return parents;
}

/** Bands of rows per page (the first band may hold fewer); each band repeats the groups it continues. */
export function rowBands(
  rows: readonly TimelineRow[],
  rowsPerPage: number,
  firstBandRows = rowsPerPage,
): { readonly from: number; readonly to: number; readonly carried: number[] }[] {
  const parents = parentIndexes(rows);
  const bands: { from: number; to: number; carried: number[] }[] = [];
  let from = 0;
  while (from < rows.length) {
    const carried: number[] = [];
    for (let p = parents[from]!; p >= 0; p = parents[p]!) carried.unshift(p);
    const capacity = Math.max(1, (bands.length === 0 ? firstBandRows : rowsPerPage) - carried.length);
    let to = Math.min(rows.length, from + capacity);
    // A group header at the foot of a page goes over with its first action.
    while (to < rows.length && to - 1 > from && rows[to - 1]!.kind === 'group' && parents[to] === to - 1) to -= 1;
    bands.push({ from, to, carried });
    from = to;
  }
  return bands;
}

export function rowsPerPage(geometry: PrintGeometry, pageHeight = geometry.pageHeight): number {
  return Math.max(1, Math.floor((pageHeight - geometry.titleHeight - geometry.headerHeight - geometry.footerHeight) / geometry.rowHeight));
}

/** A page's height: the first page's own when it is shorter. */
export function tileHeight(geometry: PrintGeometry, tile: Pick<TimelinePageTile, 'number'>): number {
  return tile.number === 1 && geometry.firstPageHeight !== undefined ? geometry.firstPageHeight : geometry.pageHeight;
}

/** All the pages of a printed timeline of `rows` over `span` (whole years). */
export function tileTimeline(rows: readonly TimelineRow[], span: MonthWindow, geometry: PrintGeometry): TimelinePrintLayout {
  const { pxPerMonth, columns } = yearColumns(span, geometry);
  const perPage = rowsPerPage(geometry);
  const firstRows = geometry.firstPageHeight === undefined ? perPage : rowsPerPage(geometry, geometry.firstPageHeight);
  const bands = rows.length === 0 ? [{ from: 0, to: 0, carried: [] }] : rowBands(rows, perPage, firstRows);
  const pages: TimelinePageTile[] = [];
  bands.forEach((band, b) => {
    columns.forEach((window, column) => {
      pages.push({
        number: pages.length + 1,
        rows: [...band.carried.map((i) => rows[i]!), ...rows.slice(band.from, band.to)],
        carried: band.carried.length,
        rowFrom: band.from,
        rowTo: band.to,
        window,
        column,
        band: b,
      });
    });
  });
  return { scale: { first: span.first, last: span.last, pxPerMonth }, columns, rowsPerPage: perPage, pages };
}

/** Whether a bar runs on past the left or right edge of a tile, to draw continuation marks there. */
export function continuesPast(x0: number, x1: number, windowX0: number, windowX1: number): { readonly before: boolean; readonly after: boolean } {
  return { before: x0 < windowX0 - 0.5 && x1 > windowX0, after: x1 > windowX1 + 0.5 && x0 < windowX1 };
}

/**
 * Where a bar's label goes: after the bar when it fits before the window's right edge; else inside the bar at its
 * end when the bar is long enough; else before a short bar that ends in the window. Never across an edge; null when
 * nowhere (the row label and the tooltip still say it).
 */
export function placeBarLabel(input: {
  readonly x0: number;
  readonly x1: number;
  readonly textWidth: number;
  readonly windowX0: number;
  readonly windowX1: number;
  readonly gap: number;
  /** Where the bar's solid part ends, when a lighter extension (a revised end) follows it: labels go inside that part only. */
  readonly solidX1?: number;
}): { readonly x: number; readonly anchor: 'start' | 'end'; readonly inside: boolean } | null {
  const { x0, x1, textWidth, windowX0, windowX1, gap } = input;
  if (x1 + gap >= windowX0 && x1 + gap + textWidth <= windowX1) return { x: x1 + gap, anchor: 'start', inside: false };
  const right = Math.min(input.solidX1 ?? x1, windowX1);
  if (right - gap - textWidth >= Math.max(x0, windowX0) + gap) return { x: right - gap, anchor: 'end', inside: true };
  if (x1 <= windowX1 && x0 - gap <= windowX1 && x0 - gap - textWidth >= windowX0) return { x: x0 - gap, anchor: 'end', inside: false };
  return null;
}

/** A label's width before it is drawn: a generous average glyph width for the UI fonts. */
export function estimateTextWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.56;
}
