import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { createBm25Builder, documentFrequency, FIELDS, holdsTerm, scoreBm25 } from './bm25-index';
import { RANKING_WEIGHTS } from './weights';

/** Documents as terms per field; an empty field and repeated terms included, as real articles have them. */
const DOCUMENTS = [
  ['wifi valt weg', 'wifi valt steeds weg wifi', 'wifi', 'zet de router hoger wifi kanaal kiezen router'],
  ['internet traag', 'waarom internet langzaam', '', 'meet de snelheid met een kabel herstart modem'],
  ['modem lampjes', 'lampje rood modem', 'modem lampje', 'het lampje van het modem brandt rood of oranje modem modem'],
  ['wachtwoord vergeten', '', 'inloggen', 'vraag een nieuw wachtwoord aan'],
].map((fields) => fields.map((field) => (field === '' ? [] : field.split(' '))));

const QUERIES: [string, number][][] = [
  [['wifi', 1]],
  [['modem', 1], ['lampje', 0.45], ['rood', 1]],
  [['router', 0.375], ['internet', 1], ['wachtwoord', 0.2], ['onbekend', 1]],
  [['de', 1], ['het', 1], ['een', 0.7]],
];

/** The ranking's former index: MiniSearch over the terms joined by spaces. */
function miniSearchOf(documents: string[][][]): MiniSearch {
  const split = (text: string): string[] => text.split(' ');
  const keep = (term: string): string | null => term || null;
  const search = new MiniSearch({ fields: [...FIELDS], tokenize: split, processTerm: keep, searchOptions: { boost: { ...RANKING_WEIGHTS.fields }, tokenize: split, processTerm: keep } });
  search.addAll(documents.map((fields, id) => ({ id, ...Object.fromEntries(FIELDS.map((field, i) => [field, fields[i]!.join(' ')])) })));
  return search;
}

function bm25Of(documents: string[][][]) {
  const builder = createBm25Builder();
  for (const fields of documents) builder.add(fields.map((terms) => terms.map(builder.idOf)));
  return builder.build();
}

describe('scoreBm25', () => {
  it('scores every document to the last bit as MiniSearch did, with the number of terms it matched', () => {
    const miniSearch = miniSearchOf(DOCUMENTS);
    const index = bm25Of(DOCUMENTS);
    for (const query of QUERIES) {
      const weights = new Map(query);
      const { score, matched } = scoreBm25(index, weights, () => {});
      const results = miniSearch.search(query.map(([term]) => term).join(' '), { boostTerm: (term) => weights.get(term) ?? 0 });
      expect(results.length).toBeGreaterThan(0);
      for (const result of results) {
        const document = Number(result.id);
        expect(matched[document]).toBe(result.queryTerms.length);
        expect(score[document]! * matched[document]!).toBe(result.score);
      }
      expect(matched.filter((count) => count > 0)).toHaveLength(results.length);
    }
  });

  it('reports each document a term matched once, whatever the number of fields it is in', () => {
    const seen: [number, string][] = [];
    scoreBm25(bm25Of(DOCUMENTS), new Map([['modem', 1]]), (document, term) => seen.push([document, term]));
    expect(seen).toEqual([[2, 'modem'], [1, 'modem']]);
  });
});

describe('holdsTerm and documentFrequency', () => {
  it('find a term in any field of a document', () => {
    const index = bm25Of(DOCUMENTS);
    expect(holdsTerm(index, 1, 'modem')).toBe(true);
    expect(holdsTerm(index, 0, 'modem')).toBe(false);
    expect(holdsTerm(index, 0, 'onbekend')).toBe(false);
    expect(documentFrequency(index, 'modem')).toBe(2);
    expect(documentFrequency(index, 'wifi')).toBe(1);
    expect(documentFrequency(index, 'onbekend')).toBe(0);
  });
});
