/** Weights of terms; a term that is absent weighs 0. */
export type TermVector = Map<string, number>;

/**
 * TF-IDF vectors of documents given as lists of terms, each scaled to length 1 (a document
 * without terms gets an empty vector). IDF is smoothed, `ln((1 + n) / (1 + df)) + 1`, so a term
 * every document shares still counts a little and two documents can be compared at all.
 *
 * @example
 * tfIdfVectors([['modem', 'oranje'], ['modem', 'rood']]);
 */
export function tfIdfVectors(documents: ReadonlyArray<readonly string[]>): TermVector[] {
  const documentFrequency = new Map<string, number>();
  for (const terms of documents) {
    for (const term of new Set(terms)) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  }
  const count = documents.length;
  return documents.map((terms) => {
    const vector: TermVector = new Map();
    for (const term of terms) vector.set(term, (vector.get(term) ?? 0) + 1);
    for (const [term, frequency] of vector) vector.set(term, frequency * (Math.log((1 + count) / (1 + documentFrequency.get(term)!)) + 1));
    return normalize(vector);
  });
}

/** The vector scaled to length 1; an empty vector stays empty. */
export function normalize(vector: TermVector): TermVector {
  const length = Math.sqrt([...vector.values()].reduce((sum, weight) => sum + weight * weight, 0));
  return length === 0 ? new Map() : new Map([...vector].map(([term, weight]) => [term, weight / length]));
}

/** The sum of vectors. */
export function addVectors(vectors: readonly TermVector[]): TermVector {
  const sum: TermVector = new Map();
  for (const vector of vectors) {
    for (const [term, weight] of vector) sum.set(term, (sum.get(term) ?? 0) + weight);
  }
  return sum;
}

/** Cosine similarity of two vectors of length 1 (or 0 when one is empty). */
export function cosine(a: TermVector, b: TermVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, weight] of small) dot += weight * (large.get(term) ?? 0);
  return dot;
}
