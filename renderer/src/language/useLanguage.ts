// The language shown, for a component that must draw again when it changes (the app's root does, and with it
// everything it shows). The document says the language too (lang), for screen readers and for the fonts' shaping.
import { useEffect, useSyncExternalStore } from 'react';
import type { Language } from '../../../shared/language/languages';
import { onLanguageChange, shownLanguage } from './language';

export function useLanguage(): Language {
  const language = useSyncExternalStore(onLanguageChange, shownLanguage);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return language;
}
