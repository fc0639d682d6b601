import * as v from 'valibot';

/** Languages every visible text of Loket is written in. */
export const LOCALES = ['nl', 'en'] as const;

/** A language of the widget: `nl` or `en`. */
export type Locale = (typeof LOCALES)[number];

/** Schema of a {@link Locale}. */
export const LocaleSchema = v.picklist(LOCALES, 'Use one of the languages nl or en.');

/** A text in every language, e.g. `{ nl: 'Internet', en: 'Internet' }`. */
export const LocalizedTextSchema = v.strictObject({
  nl: v.pipe(v.string('Give the Dutch text (nl).'), v.minLength(1, 'The Dutch text (nl) is empty.')),
  en: v.pipe(v.string('Give the English text (en).'), v.minLength(1, 'The English text (en) is empty.')),
}, 'Every visible text needs a Dutch (nl) and an English (en) version, and nothing else: write { nl: "…", en: "…" } and put quotes around a text that contains a comma.');

/** A text in every language. */
export type LocalizedText = v.InferOutput<typeof LocalizedTextSchema>;

/**
 * Picks the language for a BCP 47 tag such as `nl-BE` or `en-GB`; anything else gets `fallback`.
 *
 * @example
 * resolveLocale('nl-NL'); // 'nl'
 */
export function resolveLocale(tag: string | null | undefined, fallback: Locale = 'en'): Locale {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(primary ?? '') ? (primary as Locale) : fallback;
}
