import type { Article } from '../schemas/article';
import type { Locale } from '../schemas/locale';
import { articlesByLocale, type ArticleIndex } from './article-index';
import type { Bm25Index } from './bm25-index';
import { FIELDS } from './bm25-index';
import type { LearnedSignal } from './learned-signal';
import { articleFacts, createLocaleIndex, type LocaleIndex } from './locale-index';

// The bytes of one locale's index (docs/api.md, GET /v1/sites/:site/articles/index):
//   "LKIX", the format version (uint32), the header's length (uint32), the header as UTF-8 JSON,
//   then the header's sections one after the other, each as unsigned integers of the width the
//   header gives (1, 2 or 4 bytes, little-endian), each starting at a multiple of 4 bytes.
// The articles are not in it: they are fetched anyway, and the reader checks that the index was
// made for the very articles it is given.

const MAGIC = 0x58494b4c; // "LKIX" read as a little-endian uint32
const FORMAT = 1;
const PREAMBLE = 12;
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** A run of unsigned integers in the bytes: its name, the width of each, how many. */
type Section = [name: SectionName, width: 1 | 2 | 4, length: number];
type SectionName = 'starts' | 'documents' | 'counts' | 'fieldLengths' | 'shared' | 'termsFrom' | 'termsOfWords';

type Postings = readonly (readonly [articleId: string, value: number])[];

/** What the bytes say in JSON; the numbers in bulk are in the sections. */
type Header = {
  locale: Locale;
  /** The knowledge base's version the index was made for, when the maker gave one. */
  version?: string;
  documentCount: number;
  averageFieldLengths: number[];
  /** The article id of each document. */
  ids: string[];
  /** The terms, by term id. */
  terms: string[];
  /** The vocabulary's words, sorted; their terms are in the sections `termsFrom` and `termsOfWords`. */
  words: string[];
  learned: { boosts: [string, Postings][]; penalties: [string, Postings][] };
  sections: Section[];
};

/**
 * Options of {@link serializeArticleIndex} and {@link readArticleIndex}.
 *
 * @example
 * const options: ArticleIndexBytesOptions = { version: knowledgeBase.version };
 */
export type ArticleIndexBytesOptions = {
  /**
   * The version of the knowledge base the index is made from (its `version`, also the articles'
   * ETag). Written into the bytes by {@link serializeArticleIndex}; {@link readArticleIndex} refuses
   * bytes of another version, so an index never ranks articles it was not made for.
   *
   * @example
   * { version: 'q3Jx0bV1uWkq2c7E' }
   */
  version?: string;
};

/**
 * Writes one locale of an index as bytes, for a browser to read with {@link readArticleIndex}
 * instead of building the index itself: reading takes a fraction of the time of building, which
 * in a page that has run no code yet is a few hundred milliseconds for a thousand articles.
 *
 * @param index - An index from {@link createArticleIndex}.
 * @param locale - The locale to write; without articles in it, an index that ranks nothing.
 * @param options - The knowledge base's version, see {@link ArticleIndexBytesOptions}.
 * @returns The bytes, to send as they are (they compress well).
 * @example
 * const bytes = serializeArticleIndex(createArticleIndex(articles, { learned }), 'nl', { version: knowledgeBase.version });
 */
