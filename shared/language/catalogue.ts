// The catalogue a language reads: its own words where it has them, English for the rest.
import { DZONGKHA } from './dzongkha';
import { ENGLISH, type Catalogue } from './english';
import type { Language } from './languages';

const CATALOGUES: Readonly<Record<Language, Catalogue>> = {
  en: ENGLISH,
  dz: { ...ENGLISH, ...DZONGKHA },
};

export function catalogueOf(language: Language): Catalogue {
  return CATALOGUES[language];
}

/** The catalogues other than English, as they are written: what a test holds against English. */
export const TRANSLATIONS: Readonly<Record<Exclude<Language, 'en'>, Partial<Catalogue>>> = { dz: DZONGKHA };
