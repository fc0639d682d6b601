/**
 * Every word and term of one locale's articles and learned terms, each leading to the terms it
 * stands for, so a misspelt word finds its neighbours ({@link forEachNearWord}) and a half-typed
 * word its completions ({@link forEachCompletion}). Matching words rather than stems matters,
 * because a typo in a suffix defeats the stemmer (`verbindingn` stays `verbindingn`, three edits
 * from `verbind`, one from `verbinding`).
 *
 * The words are kept sorted, which makes the list a prefix tree without building one: the words
 * that start alike stand together, and each word knows how many characters it shares with the one
 * before it. Build it with {@link createVocabulary}.
 *
 * @example
 * forEachNearWord(vocabulary, 'verbindingn', 2, (word, terms, distance) => {}); // 'verbinding', ['verbind'], 1, …
 */
export type Vocabulary = {
  /** Every word and term, sorted by UTF-16 code unit. */
  readonly words: readonly string[];
  /** The terms each word stands for, by the word's place in {@link words}. */
  readonly terms: readonly (readonly string[])[];
  /** Per word, how many leading characters it shares with the word before it. */
  readonly shared: Int32Array;
};

/**
 * Records that `word` stands for `term`, and that the term stands for itself, in the terms by
 * word that {@link createVocabulary} takes.
 *
 * @param termsByWord - The terms of each word so far.
 * @param word - A word as `wordsOf` gives it, e.g. `verbindingen`.
 * @param term - Its term, e.g. `verbind`.
 * @example
 * addToVocabulary(termsByWord, 'verbindingen', 'verbind');
 */
export function addToVocabulary(termsByWord: Map<string, string[]>, word: string, term: string): void {
  const add = (key: string): void => {
    const terms = termsByWord.get(key);
    if (terms === undefined) termsByWord.set(key, [term]);
    else if (!terms.includes(term)) terms.push(term);
  };
  add(word);
  if (word !== term) add(term);
}

/**
 * Creates a {@link Vocabulary}.
 *
 * @param termsByWord - The terms of each word, as {@link addToVocabulary} records them.
 * @returns The vocabulary, ready to search.
 * @example
 * const termsByWord = new Map<string, string[]>();
 * addToVocabulary(termsByWord, 'verbindingen', 'verbind');
 * const vocabulary = createVocabulary(termsByWord);
 */
export function createVocabulary(termsByWord: ReadonlyMap<string, readonly string[]>): Vocabulary {
  const words = [...termsByWord.keys()].sort();
  const shared = new Int32Array(words.length);
  for (let i = 1; i < words.length; i += 1) {
    const word = words[i]!;
    const before = words[i - 1]!;
    const most = Math.min(word.length, before.length);
    let same = 0;
    while (same < most && word.charCodeAt(same) === before.charCodeAt(same)) same += 1;
    shared[i] = same;
  }
  return { words, terms: words.map((word) => termsByWord.get(word)!), shared };
}

/**
 * Calls `visit` with each word that starts with `prefix`, the prefix itself included.
 *
 * @param vocabulary - The vocabulary to search.
 * @param prefix - The start of a word.
 * @param visit - Called with each word that starts with it and the word's terms.
 * @example
 * forEachCompletion(vocabulary, 'instal', (word, terms) => console.log(word, terms)); // installatie ['installatie'], …
 */
export function forEachCompletion(vocabulary: Vocabulary, prefix: string, visit: (word: string, terms: readonly string[]) => void): void {
  const { words, terms } = vocabulary;
  // The first word not before the prefix: the words that start with it follow from there.
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (words[middle]! < prefix) low = middle + 1;
    else high = middle;
  }
  for (let i = low; i < words.length && words[i]!.startsWith(prefix); i += 1) visit(words[i]!, terms[i]!);
}
