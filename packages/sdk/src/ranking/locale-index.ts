import type { AppliesTo, Article } from '../schemas/article';
import type { Locale } from '../schemas/locale';
import { createBm25Builder, type Bm25Index } from './bm25-index';
import { createLearnedSignal, type LearnedSignal, type LearnedTerms } from './learned-signal';
import { createWordScanner, scanWords } from './scan-words';
import { termOf } from './terms';
import { addToVocabulary, createVocabulary, type Vocabulary } from './vocabulary';
import { createWordTable } from './word-table';

/**
 * The articles of one locale, indexed: BM25 over their fields, their words, what was learned.
 *
 * @example
 * const wifi = localeIndex.articles.get('wifi-drops');
 */
export type LocaleIndex = {
  /** The articles by id. */
  articles: ReadonlyMap<string, Article>;
  /** The ids of the articles of each topic. */
  topics: ReadonlyMap<string, readonly string[]>;
  /** The `appliesTo` of each article that has one, equal rules as one object, so a ranking judges each once. */
  rules: ReadonlyMap<string, AppliesTo>;
  /** Article ids by document number in {@link bm25}… */
  ids: readonly string[];
  /** …and document numbers by article id. */
  documentOf: ReadonlyMap<string, number>;
  /** BM25 over the terms of title, questions, tags and text. */
  bm25: Bm25Index;
  /** The words and terms of the articles and of what was learned. */
  vocabulary: Vocabulary;
  /** What customers taught the ranking about these articles. */
  learned: LearnedSignal;
};

/**
 * Indexes the articles of one locale. Each field is turned into terms once, here, and counted:
 * stemming does not run twice per word, and the vocabulary, the document frequencies and BM25
 * come from the very same terms.
 *
 * @param locale - The language of the articles.
 * @param articles - Articles of that language with unique ids.
 * @param learned - Learned terms by article id.
 * @returns The index of the locale.
 * @example
 * const nl = createLocaleIndex('nl', dutchArticles, {});
 */
export function createLocaleIndex(locale: Locale, articles: readonly Article[], learned: LearnedTerms): LocaleIndex {
  const termsByWord = new Map<string, string[]>();
  const bm25 = createBm25Builder();

  // Each distinct word is stemmed and added to the vocabulary once, when first met; -1 marks a stop word.
  const scanner = createWordScanner(createWordTable());
  const { words } = scanner.table;
  // Per word number, its term id, or -2 until the word is met; typed, as words are not met in the
  // order of their numbers, and holes in an array would slow every lookup.
  let termIdOfWord = new Int32Array(1 << 14).fill(-2);
  const addField = (text: string): void => {
    const count = scanWords(scanner, text);
    const { numbers } = scanner;
    if (words.length > termIdOfWord.length) {
      const grown = new Int32Array(words.length * 2).fill(-2);
      grown.set(termIdOfWord);
      termIdOfWord = grown;
    }
    for (let i = 0; i < count; i += 1) {
      const number = numbers[i]!;
      let id = termIdOfWord[number]!;
      if (id === -2) {
        const word = words[number]!;
        const term = termOf(word, locale);
        id = term === undefined ? -1 : bm25.idOf(term);
        termIdOfWord[number] = id;
        if (term !== undefined) addToVocabulary(termsByWord, word, term);
      }
      if (id >= 0) bm25.addTerm(id);
    }
    bm25.endField();
  };

  for (const article of articles) {
    // In the order of FIELDS.
    addField(article.title);
    addField(article.questions.join('\n'));
    addField(article.tags.join('\n'));
    addField(article.text);
  }

  const facts = articleFacts(articles);
  const index = bm25.build();
  // Learned terms are words too, so misspelt and half-typed queries reach them.
  const signal = createLearnedSignal(learned, index, facts.documentOf);
  for (const term of [...signal.boosts.keys(), ...signal.penalties.keys()]) addToVocabulary(termsByWord, term, term);

  return { ...facts, bm25: index, vocabulary: createVocabulary(termsByWord), learned: signal };
}

/** The parts of a {@link LocaleIndex} that follow from the articles alone, without their words. */
export type ArticleFacts = Pick<LocaleIndex, 'articles' | 'topics' | 'rules' | 'ids' | 'documentOf'>;

/**
 * Sorts one locale's articles by id, topic and `appliesTo` rule, for a {@link LocaleIndex} built
 * here or read from bytes.
 *
 * @param articles - Articles of one language with unique ids, in document order.
 * @returns The articles by id, the ids of each topic, the rules, and the document numbers.
 * @example
 * articleFacts(dutchArticles).topics.get('internet'); // ['wifi-drops', …]
 */
export function articleFacts(articles: readonly Article[]): ArticleFacts {
  const topics = new Map<string, string[]>();
  for (const article of articles) {
    for (const topic of new Set(article.topics)) {
      const ids = topics.get(topic);
      if (ids) ids.push(article.id);
      else topics.set(topic, [article.id]);
    }
  }

  const rules = new Map<string, AppliesTo>();
  const rulesByText = new Map<string, AppliesTo>();
  for (const { id, appliesTo } of articles) {
    if (appliesTo === undefined) continue;
    const text = JSON.stringify(appliesTo);
    if (!rulesByText.has(text)) rulesByText.set(text, appliesTo);
    rules.set(id, rulesByText.get(text)!);
  }

  const ids = articles.map((article) => article.id);
  const documentOf = new Map(ids.map((id, document) => [id, document]));
  return { articles: new Map(articles.map((article) => [article.id, article])), topics, rules, ids, documentOf };
}
