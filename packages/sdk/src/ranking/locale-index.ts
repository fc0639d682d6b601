import MiniSearch from 'minisearch';
import type { Article } from '../schemas/article';
import type { Locale } from '../schemas/locale';
import { createLearnedSignal, type LearnedSignal, type LearnedTerms } from './learned-signal';
import { termOf, wordsOf } from './terms';
import { addToVocabulary, createVocabulary, type Vocabulary } from './vocabulary';
import { RANKING_WEIGHTS } from './weights';

/** The searchable fields of an article, each as its terms joined by spaces. */
type SearchDocument = { id: string; title: string; questions: string; tags: string; text: string };

const FIELDS = ['title', 'questions', 'tags', 'text'] as const;
const splitTerms = (terms: string): string[] => terms.split(' ');
const keepTerm = (term: string): string | null => term || null;

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
  /** BM25 over the terms of title, questions, tags and text. */
  search: MiniSearch<SearchDocument>;
  /** The words and terms of the articles and of what was learned. */
  vocabulary: Vocabulary;
  /** What customers taught the ranking about these articles. */
  learned: LearnedSignal;
};

/**
 * Indexes the articles of one locale. Each field is turned into terms once, here: MiniSearch gets
 * them joined by spaces and splits them again, so stemming does not run twice per word and the
 * vocabulary and document frequencies come from the very same terms.
 *
 * @param locale - The language of the articles.
 * @param articles - Articles of that language with unique ids.
 * @param learned - Learned terms by article id.
 * @returns The index of the locale.
 * @example
 * const nl = createLocaleIndex('nl', dutchArticles, {});
 */
export function createLocaleIndex(locale: Locale, articles: readonly Article[], learned: LearnedTerms): LocaleIndex {
  const vocabulary = createVocabulary();
  const articleTerms = new Map<string, Set<string>>();
  const documentFrequency = new Map<string, number>();
  const topics = new Map<string, string[]>();

  // Each distinct word is looked up and added to the vocabulary once; `null` marks a stop word.
  const termByWord = new Map<string, string | null>();
  const termsOfField = (text: string, held: Set<string>): string => {
    const terms: string[] = [];
    for (const word of wordsOf(text)) {
      let term = termByWord.get(word);
      if (term === undefined) {
        term = termOf(word, locale) ?? null;
        termByWord.set(word, term);
        if (term !== null) addToVocabulary(vocabulary, word, term);
      }
      if (term === null) continue;
      terms.push(term);
      held.add(term);
    }
    return terms.join(' ');
  };

  const documents = articles.map((article): SearchDocument => {
    const held = new Set<string>();
    const document = {
      id: article.id,
      title: termsOfField(article.title, held),
      questions: termsOfField(article.questions.join('\n'), held),
      tags: termsOfField(article.tags.join('\n'), held),
      text: termsOfField(article.text, held),
    };
    articleTerms.set(article.id, held);
    for (const term of held) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    for (const topic of new Set(article.topics)) {
      const ids = topics.get(topic);
      if (ids) ids.push(article.id);
      else topics.set(topic, [article.id]);
    }
    return document;
  });

  const search = new MiniSearch<SearchDocument>({
    fields: [...FIELDS],
    tokenize: splitTerms,
    processTerm: keepTerm,
    searchOptions: { boost: { ...RANKING_WEIGHTS.fields }, tokenize: splitTerms, processTerm: keepTerm },
  });
  search.addAll(documents);

  // Learned terms are words too, so misspelt and half-typed queries reach them.
  const signal = createLearnedSignal(learned, articleTerms, documentFrequency);
  for (const term of [...signal.boosts.keys(), ...signal.penalties.keys()]) addToVocabulary(vocabulary, term, term);

  return { articles: new Map(articles.map((article) => [article.id, article])), topics, search, vocabulary, learned: signal };
}
