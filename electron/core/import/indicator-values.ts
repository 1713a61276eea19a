// Baselines and targets as plans write them, and the kind of indicator they make: percent ("95%"),
// number ("500", "40 VMS"), yes/no ("NO" → "YES", or "0" → "1" for "Executive order issued"),
// ratio ("57/125"), date ("December 2018"), or text ("All services", "above 90%").
// "NA", "N/A" and blanks are not available. The text as written is always kept.
import type { IndicatorKind } from '../../../shared/domain';
import { withWesternDigits } from '../../../shared/language/digits';
import { parseTimelineDate } from '../../../shared/months';

export interface ReadValue {
  /** null when the cell says "not available" (blank, NA, N/A). */
  readonly kind: IndicatorKind | null;
  readonly text: string;
  readonly value: number | null;
  /** A unit written after a number ("40 VMS" → "VMS"). */
  readonly unit: string;
}

const NOT_AVAILABLE = new Set(['', 'na', 'n/a', 'n.a', 'n.a.', 'nil', '-', '–', 'not available', 'not applicable', 'tbd']);

function toNumber(text: string): number | null {
  const n = Number(text.replace(/,/g, ''));
  return Number.isFinite(n) ? n : null;
}

/** Reads one baseline or target cell on its own. */
export function readIndicatorValue(input: string): ReadValue {
  const text = input.trim();
  // Read in Latin digits ("༩༥%" as 95%), kept as written.
  const read = withWesternDigits(text);
  const lower = read.toLowerCase();
  if (NOT_AVAILABLE.has(lower)) return { kind: null, text, value: null, unit: '' };
  if (lower === 'yes' || lower === 'y') return { kind: 'yes_no', text, value: 1, unit: '' };
  if (lower === 'no' || lower === 'n') return { kind: 'yes_no', text, value: 0, unit: '' };
  let m = /^(-?\d[\d,]*(?:\.\d+)?)\s*%$/.exec(read);
  if (m) return { kind: 'percent', text, value: toNumber(m[1]!), unit: '%' };
  m = /^(\d[\d,]*)\s*\/\s*(\d[\d,]*)$/.exec(read);
  if (m) {
    const top = toNumber(m[1]!);
    const bottom = toNumber(m[2]!);
    if (top !== null && bottom !== null && bottom !== 0) return { kind: 'ratio', text, value: top / bottom, unit: '' };
  }
  m = /^(-?\d[\d,]*(?:\.\d+)?)$/.exec(read);
  if (m && !/^\d{4}$/.test(read)) return { kind: 'number', text, value: toNumber(m[1]!), unit: '' };
  if (/^\d{4}$/.test(read)) {
    // A bare year: a date for a "by when" indicator, a count otherwise; the indicator decides (indicatorKind).
    return { kind: 'number', text, value: Number(read), unit: '' };
  }
  m = /^(-?\d[\d,]*(?:\.\d+)?)\s+([A-Za-z][A-Za-z.]{0,11})$/.exec(read);
  if (m) return { kind: 'number', text, value: toNumber(m[1]!), unit: m[2]! };
  const date = parseTimelineDate(read);
  if (date.kind === 'month') return { kind: 'date', text, value: null, unit: '' };
  return { kind: 'text', text, value: null, unit: '' };
}

/** An indicator that is met or not: "Executive order issued", "Procedure in place", "Integrated platform developed". */
export function readsLikeYesNo(indicatorName: string): boolean {
  const s = indicatorName.trim().toLowerCase().replace(/[.\s]+$/, '');
  if (/^(no\.?|number|%|percentage|proportion|share|count|amount|rate)\b/.test(s) || s.includes('%')) return false;
  return /\b(issued|developed|formed|created|established|adopted|approved|endorsed|launched|implemented|operationali[sz]ed|enacted|signed|completed|instituted|constituted|put in place|in place|available|done|published|drafted|finali[sz]ed)$/.test(s);
}

/** A "by when" indicator, whose target is a date: "Timeline by when the guideline is developed". */
export function readsLikeDate(indicatorName: string): boolean {
  return /\b(timeline|by when|time by which|date|deadline|year of|time of)\b/i.test(indicatorName);
}

export interface IndicatorReading {
  readonly kind: IndicatorKind;
  readonly unit: string;
  readonly baseline: { readonly text: string; readonly value: number | null };
  readonly target: { readonly text: string; readonly value: number | null };
}

// Functions of their own, not closures of readIndicator: it runs for every action of an import.
function isBareYear(v: ReadValue): boolean {
  return /^\d{4}$/.test(v.text);
}

function zeroOrOne(v: ReadValue): boolean {
  return v.kind === null || (v.kind === 'number' && (v.value === 0 || v.value === 1));
}

/** The value stored for `v`, read under an indicator of `kind`. */
function valueFor(v: ReadValue, kind: IndicatorKind): number | null {
  if (v.kind === null) return null;
  if (kind === 'date' && isBareYear(v)) return null;
  // "57/125" under a percent indicator is 45.6 (%), so that baseline and target compare.
  // A number too large to be a number (a ratio of 1e307, as a percentage) is kept as text only, as the plan file does.
  const value = kind === 'percent' && v.kind === 'ratio' && v.value !== null ? Number((v.value * 100).toPrecision(12)) : v.value;
  return value !== null && Number.isFinite(value) ? value : null;
}

/** The kind of an indicator from its name, baseline and target together. */
export function readIndicator(name: string, baselineText: string, targetText: string): IndicatorReading {
  const baseline = readIndicatorValue(baselineText);
  const target = readIndicatorValue(targetText);
  const kinds = [baseline.kind, target.kind].filter((k): k is IndicatorKind => k !== null);
  let kind: IndicatorKind;
  if (kinds.length === 0) kind = readsLikeYesNo(name) ? 'yes_no' : 'text';
  else if (kinds.includes('date') || (readsLikeDate(name) && (isBareYear(target) || isBareYear(baseline)))) kind = 'date';
  else if (kinds.includes('text')) kind = 'text';
  else if (kinds.includes('yes_no')) kind = kinds.every((k) => k === 'yes_no' || k === 'number') ? 'yes_no' : 'text';
  else if (kinds.includes('percent')) kind = 'percent';
  else if (kinds.includes('ratio')) kind = kinds.every((k) => k === 'ratio') ? 'ratio' : 'percent';
  else if (zeroOrOne(baseline) && zeroOrOne(target) && readsLikeYesNo(name)) kind = 'yes_no';
  else kind = 'number';
  const units = [baseline.unit, target.unit].filter((u) => u !== '' && u !== '%');
  return {
    kind,
    unit: kind === 'percent' ? '%' : (units[0] ?? ''),
    baseline: { text: baseline.text, value: valueFor(baseline, kind) },
    target: { text: target.text, value: valueFor(target, kind) },
  };
}
