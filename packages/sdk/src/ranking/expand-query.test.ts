import { describe, expect, it } from 'vitest';
import { expandQuery, MAX_FUZZY_LENGTH } from './expand-query';
import { termsOf, wordsOf } from './terms';
import { addToVocabulary, createVocabulary } from './vocabulary';

const vocabularyOf = (text: string) => {
  const termsByWord = new Map<string, string[]>();
  for (const word of wordsOf(text)) {
    const [term] = termsOf(word, 'nl');
    if (term !== undefined) addToVocabulary(termsByWord, word, term);
  }
  return createVocabulary(termsByWord);
};

const vocabulary = vocabularyOf('verbinding verbindingen installatie instellingen 5ghz 6ghz wifi printer printers');
const [connection] = termsOf('verbinding', 'nl');
const [installation] = termsOf('installatie', 'nl');

describe('expandQuery', () => {
  it('weighs each word\'s own term 1', () => {
    const { weights } = expandQuery(vocabulary, { locale: 'nl', text: 'wifi printers ' });
    expect(Object.fromEntries(weights)).toEqual({ wifi: 1, printer: 1 });
  });

  it('finds a word misspelt in its suffix, which the stemmer cannot', () => {
    expect(termsOf('verbindingn', 'nl')).not.toEqual([connection]);
    const { weights } = expandQuery(vocabulary, { locale: 'nl', text: 'verbindingn ' });
    expect(weights.get(connection ?? '')).toBeGreaterThan(0.3);
    expect(weights.get(connection ?? '')).toBeLessThan(1);
  });

  it('completes the last word only while it is being typed', () => {
    const typing = expandQuery(vocabulary, { locale: 'nl', text: 'wifi instal' }).weights;
    expect(typing.get(installation ?? '')).toBeGreaterThan(0);
    expect(typing.get(installation ?? '')).toBeLessThan(0.5);
    expect(expandQuery(vocabulary, { locale: 'nl', text: 'wifi instal ' }).weights.has(installation ?? '')).toBe(false);
    expect(expandQuery(vocabulary, { locale: 'nl', text: 'instal wifi' }).weights.has(installation ?? '')).toBe(false);
    expect(expandQuery(vocabulary, { locale: 'nl', text: 'wifi', answerText: 'instal' }).weights.has(installation ?? '')).toBe(false);
  });

  it('completes a word the customer typed past the end of its stem', () => {
    const vocabulary = vocabularyOf('instellingen');
    const [setting] = termsOf('instellingen', 'nl');
    expect(termsOf('instellin', 'nl')).not.toEqual([setting]);
    expect(expandQuery(vocabulary, { locale: 'nl', text: 'instellin' }).weights.get(setting ?? '')).toBeGreaterThan(0);
  });

  it('matches no word fuzzily past MAX_FUZZY_LENGTH letters, as such a word is pasted noise that would cost time', () => {
    const longest = 'verbinding'.repeat(4); // 40 letters: still matched
    expect(longest).toHaveLength(MAX_FUZZY_LENGTH);
    const vocabularyWithLong = vocabularyOf(`verbinding ${longest}`);
    const [longTerm] = termsOf(longest, 'nl');
    expect(expandQuery(vocabularyWithLong, { locale: 'nl', text: `${longest.slice(0, -1)}x ` }).weights.get(longTerm ?? '')).toBeGreaterThan(0);
    const tooLong = `${longest}x`; // one edit from a word of the vocabulary, yet not matched
    const { weights } = expandQuery(vocabularyWithLong, { locale: 'nl', text: `${tooLong} ` });
    expect([...weights.values()]).toEqual([1]);
  });

  it('never matches numbers fuzzily', () => {
    expect([...expandQuery(vocabulary, { locale: 'nl', text: '5ghz ' }).weights.keys()]).toEqual(['5ghz']);
  });

  it('counts the words, not their alternatives, and a repeated word once', () => {
    const { wordOf } = expandQuery(vocabulary, { locale: 'nl', text: 'wifi verbindingn wifi', answerText: 'wifi' });
    expect(new Set(wordOf.values())).toEqual(new Set([0, 1]));
    expect(wordOf.get(connection ?? '')).toBe(1);
  });
});
