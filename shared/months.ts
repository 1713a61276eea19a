// Months as plans write them: "January 2018", "Jan 2018", "March, 2027", "2018-01", "2018" (a whole year),
// "Continue" (open-ended), a full date ("31/03/2027" day first, as Bhutan writes dates, or "2027-03-31"), a fiscal
// year ("FY 2026-27") or a part of one ("Q2 FY2026-27", "H1 FY 2026-27"). A month is stored as the text "YYYY-MM",
// which sorts and compares as text; a date that could be read two ways is refused with both readings.
import { withWesternDigits } from './language/digits';

export type Month = string;

export type TimelineDate =
  | { readonly kind: 'month'; readonly month: Month }
  | { readonly kind: 'year'; readonly year: number }
  /** A fiscal year or a part of one: its first and last months; a start takes the first, an end the last. */
  | { readonly kind: 'span'; readonly first: Month; readonly last: Month; readonly label: string }
  | { readonly kind: 'open' }
  | { readonly kind: 'empty' }
  | { readonly kind: 'invalid'; readonly reason: string };

const MONTH_NAMES = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
] as const;

const SHORT_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

const OPEN_WORDS = new Set(['continue', 'continues', 'continuous', 'continued', 'ongoing', 'open', 'open-ended', 'open ended', 'no end']);
const EMPTY_WORDS = new Set(['', 'na', 'n/a', 'n.a.', '-', '–', 'nil', 'tbd', 'none']);

/** The years a plan's months may fall in: outside them a year is a typing mistake (20250), wherever it comes from. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;

export function monthOf(year: number, monthNumber: number): Month {
  return `${String(year).padStart(4, '0')}-${String(monthNumber).padStart(2, '0')}`;
}

/** The one test of a stored month: "YYYY-MM" in the years 1900 to 2200 (the database checks the same, migration 2026-12-06). */
export function isMonth(value: string): boolean {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) return false;
  const year = yearOfMonth(value);
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

export function yearOfMonth(month: Month): number {
  return Number(month.slice(0, 4));
}

export function monthNumberOf(month: Month): number {
  return Number(month.slice(5, 7));
}

/** Whole months from a to b (b − a): Jan 2020 → Mar 2020 is 2. */
export function monthsBetween(a: Month, b: Month): number {
  return (yearOfMonth(b) - yearOfMonth(a)) * 12 + (monthNumberOf(b) - monthNumberOf(a));
}

export function addMonths(month: Month, count: number): Month {
  const index = yearOfMonth(month) * 12 + (monthNumberOf(month) - 1) + count;
  return monthOf(Math.floor(index / 12), (index % 12) + 1);
}

export function monthOfDate(date: Date): Month {
  return monthOf(date.getFullYear(), date.getMonth() + 1);
}

/** "2018-01" → "Jan 2018". */
export function formatMonth(month: Month): string {
  const name = SHORT_NAMES[monthNumberOf(month) - 1];
  return `${name ?? '?'} ${yearOfMonth(month)}`;
}

function monthFromName(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return null;
  const index = MONTH_NAMES.findIndex((name) => name.startsWith(w) || (w === 'sept' && name === 'september'));
  return index === -1 ? null : index + 1;
}

function yearFrom(text: string): number | null {
  const n = Number(text);
  if (!Number.isInteger(n)) return null;
  const year = text.length === 2 ? 2000 + n : n;
  return year >= MIN_YEAR && year <= MAX_YEAR ? year : null;
}

/** How dates are read: the fiscal year's first month (7 = July, Bhutan's; 1 = the calendar year). */
export interface DateReading {
  readonly fiscalYearStartMonth?: number;
}

const LONG_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** "2026-10" → "October 2026". */
function monthWords(month: Month): string {
  return `${LONG_NAMES[monthNumberOf(month) - 1]} ${yearOfMonth(month)}`;
}

