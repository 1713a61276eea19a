// The timeline's month scale: which months the chart spans, where each month sits in pixels, and the time
// header's cells (fiscal years, years, quarters or months) for any part of the chart. Pure: no DOM.
import { addMonths, monthNumberOf, monthOf, monthsBetween, yearOfMonth, type Month } from '../months';
import { periodsCovering } from '../periods';

export type Zoom = 'years' | 'quarters' | 'months';

/** Pixels per month at each zoom step; "fit the plan" picks its own. */
export const ZOOM_PX_PER_MONTH: Readonly<Record<Zoom, number>> = { years: 8, quarters: 24, months: 64 };

export const ZOOM_LABELS: Readonly<Record<Zoom, string>> = { years: 'Years', quarters: 'Quarters', months: 'Months' };

/** The months the chart spans, first to last inclusive, and how wide a month is drawn. */
export interface MonthScale {
  readonly first: Month;
  readonly last: Month;
  readonly pxPerMonth: number;
}

export function monthCount(scale: Pick<MonthScale, 'first' | 'last'>): number {
  return monthsBetween(scale.first, scale.last) + 1;
}

export function chartWidth(scale: MonthScale): number {
  return monthCount(scale) * scale.pxPerMonth;
}

/** The left edge of a month. Months outside the scale give positions outside the chart. */
export function xOfMonthStart(scale: MonthScale, month: Month): number {
  return monthsBetween(scale.first, month) * scale.pxPerMonth;
}

/** The right edge of a month: a bar ending in June covers June. */
export function xOfMonthEnd(scale: MonthScale, month: Month): number {
  return (monthsBetween(scale.first, month) + 1) * scale.pxPerMonth;
}

/** The month under a pixel, kept within the scale. */
export function monthAtX(scale: MonthScale, x: number): Month {
  const index = Math.min(monthCount(scale) - 1, Math.max(0, Math.floor(x / scale.pxPerMonth)));
  return addMonths(scale.first, index);
}

/** Where today falls: inside its month by the day, so the line moves through the month. */
export function xOfDay(scale: MonthScale, date: { readonly month: Month; readonly day: number; readonly daysInMonth: number }): number {
  return xOfMonthStart(scale, date.month) + (scale.pxPerMonth * (date.day - 1)) / date.daysInMonth;
}

export function snapToYearStart(month: Month): Month {
  return monthOf(yearOfMonth(month), 1);
}

export function snapToYearEnd(month: Month): Month {
  return monthOf(yearOfMonth(month), 12);
}

/** Anything with dates the chart must show. */
export interface DatedThing {
  readonly start: Month | null;
  readonly end: Month | null;
  readonly endOpen: boolean;
  readonly revisedEnd: Month | null;
}

/**
 * The whole plan in whole years: from the January of the earliest month to the December of the latest,
 * today included, and a year past today when something is open-ended so that its open end shows.
 */
export function planSpan(things: Iterable<DatedThing>, today: Month): { readonly first: Month; readonly last: Month } {
  let first = today;
  let last = today;
  let open = false;
  for (const t of things) {
    for (const month of [t.start, t.end, t.revisedEnd]) {
      if (month === null) continue;
      if (month < first) first = month;
      if (month > last) last = month;
    }
    if (t.endOpen && t.start !== null) open = true;
  }
  if (open && last < addMonths(today, 12)) last = addMonths(today, 12);
  return { first: snapToYearStart(first), last: snapToYearEnd(last) };
}

/** Pixels per month that show `months` in `width` pixels, within sensible bounds. */
export function fitPxPerMonth(months: number, width: number, bounds: { readonly min: number; readonly max: number } = { min: 2, max: 120 }): number {
  const px = width / Math.max(1, months);
  return Math.min(bounds.max, Math.max(bounds.min, px));
}

/** The zoom step nearest a scale, for the zoom buttons to show which is on. */
export function nearestZoom(pxPerMonth: number): Zoom | null {
  for (const zoom of Object.keys(ZOOM_PX_PER_MONTH) as Zoom[]) if (Math.abs(ZOOM_PX_PER_MONTH[zoom] - pxPerMonth) < 0.01) return zoom;
  return null;
}

export interface HeaderCell {
  readonly key: string;
  readonly label: string;
  /** A longer label for a tooltip or a wide cell. */
  readonly title: string;
  readonly x: number;
  readonly width: number;
  readonly start: Month;
  readonly end: Month;
}

export interface TimeHeader {
  /** Only when fiscal-year bands are on. */
  readonly fiscalYears: readonly HeaderCell[];
  readonly years: readonly HeaderCell[];
  /** Quarters or months, whichever the zoom leaves room to label; none when too narrow. */
  readonly detail: readonly HeaderCell[];
  readonly detailUnit: 'months' | 'quarters' | null;
}

