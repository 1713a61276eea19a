// Numbers and dates in the reader's language, through Intl: the one place the interface formats them, so that
// Dzongkha shows its own digits (༢༠༢༧) and English keeps "14 Mar 2027".
import { DIGITS, LOCALES, type Language } from './languages';

export function numberText(value: number, language: Language): string {
  return value.toLocaleString([...LOCALES[language]], { numberingSystem: DIGITS[language] });
}

const DATE_STYLES = {
  day: { day: 'numeric', month: 'short', year: 'numeric' },
  longDay: { day: 'numeric', month: 'long', year: 'numeric' },
  dayTime: { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

export type DateStyle = keyof typeof DATE_STYLES;

/** A moment as text; the text it came from when it is no date, so nothing shows as "Invalid Date". */
export function dateText(iso: string, style: DateStyle, language: Language): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString([...LOCALES[language]], { ...DATE_STYLES[style], numberingSystem: DIGITS[language] });
}