/** "July 2026–June 2027", "October–December 2026". */
export function spanWords(first: Month, last: Month): string {
  if (first === last) return monthWords(first);
  if (yearOfMonth(first) === yearOfMonth(last)) return `${LONG_NAMES[monthNumberOf(first) - 1]}–${monthWords(last)}`;
  return `${monthWords(first)}–${monthWords(last)}`;
}

/** The fiscal year that starts in `startYear`, with its label ("FY 2026-27"; "FY 2026" for a calendar fiscal year). */
function fiscalYearSpan(startYear: number, startMonth: number): TimelineDate {
  const first = monthOf(startYear, startMonth);
  return { kind: 'span', first, last: addMonths(first, 11), label: fiscalYearOf(first, startMonth).label };
}

/** A quarter or half of a fiscal year ("Q2", "H1"), or the whole year (part null). */
function fiscalPart(startYear: number, startMonth: number, part: string | null): TimelineDate {
  const year = fiscalYearSpan(startYear, startMonth);
  if (year.kind !== 'span' || part === null) return year;
  const size = part[0]!.toUpperCase() === 'Q' ? 3 : 6;
  const first = addMonths(year.first, (Number(part[1]) - 1) * size);
  return { kind: 'span', first, last: addMonths(first, size - 1), label: `${part.toUpperCase()} ${year.label}` };
}

const FISCAL = String.raw`(?:FY|F\.Y\.?|fiscal\s+year)\s*'?`;
const PART = String.raw`(Q[1-4]|H[12])`;
// Compiled once: every timeline cell of an import is tried against them.
const PART_FIRST = new RegExp(String.raw`^${PART}\s*(?:of\s+)?(.+)$`, 'i');
const PART_LAST = new RegExp(String.raw`^(?!Q|H)(.+?)\s*[,-]?\s*${PART}$`, 'i');
const NAMED_FISCAL_YEAR = new RegExp(String.raw`^${FISCAL}(\d{4}|\d{2})(?:\s*[-/–]\s*(\d{4}|\d{2}))?$`, 'i');

/**
 * Fiscal years and their parts as analysts write them: "FY 2026-27", "FY2026/27", "FY 26-27", "2026-27",
 * "Q2 FY2026-27", "FY 2026-27 Q2", "H1 FY 2026-27", and with a calendar fiscal year "FY 2026" and "Q2 2026".
 * Null when the text is none of these.
 */
function parseFiscal(text: string, startMonth: number): TimelineDate | null {
  let part: string | null = null;
  let rest = text;
  let m = PART_FIRST.exec(text) ?? PART_LAST.exec(text);
  if (m) {
    const [a, b] = /^[QH]/i.test(m[1]!) ? [m[1]!, m[2]!] : [m[2]!, m[1]!];
    part = a;
    rest = b;
  }
  const named = NAMED_FISCAL_YEAR.exec(rest);
  const bare = named ? null : /^(\d{4})\s*[-/–]\s*(\d{2}|\d{4})$/.exec(rest);
  if (!named && !bare && !(part && /^\d{4}$/.test(rest))) return null;
  m = named ?? bare;
  const firstYear = m ? yearFrom(m[1]!) : yearFrom(rest);
  if (firstYear === null) return { kind: 'invalid', reason: `the year in "${text}" is out of range (1900 to 2200)` };
  const second = m?.[2];
  if (second !== undefined) {
    const secondYear = second.length === 2 ? Math.floor(firstYear / 100) * 100 + Number(second) + (Number(second) < firstYear % 100 ? 100 : 0) : Number(second);
    // "2026-27" with a second number that could be a month (2018-12) is read as a month, not here.
    if (bare && second.length === 2 && Number(second) <= 12) return null;
    if (secondYear !== firstYear + 1) {
      if (bare) return null;
      return { kind: 'invalid', reason: `"${text}" is not one fiscal year (a fiscal year runs over two years that follow each other, as in FY ${firstYear}-${String((firstYear + 1) % 100).padStart(2, '0')})` };
    }
    if (startMonth === 1) return { kind: 'invalid', reason: `this plan's fiscal year is the calendar year; write "FY ${firstYear}" or "FY ${secondYear}" instead of "${text}"` };
    return fiscalPart(firstYear, startMonth, part);
  }
  // One year: a calendar fiscal year is named by it; a fiscal year across two years could be either one.
  if (startMonth === 1) return fiscalPart(firstYear, 1, part);
  const readings = [fiscalPart(firstYear - 1, startMonth, part), fiscalPart(firstYear, startMonth, part)];
  if (part && !named) readings.unshift(fiscalPart(firstYear, 1, part));
  const words = readings.map((r) => (r.kind === 'span' ? `${r.label.replace(/ FY (\d{4})$/, ' of $1')} (${spanWords(r.first, r.last)})` : ''));
  return { kind: 'invalid', reason: `"${text}" could be ${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}; write which, as in "${readings[readings.length - 1]!.kind === 'span' ? (readings[readings.length - 1] as { label: string }).label : ''}"` };
}

