import SearchableMap from 'minisearch/SearchableMap';

/**
 * Every word and term of one locale's articles and learned terms, each leading to the terms it
 * stands for. A radix tree, so a misspelt word finds its neighbours and a half-typed word its
 * completions; matching words rather than stems matters, because a typo in a suffix defeats the
 * stemmer (`verbindingn` stays `verbindingn`, three edits from `verbind`, one from `verbinding`).
 *
 * @example
 * vocabulary.fuzzyGet('verbindingn', 2); // Map { 'verbinding' => [['verbind'], 1], … }
 */
export type Vocabulary = SearchableMap<readonly string[]>;

/**
 * Creates an empty {@link Vocabulary}.
 *
 * @example
 * const vocabulary = createVocabulary();
 */
export function createVocabulary(): Vocabulary {
  return new SearchableMap<readonly string[]>();
}

/**
 * Records that `word` stands for `term`, and that the term stands for itself.
 *
 * @param vocabulary - The vocabulary to add to.
 * @param word - A word as {@link wordsOf} gives it, e.g. `verbindingen`.
 * @param term - Its term, e.g. `verbind`.
 * @example
 * addToVocabulary(vocabulary, 'verbindingen', 'verbind');
 */
export function addToVocabulary(vocabulary: Vocabulary, word: string, term: string): void {
  const add = (terms: readonly string[] | undefined): readonly string[] =>
    terms === undefined ? [term] : terms.includes(term) ? terms : [...terms, term];
  vocabulary.update(word, add);
  if (word !== term) vocabulary.update(term, add);
}
