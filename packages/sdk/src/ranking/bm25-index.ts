import { RANKING_WEIGHTS } from './weights';
import { withRoom } from './with-room';

/** The searchable fields of an article, in the order their scores are summed. */
export const FIELDS = ['title', 'questions', 'tags', 'text'] as const;

/** BM25+ as MiniSearch 7 computes it, with its default parameters, which the ranking was tuned on. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 } as const;
const FIELD_BOOSTS = FIELDS.map((field) => RANKING_WEIGHTS.fields[field]);

/**
 * Inverted index over the fields of one locale's articles, scored exactly as MiniSearch scores
 * (see {@link scoreBm25}), in flat arrays: building it appends to typed arrays and sorts them
 * once, rather than walking a radix tree or growing an array per term, and a query adds into
 * arrays instead of allocating a result per document and term. Build it with {@link createBm25Builder}.
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
  /**
   * Where the postings of a term in a field start in {@link documents} and {@link counts}, at
   * `termId * FIELDS.length + field`; they end where the next ones start.
   */
  starts: Int32Array;
  /** The documents (ascending per term and field) that hold the term in the field… */
  documents: Int32Array;
  /** …and how often each holds it. */
  counts: Int32Array;
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
  /** Counts one occurrence of a term in the field at hand: the way to {@link add} a document term by term… */
  addTerm(id: number): void;
  /** …and then each field, in {@link FIELDS} order, ends with this. */
  endField(): void;
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
  const fieldLengths: number[][] = FIELDS.map(() => []);
  const averageFieldLengths = FIELDS.map(() => 0);
  // Occurrences of each term in the field at hand, and the terms met in it, first met first.
  let counts = new Int32Array(1024);
  // In an array of its own, as emptying a JS array for every field frees its storage.
  let met = new Int32Array(1024);
  let metCount = 0;
  // Every posting in the order met (so by document), as its slot (term and field), document and
  // count; and the number of postings per slot. build() sorts them by slot.
  // Room for the some 160,000 postings of 1,000 articles before they grow.
  let slots = new Int32Array(1 << 18);
  let documents = new Int32Array(1 << 18);
  let occurrences = new Int32Array(1 << 18);
  let postings = 0;
  let perSlot = new Int32Array(1024 * FIELDS.length);
  let documentCount = 0;

  const idOf = (term: string): number => {
    let id = termIds.get(term);
    if (id === undefined) {
      id = termIds.size;
      termIds.set(term, id);
      counts = withRoom(counts, id + 1);
      met = withRoom(met, id + 1);
      perSlot = withRoom(perSlot, (id + 1) * FIELDS.length);
    }
    return id;
  };

  const addTerm = (id: number): void => {
    if (counts[id] === 0) {
      met[metCount] = id;
      metCount += 1;
    }
    counts[id] = counts[id]! + 1;
  };

  let field = 0;
  const endField = (): void => {
    const document = documentCount;
    // MiniSearch splits a field without terms into one empty token, so it counts as length 1.
    const length = Math.max(1, metCount);
    fieldLengths[field]!.push(length);
    averageFieldLengths[field] = (averageFieldLengths[field]! * document + length) / (document + 1);
    if (postings + metCount > slots.length) {
      slots = withRoom(slots, postings + metCount);
      documents = withRoom(documents, postings + metCount);
      occurrences = withRoom(occurrences, postings + metCount);
    }
    for (let i = 0; i < metCount; i += 1) {
      const id = met[i]!;
      const slot = id * FIELDS.length + field;
      slots[postings] = slot;
      documents[postings] = document;
      occurrences[postings] = counts[id]!;
      postings += 1;
      perSlot[slot] = perSlot[slot]! + 1;
      counts[id] = 0;
    }
    metCount = 0;
    field += 1;
    if (field === FIELDS.length) {
      field = 0;
      documentCount += 1;
    }
  };

  const add = (fields: readonly (readonly number[])[]): void => {
    for (let field = 0; field < FIELDS.length; field += 1) {
      for (const id of fields[field] ?? []) addTerm(id);
      endField();
    }
  };

  const build = (): Bm25Index => {
    // A counting sort by slot, stable, so each slot's documents stay ascending.
    const slotCount = termIds.size * FIELDS.length;
    const starts = new Int32Array(slotCount + 1);
    for (let slot = 0; slot < slotCount; slot += 1) starts[slot + 1] = starts[slot]! + perSlot[slot]!;
    const next = starts.slice(0, slotCount);
    const sortedDocuments = new Int32Array(postings);
    const sortedCounts = new Int32Array(postings);
    for (let i = 0; i < postings; i += 1) {
      const at = next[slots[i]!]!;
      next[slots[i]!] = at + 1;
      sortedDocuments[at] = documents[i]!;
      sortedCounts[at] = occurrences[i]!;
    }
    return { documentCount, fieldLengths: fieldLengths.map((lengths) => Uint32Array.from(lengths)), averageFieldLengths, termIds, starts, documents: sortedDocuments, counts: sortedCounts };
  };
  return { idOf, add, addTerm, endField, build };
}

/**
 * Tells whether a document holds a term in any field.
 *
 * @example
 * holdsTerm(index, 0, 'wifi'); // true
 */
export function holdsTerm(index: Bm25Index, document: number, term: string): boolean {
  const id = index.termIds.get(term);
  if (id === undefined) return false;
  const { starts, documents } = index;
  for (let slot = id * FIELDS.length; slot < (id + 1) * FIELDS.length; slot += 1) {
    // Each field's documents are ascending: a binary search, as a common term is in most articles.
    let low = starts[slot]!;
    let high = starts[slot + 1]!;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (documents[middle]! < document) low = middle + 1;
      else high = middle;
    }
    if (low < starts[slot + 1]! && documents[low] === document) return true;
  }
  return false;
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
  const { starts, documents } = index;
  const counted = new Uint8Array(index.documentCount);
  let count = 0;
  for (let i = starts[id * FIELDS.length]!; i < starts[(id + 1) * FIELDS.length]!; i += 1) {
    const document = documents[i]!;
    count += 1 - counted[document]!;
    counted[document] = 1;
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
  const { documentCount, fieldLengths, averageFieldLengths, starts, documents, counts } = index;
  const score = new Float64Array(documentCount);
  const matched = new Uint16Array(documentCount);
  const termScore = new Float64Array(documentCount);
  const lastTerm = new Int32Array(documentCount).fill(-1);
  const touched: number[] = [];
  let termNumber = 0;
  for (const [term, weight] of weights) {
    const id = index.termIds.get(term);
    if (id === undefined) continue;
    termNumber += 1;
    touched.length = 0;
    for (let field = 0; field < FIELDS.length; field += 1) {
      const from = starts[id * FIELDS.length + field]!;
      const to = starts[id * FIELDS.length + field + 1]!;
      if (from === to) continue;
      const lengths = fieldLengths[field]!;
      const averageLength = averageFieldLengths[field]!;
      const boost = weight * FIELD_BOOSTS[field]!;
      const matchingCount = to - from;
      const inverseDocumentFrequency = Math.log(1 + (documentCount - matchingCount + 0.5) / (matchingCount + 0.5));
      for (let i = from; i < to; i += 1) {
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
