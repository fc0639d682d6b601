/**
 * Every weight of the ranking in one place, so a change is one reviewed line.
 *
 * Text scores are MiniSearch's BM25+ (k 1.2, b 0.7, d 0.5), summed over the query's terms and
 * multiplied by the number of query words that matched; the rest scales them.
 *
 * @example
 * const score = textScore * (fit === 'match' ? RANKING_WEIGHTS.environmentMatch : 1);
 */
export const RANKING_WEIGHTS = {
  /** Field boosts: a word in the title counts three times a word in the body text. */
  fields: { title: 3, questions: 2.5, tags: 2, text: 1 },
  /** Fraction of a word's length that may be misspelt: 1 edit from 5 letters, 2 from 8. */
  fuzziness: 0.2,
  /** Shortest word (in characters) that is matched fuzzily. */
  minFuzzyLength: 5,
  /** Weight of a fuzzy match at distance 0; falls with the distance (MiniSearch's default). */
  fuzzy: 0.45,
  /** Shortest last word that is completed as a prefix while the customer types. */
  minPrefixLength: 3,
  /** Weight of a completion at distance 0; falls slowly with the letters added (MiniSearch's default). */
  prefix: 0.375,
  /** Most alternatives (fuzzy matches and completions) one query word expands into. */
  maxExpansions: 24,
  /**
   * A learned term at full strength, held by one article, counts as much as that term once in an
   * average-length questions field: 2.5 (boost) × 1.5 (BM25+ for one occurrence) × idf.
   */
  learned: 3.75,
  /** Evidence `w` counts as `w / (w + 2)`: 1 → 0.33, 5 → 0.71, 50 → 0.96, never more than 1. */
  learnedSaturation: 2,
  /** "Did not help" at full strength cuts the score in half for a query with that term… */
  learnedPenalty: 0.5,
  /** …and all such terms together never below a quarter: evidence pushes down, never hides. */
  minPenaltyFactor: 0.25,
  /** An article of the query's topic scores half again its text score… */
  topic: 1.5,
  /** …and without any text match still scores a quarter of the best text score. */
  topicFloor: 0.25,
  /**
   * An article whose `appliesTo` names the environment scores half again as much: it wins a close
   * call, but an article with a text score more than 1.5 times as high still ranks above it.
   */
  environmentMatch: 1.5,
  /** Articles returned when the query does not say. */
  limit: 3,
} as const;
