// The languages PlanDesk's interface speaks, each named in itself (as a language switch shows them), with the locales
// Intl formats its numbers and dates in, first choice first, and their digits: English as Bhutan writes it (day
// before month), Dzongkha with its own digits. Chromium (and so Electron) ships no Dzongkha locale data: there
// Dzongkha falls back to en-GB's words and order, its digits still Dzongkha since they are asked for by name.
export const LANGUAGES = ['en', 'dz'] as const;
export type Language = (typeof LANGUAGES)[number];

export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: 'English', dz: 'རྫོང་ཁ' };

export const LOCALES: Readonly<Record<Language, readonly string[]>> = { en: ['en-GB'], dz: ['dz', 'en-GB'] };

export const DIGITS: Readonly<Record<Language, string>> = { en: 'latn', dz: 'tibt' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
