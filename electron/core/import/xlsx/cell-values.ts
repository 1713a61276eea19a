// A number cell's text as a person sees it in the spreadsheet: a percent as "12.5%", a date as "2019-07-01"
// (from its serial number in the workbook's date system), any other number with at most 15 significant
// digits, as Excel shows it (0.1 + 0.2 is 0.3 there, not 0.30000000000000004).
import type { NumberStyle } from './styles';

const DAY_MS = 24 * 3600 * 1000;
/** 1899-12-31 (serial 0 of the 1900 system, so that serial 1 is 1 January 1900) and 1904-01-01 (serial 0 of the 1904 system). */
const EPOCH_1900 = Date.UTC(1899, 11, 31);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

export type DateSystem = 1900 | 1904;

/**
 * The ISO date of a serial number, or null when it is not a date (negative, past 9999, or 29 February 1900,
 * which Excel counts — after Lotus 1-2-3 — though it never was).
 */
export function serialDate(serial: number, system: DateSystem): string | null {
  const days = Math.floor(serial);
  if (!Number.isFinite(serial) || days < 0) return null;
  let ms: number;
  if (system === 1904) ms = EPOCH_1904 + days * DAY_MS;
  else if (days === 60) return null;
  else ms = EPOCH_1900 + (days > 60 ? days - 1 : days) * DAY_MS;
  const date = new Date(ms);
  if (system === 1900 && days === 0) return null;
  return date.getUTCFullYear() > 9999 ? null : date.toISOString().slice(0, 10);
}

export function numberText(raw: string, style: NumberStyle, system: DateSystem): string {
  const value = Number(raw);
  if (raw.trim() === '' || Number.isNaN(value)) return raw;
  switch (style) {
    case 'percent':
      return `${Number((value * 100).toPrecision(12))}%`;
    case 'date':
      return serialDate(value, system) ?? String(value);
    case 'number':
      return String(Number(value.toPrecision(15)));
  }
}
