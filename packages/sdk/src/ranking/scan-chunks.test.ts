import { describe, expect, it } from 'vitest';
import { scanChunks, sliceChunk } from './scan-chunks';
import { AWKWARD_TEXTS } from './texts.fixture';

const CHUNK = /[\p{L}\p{N}]+(?:[.,'’-][\p{L}\p{N}]+)*/gu;

const chunks = (text: string): [string, boolean][] => {
  const found: [string, boolean][] = [];
  scanChunks(text, (start, end, marked) => found.push([text.slice(start, end), marked]));
  return found;
};

describe('scanChunks', () => {
  it('finds the chunks the regular expression of letters, digits and inner marks finds', () => {
    for (const text of AWKWARD_TEXTS) {
      expect(chunks(text).map(([chunk]) => chunk)).toEqual(text.match(CHUNK) ?? []);
    }
  });

  it('tells which chunks hold an inner mark', () => {
    expect(chunks("wi-fi op 2,4 ghz auto's")).toEqual([['wi-fi', true], ['op', false], ['2,4', true], ['ghz', false], ["auto's", true]]);
  });
});

describe('sliceChunk', () => {
  it('gives the same characters as slicing, as one string for each word', () => {
    const text = 'wifi en wifi, wifi-router en wif';
    expect(sliceChunk(text, 0, 4)).toBe('wifi');
    expect(sliceChunk(text, 8, 12)).toBe(sliceChunk(text, 0, 4));
    expect(sliceChunk(text, 29, 32)).toBe('wif');
    expect(sliceChunk(text, 14, 25)).toBe('wifi-router');
  });
});
