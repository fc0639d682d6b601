import type { Article } from '../schemas/article';
import type { Locale } from '../schemas/locale';
import type { LearnedTerms } from './learned-signal';
import { createLocaleIndex, type LocaleIndex } from './locale-index';

export type { LearnedTerms } from './learned-signal';

/**
 * Options for {@link createArticleIndex}.
 *
 * @example
 * const options: ArticleIndexOptions = { learned: { 'wifi-drops': { zolder: 4 } } };
 */
export type ArticleIndexOptions = {
  /**
   * What customers taught the ranking: per article id, per term (from `termsOf`) a weight,
   * positive from "solved", negative from "did not help". A term applies to the articles with
   * that id in every locale; a term of another language simply never occurs in the query.
   *
   * @default {}
   * @example
   * createArticleIndex(articles, { learned: { 'wifi-drops': { zolder: 4, printer: -2 } } });
   */
  learned?: LearnedTerms;
};

/**
 * Articles made searchable by {@link rankArticles}: one index per locale, because the same id is
 * used for an article in each language and each language has its own stemmer and word statistics.
 * Build it with {@link createArticleIndex}; treat its contents as private.
 *
 * @example
 * const index: ArticleIndex = createArticleIndex(knowledgeBase.articles);
 */
export type ArticleIndex = {
  /** The index of each locale that has articles. */
  readonly locales: Readonly<Partial<Record<Locale, LocaleIndex>>>;
};

/**
 * Indexes articles for {@link rankArticles}, in the widget and on the server alike.
 *
 * Title, questions, tags and text are searched (in that order of weight). Learned terms are kept
 * apart from the articles' own words and scored on their own, so more evidence only ever helps
 * the queries that contain it. Of two articles with the same locale and id, the first is kept.
 *
 * @param articles - Articles of any locales.
 * @param options - Learned terms, see {@link ArticleIndexOptions}.
 * @returns The index, ready to rank against.
 * @example
 * const index = createArticleIndex(articles, { learned: { 'wifi-drops': { zolder: 4 } } });
 * rankArticles(index, { locale: 'nl', text: 'wifi op zolder' });
 */
export function createArticleIndex(articles: readonly Article[], options: ArticleIndexOptions = {}): ArticleIndex {
  const locales: Partial<Record<Locale, LocaleIndex>> = {};
  for (const [locale, ofLocale] of articlesByLocale(articles)) locales[locale] = createLocaleIndex(locale, ofLocale, options.learned ?? {});
  return { locales };
}

/**
 * The articles of each locale in the order given, the first of two with the same locale and id kept:
 * the documents of each locale's index, whether built or read.
 *
 * @internal
 * @example
 * articlesByLocale(articles).get('nl'); // the Dutch articles
 */
export function articlesByLocale(articles: readonly Article[]): Map<Locale, Article[]> {
  const byLocale = new Map<Locale, Map<string, Article>>();
  for (const article of articles) {
    const ofLocale = byLocale.get(article.locale) ?? new Map<string, Article>();
    if (!ofLocale.has(article.id)) ofLocale.set(article.id, article);
    byLocale.set(article.locale, ofLocale);
  }
  return new Map([...byLocale].map(([locale, ofLocale]) => [locale, [...ofLocale.values()]]));
}
