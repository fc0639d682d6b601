import { resolveLocale } from '@loket/sdk';
import type { Locale } from '@loket/sdk';
import { en } from './en';
import type { Translation } from './en';
import { nl } from './nl';

export type { Translation } from './en';

const TRANSLATIONS: Record<Locale, Translation> = { en, nl };

/**
 * Picks the widget's language: the `data-locale` of the script tag or the widget's `locale`
 * attribute when given, else the page's `<html lang>`, else the site's own language, else English.
 */
export function pickLocale(explicit: string | null | undefined, documentLang: string | null | undefined, siteLocale: Locale = 'en'): Locale {
  return resolveLocale(explicit || documentLang, siteLocale);
}

/** The translation table of a language. */
export function translationFor(locale: Locale): Translation {
  return TRANSLATIONS[locale];
}
