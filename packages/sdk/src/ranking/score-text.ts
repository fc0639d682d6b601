import { scoreBm25 } from './bm25-index';
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

/**
 * Scores the articles of one locale against an expanded query: BM25+ on exact terms (fuzzy
 * matches and completions are already terms with a lower weight), plus learned boosts, times the
 * number of query words that matched in either (coordination, counted per word so one word's many
 * completions count once). Learned "did not help" only scales.
 *
 * @param index - The index of the query's locale.
 * @param query - The weighted terms of the query.
 * @returns Per article id with any match or penalty, its score and penalty.
 * @example
 * scoreText(index.locales.nl, expandQuery(index.locales.nl.vocabulary, { locale: 'nl', text: 'wifi' }));
 */
export function scoreText(index: LocaleIndex, query: ExpandedQuery): Map<string, TextScore> {
  if (query.weights.size === 0) return new Map();
  const { bm25, ids, documentOf } = index;
  const documents = ids.length;
  const wordOf = (term: string): number => query.wordOf.get(term) ?? -1;
  const queryWords = new Set([...query.wordOf.values()].filter((word) => word >= 0)).size;

  // Per document: score, penalty and the query words it matched (a mark per word; -1 in the last slot).
  const slots = Math.max(-1, ...query.wordOf.values()) + 2;
  const score = new Float64Array(documents);
  const penalty = new Float64Array(documents).fill(1);
  const wordMarks = new Uint8Array(documents * slots);
  const words = new Uint16Array(documents);
  const coveredWords = new Uint16Array(documents);
  const touched: number[] = [];
  const isTouched = new Uint8Array(documents);
  const touch = (document: number): void => {
    if (isTouched[document] === 0) {
      isTouched[document] = 1;
      touched.push(document);
    }
  };
  const addWord = (document: number, word: number): void => {
    touch(document);
    const slot = document * slots + (word < 0 ? slots - 1 : word);
    if (wordMarks[slot] === 1) return;
    wordMarks[slot] = 1;
    words[document] = words[document]! + 1;
    if (word >= 0) coveredWords[document] = coveredWords[document]! + 1;
  };

  const bm25Scores = scoreBm25(bm25, query.weights, (document, term) => addWord(document, wordOf(term)));
  for (const document of touched) {
    // The ranking once divided MiniSearch's score by the number of matched terms MiniSearch had
    // multiplied it by; both are kept, as the round trip can change the last bit and with it a tie.
    const matched = bm25Scores.matched[document]!;
    score[document] = score[document]! + (bm25Scores.score[document]! * matched) / Math.max(1, matched);
  }

  for (const [term, weight] of query.weights) {
    for (const [articleId, boost] of index.learned.boosts.get(term) ?? []) {
      const document = documentOf.get(articleId)!;
      score[document] = score[document]! + weight * boost;
      addWord(document, wordOf(term));
    }
    for (const [articleId, strength] of index.learned.penalties.get(term) ?? []) {
      const document = documentOf.get(articleId)!;
      touch(document);
      penalty[document] = penalty[document]! * (1 - RANKING_WEIGHTS.learnedPenalty * strength * weight);
    }
  }

  const textScores = new Map<string, TextScore>();
  for (const document of touched) {
    textScores.set(ids[document]!, {
      score: score[document]! * words[document]!,
      penalty: Math.max(RANKING_WEIGHTS.minPenaltyFactor, penalty[document]!),
      coverage: queryWords === 0 ? 0 : Math.min(1, coveredWords[document]! / queryWords),
    });
  }
  return textScores;
}
