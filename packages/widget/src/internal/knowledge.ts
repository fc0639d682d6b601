import { createArticleIndex, rankArticles, readArticleIndex, SUGGESTION_MIN_COVERAGE } from '@loket/sdk';
import type { Article, ArticleIndex, Environment, KnowledgeBase, Locale, RankedArticle, SelfHelpResource } from '@loket/sdk';

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

  private constructor(knowledgeBase: KnowledgeBase, indexBytes: ArrayBuffer | undefined, readonly locale: Locale) {
    const { articles, learned, version } = knowledgeBase;
    for (const article of articles) this.#articles.set(article.id, article);
    this.#index = (indexBytes && readIndex(indexBytes, articles, version)) || createArticleIndex(articles, { learned });
  }

  /**
   * Loads the articles of a language and their search index, side by side. Reading the index the
   * server made takes a fraction of building it, which in a fresh page takes a few hundred ms for
   * a thousand articles; without it (an older server, another version) the index is built here.
   */
  static async load(selfHelp: SelfHelpResource, locale: Locale): Promise<Knowledge> {
    const [knowledgeBase, indexBytes] = await Promise.all([selfHelp.articles(locale), selfHelp.articleIndex(locale).catch(() => undefined)]);
    return new Knowledge(knowledgeBase, indexBytes, locale);
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

/** The server's index of these very articles, or `undefined` when it is of another version or unreadable. */
function readIndex(bytes: ArrayBuffer, articles: readonly Article[], version: string): ArticleIndex | undefined {
  try {
    return readArticleIndex(bytes, articles, { version });
  } catch {
    return undefined;
  }
}
