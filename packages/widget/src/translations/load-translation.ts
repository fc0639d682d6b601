import type { Locale } from '@loket/sdk';
import type { CasesTranslation } from './en-cases';
import type { Translation } from './en';

/**
 * Fetches texts of a language once, and keeps them. Each language is a chunk of its own, so a
 * customer downloads only the language the widget speaks to them; a failed fetch is tried again
 * on the next call.
 */
function textLoader<T>(importers: Record<Locale, () => Promise<T>>) {
  const loaded: Partial<Record<Locale, T>> = {};
  const loading: Partial<Record<Locale, Promise<T>>> = {};
  return {
    load(locale: Locale): Promise<T> {
      loading[locale] ??= importers[locale]().then(
        (texts) => (loaded[locale] = texts),
        (error: unknown) => {
          delete loading[locale];
          throw error;
        },
      );
      return loading[locale];
    },
    loaded: (locale: Locale): T | undefined => loaded[locale],
  };
}

const widgetTexts = textLoader<Translation>({ nl: () => import('./nl').then(({ nl }) => nl), en: () => import('./en').then(({ en }) => en) });
const casesTexts = textLoader<CasesTranslation>({
  nl: () => import('./nl-cases').then(({ nlCases }) => nlCases),
  en: () => import('./en-cases').then(({ enCases }) => enCases),
});

/** Fetches the widget's texts of a language (everything but My cases), once. */
export const loadTranslation = (locale: Locale): Promise<Translation> => widgetTexts.load(locale);

/** The texts of a language once {@link loadTranslation} fetched them; `undefined` before. */
export const loadedTranslation = (locale: Locale): Translation | undefined => widgetTexts.loaded(locale);

/** Fetches the texts of My cases in a language, once: only a customer who opens My cases needs them. */
export const loadCasesTranslation = (locale: Locale): Promise<CasesTranslation> => casesTexts.load(locale);

/** The texts of My cases once {@link loadCasesTranslation} fetched them; `undefined` before. */
export const loadedCasesTranslation = (locale: Locale): CasesTranslation | undefined => casesTexts.loaded(locale);
