import { describe, expect, it } from 'vitest';
import { mostWrittenWords, writtenWords } from './written-words';

describe('writtenWords', () => {
  it('pairs each term with the word the customer wrote for it', () => {
    expect(writtenWords('De Verbinding valt weg op de wi-fi', 'nl')).toEqual([
      ['verbind', 'verbinding'], ['valt', 'valt'], ['weg', 'weg'], ['wifi', 'wi-fi'], ['wi', 'wi-fi'], ['fi', 'wi-fi'],
    ]);
  });

  it('picks the word written most often for a term, alphabetically on a tie', () => {
    expect(mostWrittenWords([['crash', 'crashes'], ['crash', 'crashed'], ['crash', 'crashes'], ['modem', 'modems'], ['modem', 'modem']])).toEqual(
      new Map([['crash', 'crashes'], ['modem', 'modem']]),
    );
  });
});
