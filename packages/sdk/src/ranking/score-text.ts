import type { ExpandedQuery } from './expand-query';
import type { LocaleIndex } from './locale-index';
import { RANKING_WEIGHTS } from './weights';

/**
 * How an article fares on the words of a query.
 *
 * @example
 * const fared: TextScore = { score: 12.9, penalty: 0.75, coverage: 0.5 };
 */
export type TextScore = {
  /** BM25+ of its fields plus its learned boosts, times the number of query words that matched; 0 for none. */
  score: number;
  /** Factor in [minPenaltyFactor, 1] from "did not help" evidence for the query's terms. */
  penalty: number;
  /** Share of the query's words that matched, from 0 to 1. */
  coverage: number;
};

type Tally = { score: number; penalty: number; words: Set<number> };

function scoreOf(scores: Map<string, Tally>, articleId: string) {
  let entry = scores.get(articleId);
  if (!entry) {
    entry = { score: 0, penalty: 1, words: new Set() };
    scores.set(articleId, entry);
  }
  return entry;
}

/**
 * Scores the articles of one locale against an expanded query: MiniSearch's BM25+ on exact terms
 * (fuzzy matches and completions are already terms with a lower weight), plus learned boosts,
 * times the number of query words that matched in either (MiniSearch's own coordination, counted
 * per word so one word's many completions count once). Learned "did not help" only scales.
 *
 * @param index - The index of the query's locale.
 * @param query - The weighted terms of the query.
 * @returns Per article id with any match or penalty, its score and penalty.
 * @example
 * scoreText(index.locales.nl, expandQuery(index.locales.nl.vocabulary, { locale: 'nl', text: 'wifi' }));
 */
export function scoreText(index: LocaleIndex, query: ExpandedQuery): Map<string, TextScore> {
  const scores = new Map<string, Tally>();
  if (query.weights.size === 0) return new Map();
  const wordOf = (term: string): number => query.wordOf.get(term) ?? -1;

  const results = index.search.search([...query.weights.keys()].join(' '), {
    boostTerm: (term) => query.weights.get(term) ?? 0,
  });
  for (const result of results) {
    const entry = scoreOf(scores, String(result.id));
    // MiniSearch multiplied by the number of matched terms; undone here, redone per word below.
    entry.score += result.score / Math.max(1, result.queryTerms.length);
    for (const term of result.queryTerms) entry.words.add(wordOf(term));
  }

  for (const [term, weight] of query.weights) {
    for (const [articleId, boost] of index.learned.boosts.get(term) ?? []) {
      const entry = scoreOf(scores, articleId);
      entry.score += weight * boost;
      entry.words.add(wordOf(term));
    }
    for (const [articleId, strength] of index.learned.penalties.get(term) ?? []) {
      scoreOf(scores, articleId).penalty *= 1 - RANKING_WEIGHTS.learnedPenalty * strength * weight;
    }
  }

  const queryWords = new Set([...query.wordOf.values()].filter((word) => word >= 0)).size;
  const textScores = new Map<string, TextScore>();
  for (const [articleId, { score, penalty, words }] of scores) {
    textScores.set(articleId, {
      score: score * words.size,
      penalty: Math.max(RANKING_WEIGHTS.minPenaltyFactor, penalty),
      coverage: queryWords === 0 ? 0 : Math.min(1, [...words].filter((word) => word >= 0).length / queryWords),
    });
  }
  return textScores;
}
