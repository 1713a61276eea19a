// The interface's language in the window (View > Language): one value outside React, so that a label in a grid's
// column or a status chip reads the same catalogue as a component. The app shows a language with showLanguage (at
// start from app:info, then whenever the menu changes it); the app draws again when it changes (useLanguage.ts),
// and the views, keyed by it, start afresh. No React and no DOM here: the print pages' helpers that the command
// line runs in Node read words through this file too.
import { catalogueOf } from '../../../shared/language/catalogue';
import type { Catalogue } from '../../../shared/language/english';
import { dateText, numberText, type DateStyle } from '../../../shared/language/format';
import type { Language } from '../../../shared/language/languages';

let language: Language = 'en';
const listeners = new Set<() => void>();

/** The words of the interface in the language shown now. */
export function text(): Catalogue {
  return catalogueOf(language);
}

export function shownLanguage(): Language {
  return language;
}

export function showLanguage(next: Language): void {
  if (next === language) return;
  language = next;
  for (const listener of listeners) listener();
}

/** Calls `listener` whenever the language shown changes; returns the way to stop. */
export function onLanguageChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A count or amount in the language shown ("1,234"; "༡,༢༣༤" in Dzongkha). */
export function formatNumber(value: number): string {
  return numberText(value, language);
}

/** A moment in the language shown ("14 Mar 2027"). */
export function formatMoment(iso: string, style: DateStyle): string {
  return dateText(iso, style, language);
}
