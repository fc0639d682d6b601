import type { Vocabulary } from './vocabulary';

/**
 * Calls `visit` with each word of the vocabulary within `maxDistance` edits (Levenshtein:
 * insertions, deletions and substitutions of UTF-16 code units) of `key`, and its distance; the
 * key itself, when it is a word, at distance 0. The same words and distances as MiniSearch's
 * `SearchableMap.fuzzyGet`, which the ranking used before (tested against it).
 *
 * The words are visited in sorted order, as a walk through a prefix tree: a word reuses the rows
 * of the edit-distance table that belong to the characters it shares with the word before it, and
 * once every cell of a row exceeds `maxDistance`, all the words that start with those characters
 * are skipped. Only cells within `maxDistance` of the diagonal are computed; the others cannot
 * lead to a match.
 *
 * @param vocabulary - The vocabulary to search.
 * @param key - The word to find neighbours of.
 * @param maxDistance - The most edits allowed.
 * @param visit - Called with each word within reach, its terms and its distance.
 * @example
 * forEachNearWord(vocabulary, 'verbindingn', 2, (word, terms, distance) => console.log(word, distance)); // verbinding 1, …
 */
export function forEachNearWord(vocabulary: Vocabulary, key: string, maxDistance: number, visit: (word: string, terms: readonly string[], distance: number) => void): void {
  const { words, terms, shared } = vocabulary;
  const columns = key.length + 1;
  // A word longer than this is too far already, and so is every word that starts with it.
  const longest = key.length + maxDistance;
  const tooFar = maxDistance + 1;
  // Row r: the distances from the first r characters of the word at hand to each start of the key.
  const table = new Int32Array((longest + 1) * columns);
  for (let column = 0; column < columns; column += 1) table[column] = column;
  // Rows 1 to `valid` belong to the word visited last.
  let valid = 0;
  let w = 0;
  while (w < words.length) {
    const word = words[w]!;
    let row = Math.min(valid, shared[w]!);
    let reachable = true;
    while (row < word.length) {
      if (row === longest) {
        reachable = false;
        break;
      }
      row += 1;
      const code = word.charCodeAt(row - 1);
      const at = row * columns;
      const above = at - columns;
      const first = Math.max(1, row - maxDistance);
      const last = Math.min(columns - 1, row + maxDistance);
      table[at] = row;
      // The cells beside the band are read by this row and the next: they hold "too far".
      if (first > 1) table[at + first - 1] = tooFar;
      if (last < columns - 1) table[at + last + 1] = tooFar;
      let least = first > 1 ? tooFar : row;
      for (let column = first; column <= last; column += 1) {
        const substitution = table[above + column - 1]! + (key.charCodeAt(column - 1) === code ? 0 : 1);
        const distance = Math.min(substitution, table[above + column]! + 1, table[at + column - 1]! + 1);
        table[at + column] = distance;
        if (distance < least) least = distance;
      }
      if (least > maxDistance) {
        reachable = false;
        break;
      }
    }
    valid = row;
    w += 1;
    if (reachable) {
      // The last column is only computed within the band, i.e. for words long enough to match.
      const distance = row >= columns - 1 - maxDistance ? table[row * columns + columns - 1]! : tooFar;
      if (distance <= maxDistance) visit(word, terms[w - 1]!, distance);
    } else {
      // The words that share the first `row` characters with this one are out of reach too.
      while (w < words.length && shared[w]! >= row) w += 1;
    }
  }
}
