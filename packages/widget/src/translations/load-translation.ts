import type { Locale } from '@loket/sdk';
import type { Translation } from './en';

const loaded: Partial<Record<Locale, Translation>> = {};
const loading: Partial<Record<Locale, Promise<Translation>>> = {};

/**
 * Fetches the texts of a language, once. Each language is a chunk of its own, so a customer
 * downloads only the language the widget speaks to them. A failed fetch is tried again on the
 * next call.
 */
export function loadTranslation(locale: Locale): Promise<Translation> {
  loading[locale] ??= (locale === 'nl' ? import('./nl').then(({ nl }) => nl) : import('./en').then(({ en }) => en)).then(
    (translation) => (loaded[locale] = translation),
    (error: unknown) => {
      delete loading[locale];
      throw error;
    },
  );
  return loading[locale];
}

/** The texts of a language once {@link loadTranslation} fetched them; `undefined` before. */
export function loadedTranslation(locale: Locale): Translation | undefined {
  return loaded[locale];
}
