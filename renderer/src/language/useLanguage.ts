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

/** A sample of each language's script, to load its bundled face (styles/fonts.css) with: null where the first fonts draw it. */
const SCRIPT_SAMPLES: Readonly<Record<Language, string | null>> = { en: null, dz: 'ཀ' };

/**
 * Waits until the face that draws the language is loaded. Text laid out while it was still loading was seen drawn
 * as empty boxes after it arrived (Chromium 156: the tab bar, the header's button), so the window switches only once
 * the face is there.
 */
export async function faceLoaded(language: Language): Promise<void> {
  const sample = SCRIPT_SAMPLES[language];
  if (sample === null) return;
  await document.fonts.load(`16px 'PlanDesk Dzongkha'`, sample).catch(() => undefined);
}
