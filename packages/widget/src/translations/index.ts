import type { Locale } from '@loket/sdk';
import { en } from './en';
import type { Translation } from './en';
import { nl } from './nl';

export type { Translation } from './en';
export { pickLocale } from './pick-locale';

const TRANSLATIONS: Record<Locale, Translation> = { en, nl };

/**
 * The translation table of a language, for code that renders the widget's texts itself. This
 * module holds both languages; the widget loads only the one it shows (`load-translation.ts`).
 */
export function translationFor(locale: Locale): Translation {
  return TRANSLATIONS[locale];
}
