import { createArticleIndex, rankArticles, SUGGESTION_MIN_COVERAGE } from '@loket/sdk';
import type { Article, ArticleIndex, Environment, LearnedTerms, Locale, RankedArticle, SelfHelpResource } from '@loket/sdk';

/** What the widget ranks articles for: the report so far. */
export type ArticleQuery = { text: string; answerText: string; topic?: string; environment: Environment; limit?: number };

/**
 * The site's articles of one language in the browser, with what the ranking learned from other
 * customers' outcomes: fetched once (the browser revalidates its cache with the ETag), indexed
 * once, ranked on every keystroke without a request.
 */
export class Knowledge {
  #articles = new Map<string, Article>();
  #index: ArticleIndex;

  private constructor(articles: Article[], learned: LearnedTerms, readonly locale: Locale) {
    for (const article of articles) this.#articles.set(article.id, article);
    this.#index = createArticleIndex(articles, { learned });
  }

  /** Loads and indexes the articles of a language. */
  static async load(selfHelp: SelfHelpResource, locale: Locale): Promise<Knowledge> {
    const knowledgeBase = await selfHelp.articles(locale);
    return new Knowledge(knowledgeBase.articles, knowledgeBase.learned, locale);
  }

  /** The articles that fit the report, best first; those the environment rules out never appear. */
  rank(query: ArticleQuery): RankedArticle[] {
    return rankArticles(this.#index, { locale: this.locale, limit: 3, minCoverage: SUGGESTION_MIN_COVERAGE, ...query });
  }

  /** One article by id. */
  article(id: string): Article | undefined {
    return this.#articles.get(id);
  }
}
