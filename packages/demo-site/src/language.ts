import { useEffect, useState } from 'preact/hooks';
import { isLanguage, LANGUAGES } from './texts';
import type { Language } from './texts';

const STORAGE_KEY = 'zeewind-language';

/**
 * Preact hook holding the visitor's language. It keeps `<html lang>` in step, which screen
 * readers and the help widget read, and remembers the choice for the next visit.
 * @returns The current language and a function to change it.
 */
export function useLanguage(): [Language, (language: Language) => void] {
  const [language, setLanguage] = useState<Language>(readStoredLanguage);
  useEffect(() => {
    document.documentElement.lang = language;
    storeLanguage(language);
  }, [language]);
  return [language, setLanguage];
}

// Storage can be unavailable (blocked cookies, sandboxed frames); the site then simply forgets.
function readStoredLanguage(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : LANGUAGES[0];
  } catch {
    return LANGUAGES[0];
  }
}

function storeLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // See readStoredLanguage.
  }
}
