// Indicator values as plans write them, and progress toward a target where it can be computed.
// "95%" is a percent, "500" a number, "NO"/"YES" yes/no, "57/125" a ratio, "December 2018" a date,
// and "All services" or "above 90%" stay text. "NA", "N/A" and blanks mean not available.
import type { IndicatorKind } from './domain';
import { withWesternDigits } from './language/digits';
import { parseTimelineDate } from './months';

export const INDICATOR_KINDS: readonly IndicatorKind[] = ['percent', 'number', 'yes_no', 'ratio', 'date', 'text'];

export const INDICATOR_KIND_LABELS: Readonly<Record<IndicatorKind, string>> = {
  percent: 'Percent',
  number: 'Number',
  yes_no: 'Yes / no',
  ratio: 'Ratio',
  date: 'Date',
  text: 'Text',
};

const NOT_AVAILABLE = new Set(['', 'na', 'n/a', 'n.a.', 'nil', '-', '–', 'none', 'not available']);

export interface ReadValue {
  /** The kind the text itself shows, or null for "not available". */
  readonly kind: IndicatorKind | null;
  /** The number it means: 95 for "95%", 0.456 for "57/125", 1 for "YES", a month index for a date. */
  readonly value: number | null;
}

/** Reads one cell with no knowledge of the indicator: what the text alone says. */
export function readIndicatorText(input: string): ReadValue {
  // "༩༥%" and "༥༧/༡༢༥" in Dzongkha digits read as 95% and 57/125.
  const text = withWesternDigits(input).trim();
  const lower = text.toLowerCase();
  if (NOT_AVAILABLE.has(lower)) return { kind: null, value: null };
  if (lower === 'yes' || lower === 'no') return { kind: 'yes_no', value: lower === 'yes' ? 1 : 0 };
  let m = /^(-?\d+(?:\.\d+)?)\s*%$/.exec(text);
  if (m) return { kind: 'percent', value: Number(m[1]) };
  m = /^(-?\d{1,3}(?:,\d{3})+|-?\d+)(\.\d+)?$/.exec(text);
  if (m) return { kind: 'number', value: Number(`${m[1]!.replace(/,/g, '')}${m[2] ?? ''}`) };
  m = /^(\d+(?:\.\d+)?)\s*\/\s*(\d+(?:\.\d+)?)$/.exec(text);
  if (m && Number(m[2]) !== 0) return { kind: 'ratio', value: Number(m[1]) / Number(m[2]) };
  const date = parseTimelineDate(text);
  if (date.kind === 'month') return { kind: 'date', value: Number(date.month.slice(0, 4)) * 12 + Number(date.month.slice(5)) - 1 };
  if (date.kind === 'year' && !/^\d+$/.test(text)) return { kind: 'date', value: date.year * 12 + 11 };
  return { kind: 'text', value: null };
}

/** Reads a cell as a value of a known kind; returns an error message when the text cannot be one. */
export function readIndicatorValue(input: string, kind: IndicatorKind): { readonly value: number | null } | { readonly error: string } {
  const read = readIndicatorText(input);
  if (read.kind === null) return { value: null };
  switch (kind) {
    case 'text':
      return { value: read.kind === 'text' ? null : read.value };
    case 'percent':
      if (read.kind === 'percent' || read.kind === 'number') return { value: read.value };
      return { error: `"${input.trim()}" is not a percentage (write it as 45% or 45)` };
    case 'number':
      if (read.kind === 'number') return { value: read.value };
      return { error: `"${input.trim()}" is not a number` };
    case 'yes_no':
      if (read.kind === 'yes_no') return { value: read.value };
      if (read.kind === 'number' && (read.value === 0 || read.value === 1)) return { value: read.value };
      return { error: `"${input.trim()}" is not yes or no (write YES, NO, 1 or 0)` };
    case 'ratio':
      if (read.kind === 'ratio' || read.kind === 'number' || read.kind === 'percent') {
        return { value: read.kind === 'percent' ? read.value! / 100 : read.value };
      }
      return { error: `"${input.trim()}" is not a ratio (write it as 57/125)` };
    case 'date':
      if (read.kind === 'date') return { value: read.value };
      return { error: `"${input.trim()}" is not a month (write it as Dec 2018)` };
    default:
      return { error: `unknown indicator kind ${String(kind)}` };
  }
}

const YES_NO_NAME = /\b(issued|in place|formed|developed|established|adopted|approved|launched|endorsed|enacted|implemented)\b/i;

/** The kind an indicator most likely is, from its name, baseline and target as written. */
export function guessIndicatorKind(name: string, baseline: string, target: string): IndicatorKind {
  const b = readIndicatorText(baseline);
  const t = readIndicatorText(target);
  const kinds = [b.kind, t.kind].filter((k): k is IndicatorKind => k !== null);
  if (kinds.length === 0) return /^%|percent|percentage|%/i.test(name) ? 'percent' : 'text';
  if (kinds.includes('yes_no')) return 'yes_no';
  if (kinds.every((k) => k === 'number') && b.value !== null && t.value !== null && b.value <= 1 && t.value === 1 && YES_NO_NAME.test(name)) {
    return 'yes_no';
  }
  if (kinds.includes('date')) return kinds.every((k) => k === 'date' || k === 'number') ? 'date' : 'text';
  if (kinds.includes('text')) return 'text';
  if (kinds.includes('ratio')) return 'ratio';
  if (kinds.includes('percent')) return 'percent';
  return /^%|percent/i.test(name) ? 'percent' : 'number';
}

/**
 * How far from baseline to target the actual has come, from 0 to 1 (may exceed 1), or null when it cannot
 * be computed (text, dates, a missing value, or baseline equal to target).
 */
export function progressTowardTarget(kind: IndicatorKind, baseline: number | null, target: number | null, actual: number | null): number | null {
  if (kind === 'text' || kind === 'date' || actual === null || target === null) return null;
  const start = baseline ?? 0;
  if (target === start) return actual === target ? 1 : null;
  return Math.max(0, (actual - start) / (target - start));
}
