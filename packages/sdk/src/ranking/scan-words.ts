import { ASCII_LETTER_OR_DIGIT, isInnerMark } from './scan-chunks';
import { forEachLooseWord, isNumber, isUnit, normaliseText, wordsOfChunk } from './terms';
import { withRoom } from './with-room';
import { createWordTable, findWord, type WordTable } from './word-table';

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
  numbers: Int32Array<ArrayBuffer>;
  /** The chunks of ASCII with inner marks (`e-mail`, `2,4`, `zeewind.example`), lower case… */
  readonly chunks: WordTable;
  /** …and the numbers of their words, by chunk number: they repeat. */
  readonly wordsOfChunks: (readonly number[])[];
  /** The words of each stretch between spaces that took the slow way, before units are glued: they repeat too (`één`). */
  readonly stretches: Map<string, readonly number[]>;
  /** Per word number, whether it is a number ({@link NUMBER}), a unit ({@link UNIT}) or neither (0)… */
  kinds: Int8Array;
  /** …for the first this many words. */
  kindsKnown: number;
};

/** A word that a unit after it joins, see `gluesTo`. */
const NUMBER = 1;
/** A word that joins a number before it. */
const UNIT = 2;

/**
 * Creates a {@link WordScanner} that adds the words it meets to `table`.
 *
 * @internal
 * @example
 * const scanner = createWordScanner(createWordTable());
 */
export function createWordScanner(table: WordTable): WordScanner {
  return { table, numbers: new Int32Array(1024), chunks: createWordTable(), wordsOfChunks: [], stretches: new Map(), kinds: new Int8Array(0), kindsKnown: 0 };
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
    if (number >= scanner.kindsKnown) learnKinds(scanner);
    if (scanner.kinds[number] === UNIT && count > 0 && scanner.kinds[scanner.numbers[count - 1]!] === NUMBER) {
      const glued = table.words[scanner.numbers[count - 1]!]! + table.words[number]!;
      scanner.numbers[count - 1] = findWord(table, glued, 0, glued.length);
      return;
    }
    if (count === scanner.numbers.length) scanner.numbers = withRoom(scanner.numbers, count + 1);
    scanner.numbers[count] = number;
    count += 1;
  };

  /** Adds the words of an ASCII chunk with marks. */
  const addChunk = (chunk: number): void => {
    let words = scanner.wordsOfChunks[chunk];
    if (words === undefined) {
      words = wordsOfChunk(scanner.chunks.words[chunk]!).map((word) => findWord(table, word, 0, word.length));
      scanner.wordsOfChunks[chunk] = words;
    }
    for (const number of words) add(number);
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
      // The chunk's hash on the way (see hashWord), so it is looked up without reading it again.
      let hash = 0;
      let marked = false;
      for (;;) {
        do {
          hash = (Math.imul(hash, 31) + (code | 0x20)) | 0;
          i += 1;
          code = i < length ? text.charCodeAt(i) : 0x20;
        } while (code < 128 && ASCII_LETTER_OR_DIGIT[code] === 1);
        const next = i + 1 < length ? text.charCodeAt(i + 1) : 0x20;
        // An ASCII mark joins the next run when it is ASCII too; anything else takes the slow way.
        if (code >= 128 || !isInnerMark(code) || next >= 128 || ASCII_LETTER_OR_DIGIT[next] === 0) break;
        hash = (Math.imul(hash, 31) + code) | 0;
        marked = true;
        i += 1;
        code = next;
      }
      const joined = isInnerMark(code) && i + 1 < length && joinsAfterMark(text.charCodeAt(i + 1));
      if (code < 128 && !joined) {
        if (marked) addChunk(findWord(scanner.chunks, text, start, i, hash));
        else add(findWord(table, text, start, i, hash));
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

/** Works out the kinds of the words added to the table since last time. */
function learnKinds(scanner: WordScanner): void {
  const { words } = scanner.table;
  if (words.length > scanner.kinds.length) {
    const kinds = new Int8Array(words.length * 2);
    kinds.set(scanner.kinds);
    scanner.kinds = kinds;
  }
  for (let number = scanner.kindsKnown; number < words.length; number += 1) {
    scanner.kinds[number] = isNumber(words[number]!) ? NUMBER : isUnit(words[number]!) ? UNIT : 0;
  }
  scanner.kindsKnown = words.length;
}
