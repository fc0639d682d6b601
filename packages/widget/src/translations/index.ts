import type { Locale } from '@loket/sdk';
import { en } from './en';
import type { Translation } from './en';
import { enCases } from './en-cases';
import type { CasesTranslation } from './en-cases';
import { nl } from './nl';
import { nlCases } from './nl-cases';

export type { Translation } from './en';
export type { CasesTranslation } from './en-cases';
export { pickLocale } from './pick-locale';

/** Every text of the widget, with the texts of My cases under `cases`. */
export type FullTranslation = Translation & { cases: CasesTranslation };

const TRANSLATIONS: Record<Locale, FullTranslation> = { en: { ...en, cases: enCases }, nl: { ...nl, cases: nlCases } };

/**
 * The translation table of a language, for code that renders the widget's texts itself. This
 * module holds both languages; the widget loads only the one it shows, and the texts of My cases
 * only when they are shown (`load-translation.ts`).
 */
export function translationFor(locale: Locale): FullTranslation {
  return TRANSLATIONS[locale];
}
