import SearchableMap from 'minisearch/SearchableMap';
import { describe, expect, it } from 'vitest';
import { forEachNearWord } from './near-words';
import { addToVocabulary, createVocabulary, forEachCompletion } from './vocabulary';

/** Made-up words that share starts and ends, as a knowledge base's words do. */
function someWords(count: number): string[] {
  let seed = 7;
  const next = (below: number): number => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed % below;
  };
  const parts = ['ver', 'bind', 'ing', 'en', 'in', 'stal', 'la', 'tie', 'wi', 'fi', 'mo', 'dem', 's', 'é', 'ee', 'a', 'print', 'er'];
  return Array.from({ length: count }, () => Array.from({ length: 1 + next(5) }, () => parts[next(parts.length)]).join(''));
}

const WORDS = someWords(3000);
/** The words in our vocabulary and in MiniSearch's tree, each standing for itself. */
function bothOf(words: readonly string[]) {
  const termsByWord = new Map<string, string[]>();
  const tree = new SearchableMap<string>();
  for (const word of words) {
    addToVocabulary(termsByWord, word, word);
    tree.set(word, word);
  }
  return { vocabulary: createVocabulary(termsByWord), tree };
}

const KEYS = [...someWords(300), 'verbindingn', 'instalatie', 'wifi', 'a', '', 'xyz', 'éé', 'verbindingenverbindingen'];

describe('forEachNearWord', () => {
  it('finds the words and distances MiniSearch finds', () => {
    const { vocabulary, tree } = bothOf(WORDS);
    for (const key of KEYS) {
      for (const maxDistance of [0, 1, 2, 3]) {
        const found = new Map<string, number>();
        forEachNearWord(vocabulary, key, maxDistance, (word, terms, distance) => {
          expect(terms).toEqual([word]);
          found.set(word, distance);
        });
        const expected = new Map([...tree.fuzzyGet(key, maxDistance)].map(([word, [, distance]]) => [word, distance]));
        expect(found).toEqual(expected);
      }
    }
  });
});

describe('forEachCompletion', () => {
  it('finds the words MiniSearch finds at a prefix', () => {
    const { vocabulary, tree } = bothOf(WORDS);
    for (const key of KEYS) {
      const found: string[] = [];
      forEachCompletion(vocabulary, key, (word) => found.push(word));
      expect(found.sort()).toEqual([...tree.atPrefix(key).keys()].sort());
    }
  });
});

describe('addToVocabulary', () => {
  it('leads a word to its terms and each term to itself', () => {
    const termsByWord = new Map<string, string[]>();
    addToVocabulary(termsByWord, 'verbindingen', 'verbind');
    addToVocabulary(termsByWord, 'verbind', 'verbind');
    addToVocabulary(termsByWord, 'verbindingen', 'verbinding');
    expect(Object.fromEntries(termsByWord)).toEqual({ verbindingen: ['verbind', 'verbinding'], verbind: ['verbind'], verbinding: ['verbinding'] });
    const vocabulary = createVocabulary(termsByWord);
    expect(vocabulary.words).toEqual(['verbind', 'verbinding', 'verbindingen']);
    expect([...vocabulary.shared]).toEqual([0, 7, 10]);
  });
});
