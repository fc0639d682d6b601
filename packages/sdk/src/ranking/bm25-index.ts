import { RANKING_WEIGHTS } from './weights';

/** The searchable fields of an article, in the order their scores are summed. */
export const FIELDS = ['title', 'questions', 'tags', 'text'] as const;

/** BM25+ as MiniSearch 7 computes it, with its default parameters, which the ranking was tuned on. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 } as const;
const FIELD_BOOSTS = FIELDS.map((field) => RANKING_WEIGHTS.fields[field]);

/** The documents (ascending) holding a term in one field, and how often each holds it. */
type FieldPostings = { documents: number[]; counts: number[] };

/**
 * Inverted index over the fields of one locale's articles, scored exactly as MiniSearch scores
 * (see {@link scoreBm25}), in arrays: building it costs an array update per word rather than a
 * radix-tree walk, and a query adds into arrays instead of allocating a result per document and
 * term. Build it with {@link createBm25Builder}.
 *
 * @example
 * const termId = index.termIds.get('wifi');
 */
export type Bm25Index = {
  /** Number of documents; a document is a number from 0, in the order they were added. */
  documentCount: number;
  /** Per field, each document's length: its number of distinct terms, at least 1 (as MiniSearch counts). */
  fieldLengths: readonly Uint32Array[];
  /** Per field, the average length, accumulated document by document as MiniSearch does. */
  averageFieldLengths: readonly number[];
  /** The id of each term. */
  termIds: ReadonlyMap<string, number>;
  /** Per term id, per field (in {@link FIELDS} order), where it occurs. */
  postings: readonly (readonly (FieldPostings | undefined)[])[];
};

/**
 * Collects documents for a {@link Bm25Index}.
 *
 * @example
 * const builder = createBm25Builder();
 * const wifi = builder.idOf('wifi');
 * builder.add([[wifi], [], [], [wifi, wifi]]);
 * const index = builder.build();
 */
export type Bm25Builder = {
  /** The id of a term, given on first sight. */
  idOf(term: string): number;
  /** Adds the next document: per field, in {@link FIELDS} order, the ids of its terms, repeats included. */
  add(fields: readonly (readonly number[])[]): void;
  /** The index of the documents added. */
  build(): Bm25Index;
};

/**
 * Starts a {@link Bm25Index}.
 *
 * @returns A builder to add documents to.
 * @example
 * const builder = createBm25Builder();
 */
export function createBm25Builder(): Bm25Builder {
  const termIds = new Map<string, number>();
  const postings: (FieldPostings | undefined)[][] = [];
  const fieldLengths: number[][] = FIELDS.map(() => []);
  const averageFieldLengths = FIELDS.map(() => 0);
  // Occurrences of each term in the field at hand, and the terms met in it, first met first.
  let counts = new Uint32Array(1024);
  const met: number[] = [];
  let documentCount = 0;

  const idOf = (term: string): number => {
    let id = termIds.get(term);
    if (id === undefined) {
      id = postings.length;
      termIds.set(term, id);
      postings.push(FIELDS.map(() => undefined));
      if (id >= counts.length) {
        const grown = new Uint32Array(counts.length * 2);
        grown.set(counts);
        counts = grown;
      }
    }
    return id;
  };

  const add = (fields: readonly (readonly number[])[]): void => {
    const document = documentCount;
    documentCount += 1;
    for (let field = 0; field < FIELDS.length; field += 1) {
      for (const id of fields[field] ?? []) {
        if (counts[id] === 0) met.push(id);
        counts[id] = counts[id]! + 1;
      }
      // MiniSearch splits a field without terms into one empty token, so it counts as length 1.
      const length = Math.max(1, met.length);
      fieldLengths[field]!.push(length);
      averageFieldLengths[field] = (averageFieldLengths[field]! * document + length) / (document + 1);
      for (const id of met) {
        const ofField = (postings[id]![field] ??= { documents: [], counts: [] });
        ofField.documents.push(document);
        ofField.counts.push(counts[id]!);
        counts[id] = 0;
      }
      met.length = 0;
    }
  };

  const build = (): Bm25Index => ({ documentCount, fieldLengths: fieldLengths.map((lengths) => Uint32Array.from(lengths)), averageFieldLengths, termIds, postings });
  return { idOf, add, build };
}

