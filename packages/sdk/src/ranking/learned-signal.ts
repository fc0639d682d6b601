import { type Bm25Index, documentFrequency, holdsTerm } from './bm25-index';
import { RANKING_WEIGHTS } from './weights';

/**
 * What customers taught the ranking, per article id: for each term (as {@link termsOf} gives it)
 * a weight, positive from "solved" and negative from "did not help".
 *
 * @example
 * const learned: LearnedTerms = { 'wifi-drops': { zolder: 4, printer: -2 } };
 */
export type LearnedTerms = Record<string, Record<string, number>>;

/** One article's learned value for a term. */
type Posting = readonly [articleId: string, value: number];

/**
 * Learned terms, ready for a query: per term the boost each article gets when the query has it
 * (already in BM25 units) and the strength of each "did not help", in (0, 1).
 *
 * @example
 * for (const [articleId, boost] of signal.boosts.get('zolder') ?? []) scores[articleId] += boost;
 */
export type LearnedSignal = {
  boosts: ReadonlyMap<string, readonly Posting[]>;
  penalties: ReadonlyMap<string, readonly Posting[]>;
};

/** Evidence `w` as `w / (w + k)`: rises with every vote, never past 1. */
const saturate = (weight: number): number => weight / (weight + RANKING_WEIGHTS.learnedSaturation);

/** BM25's inverse document frequency, as MiniSearch computes it. */
const inverseDocumentFrequency = (documents: number, matching: number): number =>
  Math.log(1 + (documents - matching + 0.5) / (matching + 0.5));

function push(map: Map<string, Posting[]>, term: string, posting: Posting): void {
  const postings = map.get(term);
  if (postings) postings.push(posting);
  else map.set(term, [posting]);
}

/**
 * Turns learned terms into per-term boosts and penalties for the articles of one locale.
 *
 * The boost of article `a` for term `t` is `learned × idf(t) × s(a,t)`, with `s` the saturated
 * evidence. It depends on the evidence of `a` for `t` alone, never on how many other terms `a`
 * learned nor on other articles' evidence, so more evidence for one phrasing cannot pull other
 * queries to `a` and cannot take anything from other articles (unlike phrasings appended to one
 * BM25 document, whose length and term counts grow with use). idf counts the articles that hold
 * `t` in their fields or learned it, so a word customers use for many articles counts little.
 *
 * @param learned - Learned terms by article id; ids of other locales and non-finite weights are ignored.
 * @param bm25 - The index of this locale's articles, which holds the terms of their fields.
 * @param documentOf - The document number in `bm25` of each of this locale's articles, by id.
 * @returns The boosts and penalties by term.
 * @example
 * const builder = createBm25Builder();
 * builder.add([['wifi', 'valt', 'weg'].map(builder.idOf), [], [], []]);
 * const signal = createLearnedSignal({ 'wifi-drops': { zolder: 4 } }, builder.build(), new Map([['wifi-drops', 0]]));
 * signal.boosts.get('zolder'); // [['wifi-drops', 0.72]] (3.75 × idf 0.29 × 4/(4 + 2))
 */
export function createLearnedSignal(learned: LearnedTerms, bm25: Bm25Index, documentOf: ReadonlyMap<string, number>): LearnedSignal {
  const evidence = new Map<string, Posting[]>();
  const penalties = new Map<string, Posting[]>();
  for (const [articleId, terms] of Object.entries(learned)) {
    if (!documentOf.has(articleId)) continue;
    for (const [term, weight] of Object.entries(terms)) {
      if (!Number.isFinite(weight) || weight === 0 || term === '') continue;
      push(weight > 0 ? evidence : penalties, term, [articleId, saturate(Math.abs(weight))]);
    }
  }

  const boosts = new Map<string, Posting[]>();
  for (const [term, postings] of evidence) {
    // Articles that learned the term without holding it in their fields hold it now too.
    const learnedOnly = postings.filter(([articleId]) => !holdsTerm(bm25, documentOf.get(articleId)!, term)).length;
    const idf = inverseDocumentFrequency(bm25.documentCount, documentFrequency(bm25, term) + learnedOnly);
    boosts.set(term, postings.map(([articleId, strength]) => [articleId, RANKING_WEIGHTS.learned * idf * strength]));
  }
  return { boosts, penalties };
}
