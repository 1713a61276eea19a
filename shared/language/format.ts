// Numbers and dates in the reader's language, through Intl: the one place the interface formats them, so that
// Dzongkha shows its own digits (༢༠༢༧) and English keeps "14 Mar 2027". Each formatter is made once per language
// and style and kept: making one costs tens of microseconds, and a review pack or a 10,000-row grid writes
// thousands of numbers and dates.
import { DIGITS, LOCALES, type Language } from './languages';

const numberFormats = new Map<Language, Intl.NumberFormat>();

export function numberText(value: number, language: Language): string {
  let format = numberFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat([...LOCALES[language]], { numberingSystem: DIGITS[language] });
    numberFormats.set(language, format);
  }
  return format.format(value);
}

const DATE_STYLES = {
  day: { day: 'numeric', month: 'short', year: 'numeric' },
  longDay: { day: 'numeric', month: 'long', year: 'numeric' },
  dayTime: { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

export type DateStyle = keyof typeof DATE_STYLES;

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A moment as text; the text it came from when it is no date, so nothing shows as "Invalid Date". */
export function dateText(iso: string, style: DateStyle, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const key = `${language}|${style}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat([...LOCALES[language]], { ...DATE_STYLES[style], numberingSystem: DIGITS[language] });
    dateFormats.set(key, format);
  }
  return format.format(date);
}
