// Dates and figures as the pack prints them, in the language shown (language.ts formats them through Intl).
import type { ReportActionBrief } from '../../../shared/domain';
import { formatMoment, text } from '../language/language';
import { formatEnd, formatTimelineDate } from '../ui/format';

/** "2026-11-27" → "27 November 2026", read as a calendar day: at noon, where no time zone can shift it. */
export function longDate(isoDay: string): string {
  const m = /^\d{4}-\d{2}-\d{2}/.exec(isoDay);
  return m ? formatMoment(`${m[0]}T12:00:00`, 'longDay') : isoDay;
}

/** "2026-11-27T10:00:00Z" → "27 Nov 2026", in the reader's time zone. */
export function shortDate(iso: string): string {
  return formatMoment(iso, 'day');
}

export function timelineOf(action: Pick<ReportActionBrief, 'start' | 'startPrecision' | 'end' | 'endPrecision' | 'endOpen'>): string {
  const start = formatTimelineDate(action.start, action.startPrecision);
  const end = formatEnd(action.end, action.endOpen, action.endPrecision);
  return `${start} – ${end}`;
}

export function endOf(action: Pick<ReportActionBrief, 'end' | 'endPrecision' | 'endOpen' | 'revisedEnd'>): string {
  if (action.endOpen) return text()['common.continue'];
  return action.revisedEnd ? formatTimelineDate(action.revisedEnd) : formatTimelineDate(action.end, action.endPrecision);
}

export function months(n: number): string {
  return text()['print.months'](n);
}

/** Splits long remarks at paragraph or sentence ends into pieces of at most `size` characters, so no row outgrows a page. */
export function splitLongText(text: string, size: number): string[] {
  const trimmed = text.trim();
  if (trimmed.length <= size) return [trimmed];
  const pieces: string[] = [];
  let rest = trimmed;
  while (rest.length > size) {
    const window = rest.slice(0, size);
    const cut = Math.max(window.lastIndexOf('\n'), window.lastIndexOf('. '), window.lastIndexOf('; '));
    const at = cut > size * 0.4 ? cut + 1 : Math.max(window.lastIndexOf(' '), Math.floor(size * 0.8));
    pieces.push(rest.slice(0, at).trim());
    rest = rest.slice(at).trim();
  }
  if (rest) pieces.push(rest);
  return pieces;
}