export function serializeArticleIndex(index: ArticleIndex, locale: Locale, options: ArticleIndexBytesOptions = {}): Uint8Array<ArrayBuffer> {
  // A locale without articles is written as an empty index, which ranks nothing, as it would.
  const ofLocale = index.locales[locale] ?? createLocaleIndex(locale, [], {});
  const { bm25, vocabulary, learned } = ofLocale;
  const terms: string[] = [];
  for (const [term, id] of bm25.termIds) terms[id] = term;
  const termIdOf = new Map(terms.map((term, id) => [term, id]));
  // Learned terms that no article holds have no term id: they follow the articles' terms.
  const termOf = (term: string): number => {
    let id = termIdOf.get(term);
    if (id === undefined) {
      id = terms.length;
      terms.push(term);
      termIdOf.set(term, id);
    }
    return id;
  };
  const termsFrom = new Uint32Array(vocabulary.words.length + 1);
  const termsOfWords: number[] = [];
  vocabulary.terms.forEach((ofWord, word) => {
    for (const term of ofWord) termsOfWords.push(termOf(term));
    termsFrom[word + 1] = termsOfWords.length;
  });

  const columns: [SectionName, ArrayLike<number>][] = [
    ['starts', bm25.starts],
    ['documents', bm25.documents],
    ['counts', bm25.counts],
    ['fieldLengths', concatenate(bm25.fieldLengths)],
    ['shared', vocabulary.shared],
    ['termsFrom', termsFrom],
    ['termsOfWords', termsOfWords],
  ];
  const sections: Section[] = columns.map(([name, values]) => [name, widthFor(values), values.length]);
  const header: Header = {
    locale,
    ...(options.version === undefined ? {} : { version: options.version }),
    documentCount: bm25.documentCount,
    averageFieldLengths: [...bm25.averageFieldLengths],
    ids: [...ofLocale.ids],
    terms,
    words: [...vocabulary.words],
    learned: { boosts: [...learned.boosts], penalties: [...learned.penalties] },
    sections,
  };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  let size = padded(PREAMBLE + headerBytes.length);
  for (const [, width, length] of sections) size += padded(width * length);

  const bytes = new Uint8Array(size);
  const preamble = new DataView(bytes.buffer);
  preamble.setUint32(0, MAGIC, true);
  preamble.setUint32(4, FORMAT, true);
  preamble.setUint32(8, headerBytes.length, true);
  bytes.set(headerBytes, PREAMBLE);
  let at = padded(PREAMBLE + headerBytes.length);
  columns.forEach(([, values], i) => {
    const [, width, length] = sections[i]!;
    // A DataView writes little-endian on any machine; typed arrays read it back fast on the usual ones.
    for (let j = 0; j < length; j += 1) {
      if (width === 1) preamble.setUint8(at + j, values[j]!);
      else if (width === 2) preamble.setUint16(at + j * 2, values[j]!, true);
      else preamble.setUint32(at + j * 4, values[j]!, true);
    }
    at += padded(width * length);
  });
  return bytes;
}

/**
 * Reads an index written by {@link serializeArticleIndex}, for the articles it was made from: it
 * ranks exactly as the index {@link createArticleIndex} builds from the same articles and learned
 * terms. The articles are those of the knowledge base the index was made from, in the order served.
 *
 * @param bytes - What {@link serializeArticleIndex} wrote, e.g. the body of `GET /v1/sites/:site/articles/index`.
 * @param articles - The articles of the index's locale.
 * @param options - The version the index must have been made for, see {@link ArticleIndexBytesOptions}.
 * @returns The index, ready for {@link rankArticles}.
 * @throws {Error} when the bytes are no index of this format, or were made for another version or other articles; build the index with {@link createArticleIndex} then.
 * @example
 * const index = readArticleIndex(await response.arrayBuffer(), knowledgeBase.articles, { version: knowledgeBase.version });
 */
