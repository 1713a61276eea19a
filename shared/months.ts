// Months as plans write them: "January 2018", "Jan 2018", "2018-01", "2018" (a whole year), "Continue" (open-ended).
// A month is stored as the text "YYYY-MM", which sorts and compares as text.

export type Month = string;

export type TimelineDate =
  | { readonly kind: 'month'; readonly month: Month }
  | { readonly kind: 'year'; readonly year: number }
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

const MIN_YEAR = 1950;
const MAX_YEAR = 2200;

export function monthOf(year: number, monthNumber: number): Month {
  return `${String(year).padStart(4, '0')}-${String(monthNumber).padStart(2, '0')}`;
}

export function isMonth(value: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
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

/** Reads one timeline cell. Never throws: an unreadable cell is `invalid` with the reason. */
export function parseTimelineDate(input: string): TimelineDate {
  const text = input.trim().replace(/\s+/g, ' ');
  const lower = text.toLowerCase();
  if (EMPTY_WORDS.has(lower)) return { kind: 'empty' };
  if (OPEN_WORDS.has(lower)) return { kind: 'open' };

  let m = /^(\d{4})$/.exec(text);
  if (m) {
    const year = yearFrom(m[1]!);
    return year === null ? { kind: 'invalid', reason: `year ${text} is out of range` } : { kind: 'year', year };
  }
  // 2018-01, 2018/1, 2018-01-15 (a day is dropped: plans are kept to the month)
  m = /^(\d{4})[-/.](\d{1,2})(?:[-/.]\d{1,2})?$/.exec(text);
  if (m) return monthResult(yearFrom(m[1]!), Number(m[2]), text);
  // 01/2018, 1-2018
  m = /^(\d{1,2})[-/.](\d{4})$/.exec(text);
  if (m) return monthResult(yearFrom(m[2]!), Number(m[1]), text);
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
  return { kind: 'invalid', reason: `"${text}" is not a month (write it as "Jan 2018", "2018-01", "2018" or "Continue")` };
}

function monthResult(year: number | null, monthNumber: number, text: string): TimelineDate {
  if (year === null) return { kind: 'invalid', reason: `the year in "${text}" is out of range` };
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
