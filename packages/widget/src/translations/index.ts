import { resolveLocale } from '@loket/sdk';
import type { Locale } from '@loket/sdk';
import { en } from './en';
import type { Translation } from './en';
import { nl } from './nl';

export type { Translation } from './en';

const TRANSLATIONS: Record<Locale, Translation> = { en, nl };

/**
 * Picks the widget's language: the `data-locale` of the script tag or the widget's `locale`
 * attribute when given, else the page's `<html lang>`, else English.
 */
export function pickLocale(explicit: string | null | undefined, documentLang: string | null | undefined): Locale {
  return resolveLocale(explicit || documentLang, 'en');
}

/** The translation table of a language. */
export function translationFor(locale: Locale): Translation {
  return TRANSLATIONS[locale];
}
