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
 * The day a serial number stands for, at midnight UTC, or null when it is not a date (negative, not a number, or
 * 29 February 1900, which Excel counts — after Lotus 1-2-3 — though it never was). A mistyped year stays what it
 * is (1/6/20250 is in the year 20250): the reader that takes it decides whether it is in range.
 */
export function serialDay(serial: number, system: DateSystem): Date | null {
  const days = Math.floor(serial);
  if (!Number.isFinite(serial) || days < 0) return null;
  if (system === 1900 && (days === 60 || days === 0)) return null;
  const date = new Date(system === 1904 ? EPOCH_1904 + days * DAY_MS : EPOCH_1900 + (days > 60 ? days - 1 : days) * DAY_MS);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The ISO date of a serial number, or null when it is not a date or lies past 9999. */
export function serialDate(serial: number, system: DateSystem): string | null {
  const date = serialDay(serial, system);
  return date && date.getUTCFullYear() <= 9999 ? date.toISOString().slice(0, 10) : null;
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