function isRealDay(year: number, month: number, day: number): boolean {
  return day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "31/03/2027" (day first, as Bhutan writes dates), refused with both readings when it could be either way. */
function parseDayMonthYear(text: string): TimelineDate | null {
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (!m) return null;
  const year = yearFrom(m[3]!);
  if (year === null) return { kind: 'invalid', reason: `the year in "${text}" is out of range (1900 to 2200)` };
  const [a, b] = [Number(m[1]), Number(m[2])];
  const dayFirst = b >= 1 && b <= 12 && isRealDay(year, b, a);
  const monthFirst = a >= 1 && a <= 12 && isRealDay(year, a, b);
  if (dayFirst && monthFirst && a !== b) {
    return { kind: 'invalid', reason: `"${text}" could be ${a} ${LONG_NAMES[b - 1]} ${year} (day first) or ${LONG_NAMES[a - 1]} ${b}, ${year} (month first); write the month in words, as in "${a} ${SHORT_NAMES[b - 1]} ${year}"` };
  }
  if (dayFirst) return { kind: 'month', month: monthOf(year, b) };
  if (monthFirst) return { kind: 'month', month: monthOf(year, a) };
  return { kind: 'invalid', reason: `"${text}" is not a date (day, month, year)` };
}

/** Reads one timeline cell. Never throws: an unreadable cell is `invalid` with the reason. */
export function parseTimelineDate(input: string, reading: DateReading = {}): TimelineDate {
  // Years and days in Dzongkha digits ("༢༠༢༧", "༣༡/༠༣/༢༠༢༧") read as in Latin ones.
  const text = withWesternDigits(input).trim().replace(/\s+/g, ' ');
  const lower = text.toLowerCase();
  if (EMPTY_WORDS.has(lower)) return { kind: 'empty' };
  if (OPEN_WORDS.has(lower)) return { kind: 'open' };

  let m = /^(\d{4})$/.exec(text);
  if (m) {
    const year = yearFrom(m[1]!);
    return year === null ? { kind: 'invalid', reason: `year ${text} is out of range (1900 to 2200)` } : { kind: 'year', year };
  }
  const fiscal = parseFiscal(text, reading.fiscalYearStartMonth ?? 7);
  if (fiscal) return fiscal;
  // 2018-01, 2018/1, 2018-01-15 (a day is dropped: plans are kept to the month, but it must be a real day)
  m = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?$/.exec(text);
  if (m) {
    const [year, month] = [yearFrom(m[1]!), Number(m[2])];
    if (m[3] !== undefined && year !== null && month >= 1 && month <= 12 && !isRealDay(year, month, Number(m[3]))) return { kind: 'invalid', reason: `"${text}" is not a real day` };
    return monthResult(year, month, text);
  }
  const full = parseDayMonthYear(text);
  if (full) return full;
  // 01/2018, 1-2018
  m = /^(\d{1,2})[-/.](\d{4})$/.exec(text);
  if (m) return monthResult(yearFrom(m[2]!), Number(m[1]), text);
  // 31 March 2027, 31 Mar 2027, March 31, 2027: the day is dropped
  m = /^(\d{1,2})(?:st|nd|rd|th)?[\s\-/]+([A-Za-z]+\.?)[\s,\-/]+(\d{4})$/.exec(text) ?? /^([A-Za-z]+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(text);
  if (m) {
    const [day, name] = /^\d/.test(m[1]!) ? [Number(m[1]), m[2]!] : [Number(m[2]), m[1]!];
    const monthNumber = monthFromName(name);
    const year = yearFrom(m[3]!);
    if (monthNumber === null) return { kind: 'invalid', reason: `"${name}" is not a month name` };
    if (year !== null && !isRealDay(year, monthNumber, day)) return { kind: 'invalid', reason: `"${text}" is not a real day` };
    return monthResult(year, monthNumber, text);
  }
  // January 2018, Jan 2018, Jan-18, Sept. 2019, January, 2018
  m = /^([A-Za-z]+\.?)[\s,\-/']*(\d{4}|\d{2})$/.exec(text);
  if (m) {
    const monthNumber = monthFromName(m[1]!);
    if (monthNumber === null) return { kind: 'invalid', reason: `"${m[1]}" is not a month name` };
    return monthResult(yearFrom(m[2]!), monthNumber, text);
  }
  // 2018 January
  m = /^(\d{4})\s+([A-Za-z]+)$/.exec(text);
  if (m) {
    const monthNumber = monthFromName(m[2]!);
    if (monthNumber !== null) return monthResult(yearFrom(m[1]!), monthNumber, text);
  }
  return { kind: 'invalid', reason: `"${text}" is not a month (write it as "Jan 2018", "2018-01", "2018", "FY 2026-27" or "Continue")` };
}

/** The month a timeline date starts at (a start cell), with its precision; null for empty, open and invalid. */
export function firstMonthOf(date: TimelineDate): { readonly month: Month; readonly precision: 'month' | 'year' } | null {
  switch (date.kind) {
    case 'month':
      return { month: date.month, precision: 'month' };
    case 'year':
      return { month: monthOf(date.year, 1), precision: 'year' };
    case 'span':
      return { month: date.first, precision: 'month' };
    default:
      return null;
  }
}

/** The month a timeline date ends at (an end cell): "2022" ends in December, "FY 2026-27" in June 2027. */
export function lastMonthOf(date: TimelineDate): { readonly month: Month; readonly precision: 'month' | 'year' } | null {
  switch (date.kind) {
    case 'month':
      return { month: date.month, precision: 'month' };
    case 'year':
      return { month: monthOf(date.year, 12), precision: 'year' };
    case 'span':
      return { month: date.last, precision: 'month' };
    default:
      return null;
  }
}

function monthResult(year: number | null, monthNumber: number, text: string): TimelineDate {
  if (year === null) return { kind: 'invalid', reason: `the year in "${text}" is out of range (1900 to 2200)` };
  if (monthNumber < 1 || monthNumber > 12) return { kind: 'invalid', reason: `the month in "${text}" is not 1 to 12` };
  return { kind: 'month', month: monthOf(year, monthNumber) };
}

/** Fiscal year label of a month, for a fiscal year starting in `startMonth` (7 = July): 2019-08 → "FY 2019-20". */
export function fiscalYearOf(month: Month, startMonth = 7): { readonly startYear: number; readonly label: string } {
  const year = yearOfMonth(month);
  const startYear = startMonth === 1 ? year : monthNumberOf(month) >= startMonth ? year : year - 1;
  const label = startMonth === 1 ? `FY ${startYear}` : `FY ${startYear}-${String((startYear + 1) % 100).padStart(2, '0')}`;
  return { startYear, label };
}
