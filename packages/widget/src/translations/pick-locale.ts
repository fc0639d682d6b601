import { resolveLocale } from '@loket/sdk';
import type { Locale } from '@loket/sdk';

/**
 * Picks the widget's language: the `data-locale` of the script tag or the widget's `locale`
 * attribute when given, else the page's `<html lang>`, else the site's own language, else English.
 */
export function pickLocale(explicit: string | null | undefined, documentLang: string | null | undefined, siteLocale: Locale = 'en'): Locale {
  return resolveLocale(explicit || documentLang, siteLocale);
}