const MONTH_LETTERS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** The unit the header's second row labels at this width of a month. */
export function detailUnitOf(pxPerMonth: number): 'months' | 'quarters' | null {
  if (pxPerMonth >= 34) return 'months';
  if (pxPerMonth * 3 >= 22) return 'quarters';
  return null;
}

export interface MonthWindow {
  readonly first: Month;
  readonly last: Month;
}

function clipWindow(scale: MonthScale, window: MonthWindow | undefined): MonthWindow {
  if (!window) return { first: scale.first, last: scale.last };
  return { first: window.first < scale.first ? scale.first : window.first, last: window.last > scale.last ? scale.last : window.last };
}

function cell(scale: MonthScale, window: MonthWindow | null, key: string, label: string, title: string, start: Month, end: Month): HeaderCell {
  // A cell is cut to the window (a printed tile) so that its label stays on the page; the screen keeps it whole.
  const from = window && start < window.first ? window.first : start;
  const to = window && end > window.last ? window.last : end;
  const x = xOfMonthStart(scale, from);
  return { key, label, title, x, width: xOfMonthEnd(scale, to) - x, start, end };
}

/** A year's label, shortened to "’19" where the cell is too narrow for "2019". */
function yearLabel(year: number, width: number): string {
  return width >= 34 ? String(year) : `’${String(year % 100).padStart(2, '0')}`;
}

/** The header's cells for the months of `window` (the whole scale when absent). */
export function timeHeader(
  scale: MonthScale,
  options: { readonly fiscalYears: boolean; readonly fiscalYearStartMonth?: number; readonly window?: MonthWindow; readonly cutToWindow?: boolean },
): TimeHeader {
  const window = clipWindow(scale, options.window);
  const cut = options.cutToWindow === false ? null : window;
  const years: HeaderCell[] = [];
  for (let year = yearOfMonth(window.first); year <= yearOfMonth(window.last); year += 1) {
    const c = cell(scale, cut, `y${year}`, '', String(year), monthOf(year, 1), monthOf(year, 12));
    years.push({ ...c, label: yearLabel(year, c.width) });
  }
  const unit = detailUnitOf(scale.pxPerMonth);
  const detail: HeaderCell[] = [];
  if (unit === 'months') {
    for (let m = window.first; m <= window.last; m = addMonths(m, 1)) {
      const name = MONTH_LETTERS[monthNumberOf(m) - 1]!;
      detail.push(cell(scale, cut, `m${m}`, name, `${name} ${yearOfMonth(m)}`, m, m));
    }
  } else if (unit === 'quarters') {
    let m = monthOf(yearOfMonth(window.first), Math.floor((monthNumberOf(window.first) - 1) / 3) * 3 + 1);
    for (; m <= window.last; m = addMonths(m, 3)) {
      const q = Math.floor((monthNumberOf(m) - 1) / 3) + 1;
      detail.push(cell(scale, cut, `q${m}`, `Q${q}`, `Q${q} ${yearOfMonth(m)}`, m, addMonths(m, 2)));
    }
  }
  const fiscalYears = options.fiscalYears
    ? periodsCovering(window.first, window.last, 'fiscal_year', options.fiscalYearStartMonth ?? 7).map((p) => {
        const c = cell(scale, cut, `fy${p.start}`, p.label, `${p.label} (${p.start} to ${p.end})`, p.start, p.end);
        return { ...c, label: c.width >= 64 ? p.label : c.width >= 34 ? p.label.replace(/^FY \d\d(\d\d)-(\d\d)$/, '$1-$2') : '' };
      })
    : [];
  return { fiscalYears, years, detail, detailUnit: unit };
}

/** Vertical grid lines within a window: strong at each year, faint at each quarter or month the header labels. */
export function gridLines(scale: MonthScale, window?: MonthWindow): { readonly years: readonly number[]; readonly minor: readonly number[] } {
  const w = clipWindow(scale, window);
  const unit = detailUnitOf(scale.pxPerMonth);
  const step = unit === 'months' ? 1 : unit === 'quarters' ? 3 : 12;
  const years: number[] = [];
  const minor: number[] = [];
  for (let m = w.first; m <= addMonths(w.last, 1); m = addMonths(m, 1)) {
    const n = monthNumberOf(m) - 1;
    if (n === 0) years.push(xOfMonthStart(scale, m));
    else if (n % step === 0) minor.push(xOfMonthStart(scale, m));
  }
  return { years, minor };
}
