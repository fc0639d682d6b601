import { stemmer } from '@orama/stemmers/dutch';
import { describe, expect, it } from 'vitest';
import { stemDutch } from './stem-dutch';

/** Made-up words from pieces that reach every rule: accents, `i` and `y` among vowels, each suffix, doubled letters. */
function someWords(count: number): string[] {
  let seed = 1;
  const next = (below: number): number => {
    seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
    return (seed >>> 8) % below;
  };
  const pieces = ['a', 'e', 'i', 'o', 'u', 'y', 'è', 'é', 'ë', 'ï', 'ü', 'ö', 'á', 'ie', 'ei', 'ai', 'ey', 'b', 'd', 'k', 't', 'g', 'm', 'n', 'r', 's', 'j', 'l', 'c', 'h', 'ß', 'aa', 'ee', 'oo', 'uu', 'ij', 'heden', 'heid', 'en', 'ene', 'se', 's', 'end', 'ing', 'ig', 'lijk', 'baar', 'bar', 'gem', 'kk', 'dd', 'tt', 'I', 'Y', 'sch'];
  return Array.from({ length: count }, () => Array.from({ length: 1 + next(8) }, () => pieces[next(pieces.length)]).join(''));
}

describe('stemDutch', () => {
  it('stems as @orama/stemmers/dutch does', () => {
    const words = ['verbindingen', 'instellingen', 'jaarlijkse', 'losse', 'maan', 'mogelijkheden', 'vriendelijkheid', 'gemeenten', 'bereikbaar', 'yoghurt', 'koeien', 'ééntje', ...someWords(60_000)];
    const different = words.filter((word) => stemDutch(word) !== stemmer(word));
    expect(different).toEqual([]);
  });

  it('gives inflections one stem', () => {
    expect(stemDutch('verbindingen')).toBe('verbind');
    expect(stemDutch('verbinding')).toBe('verbind');
    expect(stemDutch('maan')).toBe('man');
  });
});