export function readArticleIndex(bytes: ArrayBuffer | Uint8Array<ArrayBuffer>, articles: readonly Article[], options: ArticleIndexBytesOptions = {}): ArticleIndex {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const data = new DataView(view.buffer, view.byteOffset, view.byteLength);
  const unreadable = (why: string) => new Error(`These bytes are no Loket article index that this SDK reads (${why}). Build the index from the articles with createArticleIndex instead.`);
  if (view.byteLength < PREAMBLE || data.getUint32(0, true) !== MAGIC) throw unreadable('they do not start with LKIX');
  if (data.getUint32(4, true) !== FORMAT) throw unreadable(`format ${data.getUint32(4, true)}, this SDK reads ${FORMAT}`);
  const headerLength = data.getUint32(8, true);
  if (PREAMBLE + headerLength > view.byteLength) throw unreadable('they end inside the header');
  const header = JSON.parse(new TextDecoder().decode(view.subarray(PREAMBLE, PREAMBLE + headerLength))) as Header;
  if (options.version !== undefined && header.version !== options.version) {
    throw new Error(`This index was made for version ${header.version ?? '(none)'} of the knowledge base, not ${options.version}. Fetch both again, or build the index from the articles with createArticleIndex.`);
  }

  const ofLocale = articlesByLocale(articles).get(header.locale) ?? [];
  const facts = articleFacts(ofLocale);
  if (facts.ids.length !== header.ids.length || facts.ids.some((id, document) => id !== header.ids[document])) {
    throw new Error(`This index was made for other '${header.locale}' articles than those given (${header.ids.length} against ${facts.ids.length}). Fetch both again, or build the index from the articles with createArticleIndex.`);
  }

  const sections = new Map<SectionName, Uint32Array | Uint16Array | Uint8Array>();
  let at = padded(PREAMBLE + headerLength);
  for (const [name, width, length] of header.sections) {
    if (at + width * length > view.byteLength) throw unreadable(`they end inside ${name}`);
    sections.set(name, columnAt(view, data, at, width, length));
    at += padded(width * length);
  }
  const section = (name: SectionName) => {
    const values = sections.get(name);
    if (!values) throw unreadable(`${name} is missing`);
    return values;
  };

  const { terms, words, documentCount } = header;
  const fieldLengths = Uint32Array.from(section('fieldLengths'));
  const bm25: Bm25Index = {
    documentCount,
    fieldLengths: FIELDS.map((_, field) => fieldLengths.subarray(field * documentCount, (field + 1) * documentCount)),
    averageFieldLengths: header.averageFieldLengths,
    termIds: new Map(terms.map((term, id) => [term, id])),
    starts: Int32Array.from(section('starts')),
    documents: Int32Array.from(section('documents')),
    counts: Int32Array.from(section('counts')),
  };
  const termsFrom = section('termsFrom');
  const termsOfWords = section('termsOfWords');
  const termsOfWord = words.map((_, word) => {
    const ofWord: string[] = [];
    for (let i = termsFrom[word]!; i < termsFrom[word + 1]!; i += 1) ofWord.push(terms[termsOfWords[i]!]!);
    return ofWord;
  });
  const learned: LearnedSignal = { boosts: new Map(header.learned.boosts), penalties: new Map(header.learned.penalties) };
  const index: LocaleIndex = { ...facts, bm25, vocabulary: { words, terms: termsOfWord, shared: Int32Array.from(section('shared')) }, learned };
  return { locales: { [header.locale]: index } };
}

/** The narrowest unsigned width that holds every value. */
function widthFor(values: ArrayLike<number>): 1 | 2 | 4 {
  let most = 0;
  for (let i = 0; i < values.length; i += 1) most = Math.max(most, values[i]!);
  return most < 0x100 ? 1 : most < 0x10000 ? 2 : 4;
}

/** A length rounded up to a multiple of 4, where the next section starts. */
const padded = (length: number): number => (length + 3) & ~3;

function concatenate(arrays: readonly Uint32Array[]): Uint32Array {
  const all = new Uint32Array(arrays.reduce((sum, array) => sum + array.length, 0));
  let at = 0;
  for (const array of arrays) {
    all.set(array, at);
    at += array.length;
  }
  return all;
}

/** A section's values: a view on the bytes where the machine is little-endian, as nearly all are; else read one by one. */
function columnAt(view: Uint8Array, data: DataView, at: number, width: 1 | 2 | 4, length: number): Uint32Array | Uint16Array | Uint8Array {
  const offset = view.byteOffset + at;
  if (width === 1) return view.subarray(at, at + length);
  if (LITTLE_ENDIAN && offset % width === 0) return width === 2 ? new Uint16Array(view.buffer, offset, length) : new Uint32Array(view.buffer, offset, length);
  const values = width === 2 ? new Uint16Array(length) : new Uint32Array(length);
  for (let i = 0; i < length; i += 1) values[i] = width === 2 ? data.getUint16(at + i * 2, true) : data.getUint32(at + i * 4, true);
  return values;
}
