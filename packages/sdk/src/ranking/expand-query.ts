import type { Locale } from '../schemas/locale';
import { termOf, wordsOf } from './terms';
import { forEachNearWord } from './near-words';
import { forEachCompletion, type Vocabulary } from './vocabulary';
import { RANKING_WEIGHTS } from './weights';

/**
 * The index terms a query stands for, each with a weight in (0, 1] and the word it came from.
 *
 * @example
 * const query: ExpandedQuery = { weights: new Map([['wifi', 1]]), wordOf: new Map([['wifi', 0]]) };
 */
export type ExpandedQuery = {
  /** Weight of each term: 1 for a word's own term, less for a fuzzy match or a completion. */
  weights: ReadonlyMap<string, number>;
  /** Position of the query word each term came from, to count how many words matched. */
  wordOf: ReadonlyMap<string, number>;
};

/**
 * What {@link expandQuery} reads.
 *
 * @example
 * const options: ExpandQueryOptions = { locale: 'nl', text: 'wifi verbin', answerText: 'Glasvezel' };
 */
export type ExpandQueryOptions = {
  locale: Locale;
  /** What the customer typed; its last word is completed unless it ends in a space or mark. */
  text?: string | undefined;
  /** Answers in words; complete, so never completed. */
  answerText?: string | undefined;
};

type Alternatives = Map<string, number>;

function keepHighest(alternatives: Alternatives, term: string, weight: number): void {
  if (weight > (alternatives.get(term) ?? 0)) alternatives.set(term, weight);
}

/**
 * The longest word that gets fuzzy matches. Dutch compounds run to some 30 letters; a longer
 * "word" is pasted noise (a log line, a key), and matching it costs time in proportion to its
 * length times the vocabulary's, some 0.1 to 1 s for 5,000 characters: a query should not.
 */
export const MAX_FUZZY_LENGTH = 40;

/** Words within the allowed number of edits, weighted as MiniSearch weighs fuzzy matches. */
function addFuzzyMatches(vocabulary: Vocabulary, key: string, alternatives: Alternatives): void {
  if (key.length < RANKING_WEIGHTS.minFuzzyLength || key.length > MAX_FUZZY_LENGTH || /\d/.test(key)) return;
  const maxDistance = Math.round(key.length * RANKING_WEIGHTS.fuzziness);
  forEachNearWord(vocabulary, key, maxDistance, (word, terms, distance) => {
    if (distance === 0) return;
    for (const term of terms) keepHighest(alternatives, term, (RANKING_WEIGHTS.fuzzy * word.length) / (word.length + distance));
  });
}

/** Words that start with what was typed, weighted as MiniSearch weighs prefix matches. */
function addCompletions(vocabulary: Vocabulary, key: string, alternatives: Alternatives): void {
  if (key.length < RANKING_WEIGHTS.minPrefixLength) return;
  forEachCompletion(vocabulary, key, (word, terms) => {
    const added = word.length - key.length;
    if (added === 0) return;
    for (const term of terms) keepHighest(alternatives, term, (RANKING_WEIGHTS.prefix * word.length) / (word.length + 0.3 * added));
  });
}

/** The word's own term at weight 1, plus its strongest fuzzy matches and completions. */
function alternativesOf(vocabulary: Vocabulary, word: string, term: string, typing: boolean): Alternatives {
  const alternatives: Alternatives = new Map();
  for (const key of new Set([word, term])) {
    addFuzzyMatches(vocabulary, key, alternatives);
    if (typing) addCompletions(vocabulary, key, alternatives);
  }
  alternatives.delete(term);
  const strongest = [...alternatives]
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
    .slice(0, RANKING_WEIGHTS.maxExpansions);
  return new Map([[term, 1], ...strongest]);
}

/**
 * Turns the customer's text and answers into weighted index terms: each word's own term, its
 * fuzzy matches in the vocabulary (words of 5 letters or more) and, for the last typed word,
 * its completions. Stop words and repeated words count once.
 *
 * @param vocabulary - The words and terms of one locale's articles.
 * @param options - The locale, the typed text and the answers in words.
 * @returns The terms with their weights and the words they came from; empty for no words.
 * @example
 * expandQuery(vocabulary, { locale: 'nl', text: 'wifi verbin' }).weights;
 * // Map { 'wifi' => 1, 'verbin' => 1, 'verbind' => 0.39, … } (0.39: one edit from 'verbind')
 */
export function expandQuery(vocabulary: Vocabulary, options: ExpandQueryOptions): ExpandedQuery {
  const text = options.text ?? '';
  const typed = wordsOf(text);
  const stillTyping = /[\p{L}\p{N}]$/u.test(text);
  // A word typed twice, or typed and also answered, counts as finished if any copy is.
  const words = new Map<string, boolean>();
  typed.forEach((word, i) => words.set(word, stillTyping && i === typed.length - 1 && (words.get(word) ?? true)));
  for (const word of wordsOf(options.answerText ?? '')) words.set(word, false);

  const weights = new Map<string, number>();
  const wordOf = new Map<string, number>();
  let position = 0;
  for (const [word, typing] of words) {
    const term = termOf(word, options.locale);
    if (term === undefined) continue;
    for (const [alternative, weight] of alternativesOf(vocabulary, word, term, typing)) {
      if (weight <= (weights.get(alternative) ?? 0)) continue;
      weights.set(alternative, weight);
      wordOf.set(alternative, position);
    }
    position += 1;
  }
  return { weights, wordOf };
}
