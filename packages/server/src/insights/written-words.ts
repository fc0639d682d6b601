import { chunksOf, termsOf } from '@loket/sdk';
import type { Locale } from '@loket/sdk';
import { compareText } from './compare-text';

/**
 * Which word a customer wrote for each term of a text (lower case): the ranking's terms are stems
 * (`verbind`), the report shows words (`verbinding`). A term that only the whole text yields (a
 * number glued to its unit) has no entry.
 *
 * @example
 * writtenWords('De verbinding valt weg', 'nl'); // [['verbind', 'verbinding'], ['valt', 'valt'], ['weg', 'weg']]
 */
export function writtenWords(text: string, locale: Locale): Array<[term: string, word: string]> {
  const pairs: Array<[string, string]> = [];
  for (const word of chunksOf(text)) {
    for (const term of termsOf(word, locale)) pairs.push([term, word.toLowerCase()]);
  }
  return pairs;
}

/**
 * For each term, the word customers wrote for it most often (alphabetically first on a tie).
 *
 * @param pairs - Term and word pairs from {@link writtenWords}, of every text in a group.
 */
export function mostWrittenWords(pairs: ReadonlyArray<readonly [string, string]>): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const [term, word] of pairs) {
    const words = counts.get(term) ?? new Map<string, number>();
    words.set(word, (words.get(word) ?? 0) + 1);
    counts.set(term, words);
  }
  return new Map([...counts].map(([term, words]) => [term, [...words].sort(([a, countA], [b, countB]) => countB - countA || compareText(a, b))[0]![0]]));
}
