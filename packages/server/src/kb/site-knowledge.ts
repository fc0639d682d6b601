import { createHash } from 'node:crypto';
import { createArticleIndex, LOCALES } from '@loket/sdk';
import type { Article, ArticleIndex, Locale } from '@loket/sdk';

/** A site's knowledge base, ready to serve and to rank: built once when the server starts. */
export type SiteKnowledge = {
  /** The articles of each language, as served to the widget. */
  articles: Record<Locale, Article[]>;
  /** A fingerprint of each language's articles: the ETag of `GET /articles`. */
  versions: Record<Locale, string>;
  /** The ranking index over all languages. */
  index: ArticleIndex;
};

/** Prepares a site's articles for serving and ranking. */
export function buildSiteKnowledge(articles: Article[]): SiteKnowledge {
  const byLocale = Object.fromEntries(LOCALES.map((locale) => [locale, articles.filter((article) => article.locale === locale)])) as Record<Locale, Article[]>;
  const versions = Object.fromEntries(
    LOCALES.map((locale) => [locale, createHash('sha256').update(JSON.stringify(byLocale[locale])).digest('base64url').slice(0, 16)]),
  ) as Record<Locale, string>;
  return { articles: byLocale, versions, index: createArticleIndex(articles) };
}
