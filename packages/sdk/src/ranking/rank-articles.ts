import type { AppliesTo, Article } from '../schemas/article';
import type { Environment } from '../schemas/environment';
import type { Locale } from '../schemas/locale';
import type { ArticleIndex } from './article-index';
import { environmentFit, type EnvironmentFit } from './environment-fit';
import { expandQuery } from './expand-query';
import { scoreText, type TextScore } from './score-text';
import { RANKING_WEIGHTS } from './weights';

/** What to rank articles for. */
export type RankQuery = {
  /**
   * Language of the articles to return; articles of other languages never are.
   *
   * @example
   * { locale: 'nl' }
   */
  locale: Locale;
  /**
   * What the customer typed. Misspelt words of 5 letters or more still match, and the last word
   * is completed unless the text ends in a space or punctuation, as the customer may still type.
   *
   * @default ''
   * @example
   * { text: 'wifi valt steeds we' }
   */
  text?: string;
  /**
   * The customer's answers in words, e.g. the labels of the chosen options; searched like `text`.
   *
   * @default ''
   * @example
   * { answerText: 'Glasvezel. Op zolder.' }
   */
  answerText?: string;
  /**
   * The flow topic the customer chose. Its articles rank higher, and they are returned even
   * without a text match.
   *
   * @example
   * { topic: 'internet' }
   */
  topic?: string;
  /**
   * The customer's environment. Articles whose `appliesTo` rules it out are never returned;
   * those that name it rank higher. Without it, `appliesTo` is ignored.
   *
   * @example
   * { environment: { os: { name: 'Windows', version: '11' } } }
   */
  environment?: Environment;
  /**
   * Most articles to return.
   *
   * @default 3
   * @example
   * { limit: 5 }
   */
  limit?: number;
  /**
   * Share of the query's words (0 to 1) an article must match to be returned when the query has
   * words; below it, not even the topic keeps it. Use it to tell the customer plainly that no
   * article fits instead of offering one that shares a single word. `bench/ranking.mjs` measures
   * the trade-off on the demo knowledge base.
   *
   * @default 0
   * @example
   * { minCoverage: 0.5 }
   */
  minCoverage?: number;
};

/**
 * The share of a customer's words an article must explain to be offered as a suggestion. Chosen
 * with `bench/ranking.mjs` on the demo knowledge base: it keeps top-3 accuracy at 95% and tells a
 * good part of the questions without an article that none fits, instead of offering one that
 * shares a single word with them.
 */
export const SUGGESTION_MIN_COVERAGE = 0.4;

/**
 * An article in a ranking.
 *
 * @example
 * const ranked: RankedArticle = { id: 'wifi-drops', title: 'Wifi valt steeds weg', score: 26.7, environment: 'neutral', coverage: 0.67 };
 */
export type RankedArticle = {
  /** The article's id. */
  id: string;
  /** The article's title, to show in a list. */
  title: string;
  /** Higher is better; comparable only within one ranking. */
  score: number;
  /** Whether the article's `appliesTo` names the environment (`match`) or does not say (`neutral`). */
  environment: 'match' | 'neutral';
  /** Share of the query's words the article matched, from 0 (only its topic) to 1. */
  coverage: number;
};

/**
 * Ranks the articles of a locale for what a customer typed, answered and chose, in their
 * environment. The one ranking of Loket: the widget runs it in the browser, the server on its side.
 *
 * An article is returned when it matches a word of the query (in its fields or in what customers
 * taught it) or belongs to the topic, and never when its `appliesTo` contradicts the environment.
 * The score is the text score (BM25+ with learned boosts) × 1.5 for the topic, plus a quarter of
 * the best text score for an article of the topic, × 1.5 when `appliesTo` names the environment,
 * × the "did not help" penalty. Without words, the topic's articles come back, those naming the
 * environment first. Without words or topic, nothing does. Ties go by id.
 *
 * @param index - Articles indexed with `createArticleIndex`.
 * @param query - Locale, text, answers, topic, environment and limit; see {@link RankQuery}.
 * @returns At most `limit` articles, best first.
 * @example
 * rankArticles(index, {
 *   locale: 'en',
 *   text: 'installer fails',
 *   environment: { os: { name: 'Windows', version: '7' } },
 * });
 * // [{ id: 'installer-windows-7', title: 'Installer fails on Windows 7', score: 9.0, environment: 'match' }, …]
 */
export function rankArticles(index: ArticleIndex, query: RankQuery): RankedArticle[] {
  const localeIndex = index.locales[query.locale];
  const limit = query.limit ?? RANKING_WEIGHTS.limit;
  if (localeIndex === undefined || !(limit > 0)) return [];

  const textScores = scoreText(localeIndex, expandQuery(localeIndex.vocabulary, query));
  const minCoverage = query.minCoverage ?? 0;
  const hasWords = `${query.text ?? ''} ${query.answerText ?? ''}`.trim() !== '';
  const topicIds = new Set(query.topic === undefined ? [] : (localeIndex.topics.get(query.topic) ?? []));
  // Each distinct appliesTo is judged once per ranking: many articles share one.
  const fits = new Map<AppliesTo, EnvironmentFit>();
  const fitOf = (id: string): EnvironmentFit => {
    const rule = localeIndex.rules.get(id);
    let fit = rule && fits.get(rule);
    if (fit === undefined) {
      fit = environmentFit(rule, query.environment ?? {});
      if (rule) fits.set(rule, fit);
    }
    return fit;
  };
  const candidates: { article: Article; text: TextScore; fit: 'match' | 'neutral' }[] = [];
  for (const id of new Set([...textScores.keys(), ...topicIds])) {
    const article = localeIndex.articles.get(id);
    const text = textScores.get(id) ?? { score: 0, penalty: 1, coverage: 0 };
    if (article === undefined || (text.score <= 0 && !topicIds.has(id))) continue;
    // With words to go on, an article must explain enough of them to count as a match at all.
    if (hasWords && text.coverage < minCoverage) continue;
    const fit = fitOf(id);
    if (fit !== 'contradicts') candidates.push({ article, text, fit });
  }

  const bestText = Math.max(0, ...candidates.map(({ text }) => text.score));
  const topicFloor = bestText > 0 ? RANKING_WEIGHTS.topicFloor * bestText : 1;
  const ranked = candidates.map(({ article, text, fit }): RankedArticle => {
    const base = topicIds.has(article.id) ? text.score * RANKING_WEIGHTS.topic + topicFloor : text.score;
    const score = base * (fit === 'match' ? RANKING_WEIGHTS.environmentMatch : 1) * text.penalty;
    return { id: article.id, title: article.title, score, environment: fit, coverage: text.coverage };
  });
  return firstInOrder(ranked, Math.floor(limit), (a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The first `count` items in the order of `compare`, without sorting all of them when few are wanted. */
function firstInOrder<T>(items: readonly T[], count: number, compare: (a: T, b: T) => number): T[] {
  if (count <= 0) return [];
  if (count >= items.length) return [...items].sort(compare);
  const first: T[] = [];
  for (const item of items) {
    if (first.length === count) {
      if (compare(item, first[count - 1]!) >= 0) continue;
      first.pop();
    }
    let at = first.length;
    while (at > 0 && compare(item, first[at - 1]!) < 0) at -= 1;
    first.splice(at, 0, item);
  }
  return first;
}
