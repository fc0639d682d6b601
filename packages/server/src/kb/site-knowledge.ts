import { createArticleIndex, LOCALES } from '@loket/sdk';
import type { Article, ArticleIndex, LearnedTerms, Locale } from '@loket/sdk';
import { contentTag } from '../cases/sha256';

/** A site's knowledge base, ready to serve and to rank. */
export type SiteKnowledge = {
  /** The articles of each language, as served to the widget. */
  articles: Record<Locale, Article[]>;
  /** What the ranking learned from outcomes, per language: derived term weights, never text. */
  learned: Record<Locale, LearnedTerms>;
  /** A fingerprint of each language's articles and learning: the ETag of `GET /articles`. */
  versions: Record<Locale, string>;
  /** The ranking index of each language, with what was learned in that language. */
  index: ArticleIndex;
};

/** One language's part of an {@link ArticleIndex}. */
type LocaleIndexOf = NonNullable<ArticleIndex['locales'][Locale]>;

const NOTHING_LEARNED = Object.fromEntries(LOCALES.map((locale) => [locale, {}])) as Record<Locale, LearnedTerms>;

/** Prepares a site's articles, and what was learned about them, for serving and ranking. */
export function buildSiteKnowledge(articles: Article[], learned: Record<Locale, LearnedTerms> = NOTHING_LEARNED): SiteKnowledge {
  const byLocale = Object.fromEntries(LOCALES.map((locale) => [locale, articles.filter((article) => article.locale === locale)])) as Record<Locale, Article[]>;
  const versions = Object.fromEntries(LOCALES.map((locale) => [locale, contentTag(JSON.stringify([byLocale[locale], learned[locale]]))])) as Record<Locale, string>;
  // Each language indexed with what was learned in it alone, exactly as the widget indexes what
  // GET /articles sends: the index GET /articles/index serves, and the one /suggest ranks with.
  const locales: Partial<Record<Locale, LocaleIndexOf>> = {};
  for (const locale of LOCALES) {
    const ofLocale = createArticleIndex(byLocale[locale], { learned: learned[locale] }).locales[locale];
    if (ofLocale) locales[locale] = ofLocale;
  }
  return { articles: byLocale, learned, versions, index: { locales } };
}
