import { ASCII_LETTER_OR_DIGIT, isInnerMark } from './scan-chunks';
import { forEachLooseWord, gluesTo, normaliseText } from './terms';
import { findWord, type WordTable } from './word-table';

/**
 * Turns texts into the numbers of their words in a {@link WordTable}, for indexing. Create it
 * with {@link createWordScanner}; {@link scanWords} fills `numbers`.
 *
 * @internal
 * @example
 * const scanner = createWordScanner(createWordTable());
 */
export type WordScanner = {
  /** The words met so far. */
  readonly table: WordTable;
  /** After {@link scanWords}, the numbers of the text's words from index 0, in order. */
  numbers: Int32Array;
  /** The words of each stretch between spaces that took the slow way, before units are glued: they repeat (`e-mail`, `één`). */
  readonly stretches: Map<string, readonly number[]>;
};

/**
 * Creates a {@link WordScanner} that adds the words it meets to `table`.
 *
 * @internal
 * @example
 * const scanner = createWordScanner(createWordTable());
 */
export function createWordScanner(table: WordTable): WordScanner {
  return { table, numbers: new Int32Array(1024), stretches: new Map() };
}

/** Space, tab, line feed, line tabulation, form feed, carriage return. */
const isAsciiSpace = (code: number): boolean => code === 0x20 || (code >= 0x09 && code <= 0x0d);

/**
 * Finds the words of a text exactly as `wordsOf` gives them (the index and the queries must
 * agree to the letter), but without lower-casing and normalising the text first and without a
 * string or a callback per word: a run of ASCII letters and digits that no mark joins to more is
 * looked up in the table where it stands. The rest (letters with diacritics, `wi-fi`, `2,4`,
 * `auto's`) takes the way of `wordsOf` itself, one stretch between ASCII spaces at a time. That
 * is exact: normalising decomposes character by character, and lower-casing looks no further
 * than a space (only a Greek final sigma looks at its neighbours at all).
 *
 * @internal
 * @param scanner - The scanner, whose `numbers` receive the words.
 * @param text - Any text.
 * @returns How many words the text has: `scanner.numbers[0 .. count)`.
 * @example
 * const count = scanWords(scanner, 'Wi-Fi op 2,4 GHz');
 * [...scanner.numbers.subarray(0, count)].map((number) => scanner.table.words[number]); // ['wifi', 'wi', 'fi', 'op', '2.4ghz']
 */
export function scanWords(scanner: WordScanner, text: string): number {
  const { table } = scanner;
  const { length } = text;
  let count = 0;
  /** Adds a word, or glues it to the number before it when it is a unit. */
  const add = (number: number): void => {
    if (count > 0) {
      const previous = table.words[scanner.numbers[count - 1]!]!;
      const word = table.words[number]!;
      if (gluesTo(previous, word)) {
        const glued = previous + word;
        scanner.numbers[count - 1] = findWord(table, glued, 0, glued.length);
        return;
      }
    }
    if (count === scanner.numbers.length) {
      const grown = new Int32Array(count * 2);
      grown.set(scanner.numbers);
      scanner.numbers = grown;
    }
    scanner.numbers[count] = number;
    count += 1;
  };

  let i = 0;
  while (i < length) {
    let code = text.charCodeAt(i);
    if (code < 128 && ASCII_LETTER_OR_DIGIT[code] === 0) {
      i += 1;
      continue;
    }
    const start = i;
    if (code < 128) {
      do {
        i += 1;
        code = i < length ? text.charCodeAt(i) : 0x20;
      } while (code < 128 && ASCII_LETTER_OR_DIGIT[code] === 1);
      const joined = isInnerMark(code) && i + 1 < length && joinsAfterMark(text.charCodeAt(i + 1));
      if (code < 128 && !joined) {
        add(findWord(table, text, start, i));
        continue;
      }
    }
    // From the start of this chunk to the next ASCII space, as wordsOf reads it. Before the chunk,
    // back to the previous space, the text is ASCII that joins nothing: its normal form is itself,
    // lower-cased, of the same length, so the chunk starts at the same place in the normal form.
    // What the stretch gives depends on its characters alone, so it is worked out once.
    let from = start;
    while (from > 0 && !isAsciiSpace(text.charCodeAt(from - 1))) from -= 1;
    let to = i;
    while (to < length && !isAsciiSpace(text.charCodeAt(to))) to += 1;
    const stretch = text.slice(from, to);
    let found = scanner.stretches.get(stretch);
    if (found === undefined) {
      const words: number[] = [];
      forEachLooseWord(normaliseText(stretch).slice(start - from), (word) => words.push(findWord(table, word, 0, word.length)));
      found = words;
      scanner.stretches.set(stretch, found);
    }
    for (const number of found) add(number);
    i = to;
  }
  return count;
}

/** Whether a mark after a run of ASCII letters and digits joins the next character to it: a letter or digit, or anything beyond ASCII, which may normalise into one. */
const joinsAfterMark = (code: number): boolean => code >= 128 || ASCII_LETTER_OR_DIGIT[code] === 1;