/**
 * Tells whether a document holds a term in any field.
 *
 * @example
 * holdsTerm(index, 0, 'wifi'); // true
 */
export function holdsTerm(index: Bm25Index, document: number, term: string): boolean {
  const id = index.termIds.get(term);
  return id !== undefined && index.postings[id]!.some((ofField) => ofField?.documents.includes(document));
}

/**
 * Counts the documents that hold a term in any field.
 *
 * @example
 * documentFrequency(index, 'wifi'); // 12
 */
export function documentFrequency(index: Bm25Index, term: string): number {
  const id = index.termIds.get(term);
  if (id === undefined) return 0;
  const counted = new Uint8Array(index.documentCount);
  let count = 0;
  for (const ofField of index.postings[id]!) {
    for (const document of ofField?.documents ?? []) {
      count += 1 - counted[document]!;
      counted[document] = 1;
    }
  }
  return count;
}

/**
 * Per document, how it fares on a query's terms.
 *
 * @example
 * const { score, matched } = scoreBm25(index, new Map([['wifi', 1]]), (document, term) => {});
 */
export type Bm25Scores = {
  /** Per document: BM25+ summed over fields, then over the matched terms in query order. */
  score: Float64Array;
  /** Per document: the number of query terms it matched. */
  matched: Uint16Array;
};

/**
 * Scores every document for weighted query terms, with the very arithmetic of MiniSearch's OR
 * search (`boostTerm` for the weights, field boosts from {@link RANKING_WEIGHTS}), in the same
 * order of additions, so the scores are equal to the last bit.
 *
 * @param index - The index to search.
 * @param weights - The query's terms with their weights, in query order.
 * @param onMatch - Called once for each term and document that holds it in any field.
 * @returns The scores and matched-term counts per document.
 * @example
 * scoreBm25(index, new Map([['wifi', 1], ['wif', 0.4]]), (document, term) => console.log(document, term));
 */
export function scoreBm25(index: Bm25Index, weights: ReadonlyMap<string, number>, onMatch: (document: number, term: string) => void): Bm25Scores {
  const { k, b, d } = BM25;
  const { documentCount, fieldLengths, averageFieldLengths } = index;
  const score = new Float64Array(documentCount);
  const matched = new Uint16Array(documentCount);
  const termScore = new Float64Array(documentCount);
  const lastTerm = new Int32Array(documentCount).fill(-1);
  const touched: number[] = [];
  let termNumber = 0;
  for (const [term, weight] of weights) {
    const id = index.termIds.get(term);
    if (id === undefined) continue;
    const ofTerm = index.postings[id]!;
    termNumber += 1;
    touched.length = 0;
    for (let field = 0; field < FIELDS.length; field += 1) {
      const ofField = ofTerm[field];
      if (ofField === undefined) continue;
      const { documents, counts } = ofField;
      const lengths = fieldLengths[field]!;
      const averageLength = averageFieldLengths[field]!;
      const boost = weight * FIELD_BOOSTS[field]!;
      const matchingCount = documents.length;
      const inverseDocumentFrequency = Math.log(1 + (documentCount - matchingCount + 0.5) / (matchingCount + 0.5));
      for (let i = 0; i < documents.length; i += 1) {
        const document = documents[i]!;
        const termFrequency = counts[i]!;
        const rawScore = inverseDocumentFrequency * (d + termFrequency * (k + 1) / (termFrequency + k * (1 - b + b * lengths[document]! / averageLength)));
        const weighted = boost * rawScore;
        if (lastTerm[document] === termNumber) {
          termScore[document] = termScore[document]! + weighted;
        } else {
          lastTerm[document] = termNumber;
          termScore[document] = weighted;
          touched.push(document);
        }
      }
    }
    // A term's score is summed over its fields before it is added to the document's total.
    for (const document of touched) {
      score[document] = score[document]! + termScore[document]!;
      matched[document] = matched[document]! + 1;
      onMatch(document, term);
    }
  }
  return { score, matched };
}
