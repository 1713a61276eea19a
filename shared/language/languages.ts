// The languages PlanDesk's interface speaks, each named in itself (as a language switch shows them), with the locale
// Intl formats its numbers and dates in: English as Bhutan writes it (day before month), Dzongkha with its own digits.
export const LANGUAGES = ['en', 'dz'] as const;
export type Language = (typeof LANGUAGES)[number];

export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: 'English', dz: 'རྫོང་ཁ' };

export const LOCALES: Readonly<Record<Language, string>> = { en: 'en-GB', dz: 'dz' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
