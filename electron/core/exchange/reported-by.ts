// The sign-off of a returned workbook: the "Reported by" block of its instructions sheet (name, position, date), found
// by its labels. A workbook sent before the block existed has none: nobody signed, and that is no problem.
import { isCalendarDate } from '../../../shared/dates';
import type { ReportedBy, ReviewProblem } from '../../../shared/domain';
import { MAX_YEAR, MIN_YEAR } from '../../../shared/months';
import type { ReturnedSheet } from './returned-sheets';
import { REPORTED_BY, columnLetterOf } from './workbook-layout';
import { contentText, formulaAsText, type CellContent } from './xlsx-cells';

/** Rows searched for the block's heading: the instructions sheet is far shorter. */
const ROWS_SEARCHED = 200;
const MAX_CHARS = 200;

export interface SignOff {
  readonly reportedBy: ReportedBy | null;
  readonly problems: readonly ReviewProblem[];
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function iso(year: number, month: number, day: number): string | null {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isCalendarDate(text) ? text : null;
}

/**
 * A day typed as text: "2027-01-20", "20 Jan 2027", "20 January 2027", or day first "20/01/2027" (as dates are written
 * in Bhutan); null for anything else.
 */
export function dayOfText(text: string): string | null {
  const t = text.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (m) return iso(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})$/.exec(t);
  if (m) {
    const month = MONTHS.indexOf(m[2]!.slice(0, 3).toLowerCase());
    const full = new Date(Date.UTC(2000, month, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' }).toLowerCase();
    if (month >= 0 && (m[2]!.length === 3 || full.startsWith(m[2]!.toLowerCase()))) return iso(Number(m[3]), month + 1, Number(m[1]));
  }
  return null;
}

function dayOfCell(content: CellContent): { day: string } | { error: string } | null {
  switch (content.kind) {
    case 'empty':
      return null;
    case 'date': {
      const day = content.date.toISOString().slice(0, 10);
      return isCalendarDate(day) ? { day } : { error: `the year ${content.date.getUTCFullYear()} is out of range (${MIN_YEAR} to ${MAX_YEAR})` };
    }
    case 'number':
      return { error: `${contentText(content)} is a number, not a date (write a date such as 20 Jan 2027)` };
    case 'problem':
      return { error: `the cell ${content.problem}` };
    case 'text': {
      const day = dayOfText(content.text);
      return day ? { day } : { error: `"${content.text.trim().slice(0, 60)}" is not a date (write a date such as 20 Jan 2027)` };
    }
  }
}

/** Reads the sign-off block; every problem names its cell on the instructions sheet. */
export function readReportedBy(sheet: ReturnedSheet): SignOff {
  const problems: ReviewProblem[] = [];
  const problem = (row: number, label: string, value: string | null, message: string) =>
    problems.push({ severity: 'error', sheet: sheet.name, row, column: columnLetterOf(2), columnName: `${REPORTED_BY.heading}: ${label}`, value, message });
  let heading = 0;
  for (let row = 1; row <= Math.min(sheet.lastRow, ROWS_SEARCHED) && heading === 0; row += 1) {
    if (contentText(sheet.cell(row, 1)) === REPORTED_BY.heading) heading = row;
  }
  if (heading === 0) return { reportedBy: null, problems };
  const rowOf = (label: string) => {
    for (let row = heading + 1; row <= heading + 5; row += 1) if (contentText(sheet.cell(row, 1)) === label) return row;
    return null;
  };
  // Name and position: text, a formula's own words (never run), at most MAX_CHARS.
  const words = (label: string): string => {
    const row = rowOf(label);
    if (row === null) return '';
    const content = sheet.cell(row, 2);
    if (content.kind === 'problem') {
      problem(row, label, null, `the cell ${content.problem}; it was not read`);
      return '';
    }
    const formula = sheet.formula(row, 2);
    const text = formula === null ? contentText(content) : formulaAsText(formula);
    if (text.length > MAX_CHARS) {
      problem(row, label, `${text.slice(0, 60)}…`, `the ${label.toLowerCase()} is ${text.length.toLocaleString('en')} characters long; at most ${MAX_CHARS} are taken, so it was not read`);
      return '';
    }
    return text;
  };
  const name = words(REPORTED_BY.name);
  const position = words(REPORTED_BY.position);
  let date: string | null = null;
  const dateRow = rowOf(REPORTED_BY.date);
  if (dateRow !== null) {
    const read = dayOfCell(sheet.cell(dateRow, 2));
    if (read && 'error' in read) problem(dateRow, REPORTED_BY.date, contentText(sheet.cell(dateRow, 2)) || null, `the date of the sign-off was not taken: ${read.error}`);
    else if (read) date = read.day;
  }
  const signed = name !== '' || position !== '' || date !== null;
  return { reportedBy: signed ? { name, position, date } : null, problems };
}
