// An action's timeline from the cells that hold it: a start and an end ("January 2018", "Jan 2018", "2018",
// "Continue"), a third date kept as the revised end, or one cell holding a range ("Jan 2018 - Dec 2020").
import { firstMonthOf, formatMonth, lastMonthOf, parseTimelineDate, type DateReading, type Month, type TimelineDate } from '../../../shared/months';

export interface TimelineReading {
  readonly start: Month | null;
  readonly startPrecision: 'month' | 'year';
  readonly end: Month | null;
  readonly endPrecision: 'month' | 'year';
  readonly endOpen: boolean;
  readonly revisedEnd: Month | null;
  /** The cells as written, joined ("January 2019 – June 2020 – January 2023"). */
  readonly text: string;
  /** What a person should check, in words. */
  readonly doubts: readonly string[];
}

/** "Jan 2018 - Dec 2020", "2018 to 2020": the two halves of a range, or null. */
export function splitTimelineRange(text: string): [string, string] | null {
  const m = /^(.+?)\s*(?:\s-\s|–|—|\bto\b|\btill\b|\buntil\b|-(?=\s*[A-Za-z]))\s*(.+)$/i.exec(text.trim());
  if (!m) {
    // "༢༠༡༨-༢༠༢༠" too: each half is read by parseTimelineDate, which reads Dzongkha digits.
    const years = /^([0-9\u0F20-\u0F29]{4})\s*-\s*([0-9\u0F20-\u0F29]{4})$/.exec(text.trim());
    return years ? [years[1]!, years[2]!] : null;
  }
  const a = parseTimelineDate(m[1]!);
  const b = parseTimelineDate(m[2]!);
  const isDate = (d: TimelineDate) => d.kind === 'month' || d.kind === 'year' || d.kind === 'span' || d.kind === 'open';
  return isDate(a) && isDate(b) ? [m[1]!.trim(), m[2]!.trim()] : null;
}

function describe(month: Month, precision: 'month' | 'year'): string {
  return precision === 'year' ? month.slice(0, 4) : formatMonth(month);
}

/** Reads start, end and a revised end; a combined timeline cell is split when start and end are empty. */
export function readTimeline(cells: { start?: string; end?: string; revisedEnd?: string; timeline?: string }, reading: DateReading = {}): TimelineReading {
  let startText = (cells.start ?? '').trim();
  let endText = (cells.end ?? '').trim();
  let revisedText = (cells.revisedEnd ?? '').trim();
  // "June 2020 (revised end January 2023)", as PlanDesk's plan layout writes a revised end.
  const revised = /^(.*?)\s*\(revised end:?\s*([^()]+)\)$/i.exec(endText);
  if (revised && revisedText === '') [endText, revisedText] = [revised[1]!, revised[2]!.trim()];
  const combined = (cells.timeline ?? '').trim();
  const doubts: string[] = [];
  if (combined !== '' && startText === '' && endText === '') {
    const range = splitTimelineRange(combined);
    // One cell holding a fiscal year or a quarter ("FY 2026-27") is a timeline of its own: its first and last months.
    if (range) [startText, endText] = range;
    else if (parseTimelineDate(combined, reading).kind === 'span') [startText, endText] = [combined, combined];
    else endText = combined;
  }
  const text = [startText, endText, revisedText].filter((t) => t !== '').join(' – ');
  let start: Month | null = null;
  let startPrecision: 'month' | 'year' = 'month';
  let end: Month | null = null;
  let endPrecision: 'month' | 'year' = 'month';
  let endOpen = false;
  let revisedEnd: Month | null = null;

  const s = parseTimelineDate(startText, reading);
  const first = firstMonthOf(s);
  if (first) [start, startPrecision] = [first.month, first.precision];
  else if (s.kind === 'open') doubts.push(`the start "${startText}" is open-ended; no start stored`);
  else if (s.kind === 'invalid') doubts.push(`the start ${s.reason}; kept as text only`);

  const e = parseTimelineDate(endText, reading);
  const last = lastMonthOf(e);
  if (last) [end, endPrecision] = [last.month, last.precision];
  else if (e.kind === 'open') endOpen = true;
  else if (e.kind === 'invalid') doubts.push(`the end ${e.reason}; kept as text only`);

  if (start && end && end < start) doubts.push(`the end (${describe(end, endPrecision)}) is before the start (${describe(start, startPrecision)}); stored as written`);

  if (revisedText !== '') {
    const revised = lastMonthOf(parseTimelineDate(revisedText, reading))?.month ?? null;
    if (revised && start && revised < start) {
      // The plan file refuses a revised end before the start: a typing slip kept as text, never a failed import.
      doubts.push(`the revised end "${revisedText}" is before the start (${describe(start, startPrecision)}); kept in the timeline text only`);
    } else if (revised && (!end || revised > end)) revisedEnd = revised;
    else doubts.push(`the third date "${revisedText}" is not later than the end; kept in the timeline text only`);
  }
  return { start, startPrecision, end, endPrecision, endOpen, revisedEnd, text, doubts };
}

export function describeTimeline(t: TimelineReading): string {
  const start = t.start ? describe(t.start, t.startPrecision) : '…';
  const end = t.endOpen ? 'Continue' : t.end ? describe(t.end, t.endPrecision) : '…';
  return `${start} – ${end}${t.revisedEnd ? ` (revised end ${formatMonth(t.revisedEnd)})` : ''}`;
}
