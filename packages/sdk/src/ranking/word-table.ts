/**
 * The distinct words of a knowledge base, each with a number from 0, found by their characters
 * without cutting them out of the text: a word met before (nearly every word of 1,000 articles)
 * costs a hash over its characters and one comparison, no string and no map lookup. Words are
 * stored lower case; ASCII capitals in the text are folded while hashing and comparing. Create
 * it with {@link createWordTable}.
 *
 * @internal
 * @example
 * const table = createWordTable();
 * findWord(table, 'Wifi en wifi', 0, 4) === findWord(table, 'Wifi en wifi', 8, 12); // true
 * table.words[0]; // 'wifi'
 */
export type WordTable = {
  /** The words by number, lower case. */
  readonly words: string[];
  /** Open addressing: 0 for a free slot, else the number of a word plus 1. */
  slots: Int32Array;
  /** The hash of each word by number, so growing the table does not hash them again. */
  hashes: Int32Array;
};

/** Starts with room for 16,384 words, twice a typical knowledge base's, before it grows. */
const INITIAL_SLOTS = 1 << 15;

/** The first slot to try for a hash: its bits mixed, as the low bits of `× 31 + code` are the last letters'. */
const slotOf = (hash: number, mask: number): number => {
  const mixed = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  return (mixed ^ (mixed >>> 13)) & mask;
};

/**
 * Creates an empty {@link WordTable}.
 *
 * @internal
 * @example
 * const table = createWordTable();
 */
export function createWordTable(): WordTable {
  return { words: [], slots: new Int32Array(INITIAL_SLOTS), hashes: new Int32Array(INITIAL_SLOTS / 2) };
}

/** An ASCII capital as its small letter; any other code as it is. */
const fold = (code: number): number => (code >= 0x41 && code <= 0x5a ? code + 0x20 : code);

/**
 * The number of the word `text.slice(start, end)`, lower-cased in ASCII, adding it when new.
 * Words with other capitals must come lower-cased already, as the slow path of the scanner gives them.
 *
 * @internal
 * @param table - The table to look in and add to.
 * @param text - The text holding the word.
 * @param start - Where the word starts in `text`.
 * @param end - Where it ends.
 * @param hash - The word's {@link hashWord}, when the caller worked it out on its way through the text.
 * @returns The word's number.
 * @example
 * findWord(table, 'Wi-Fi', 3, 5); // the number of 'fi'
 */
export function findWord(table: WordTable, text: string, start: number, end: number, hash = hashWord(text, start, end)): number {
  const { words, slots } = table;
  const length = end - start;
  const mask = slots.length - 1;
  const { hashes } = table;
  let slot = slotOf(hash, mask);
  for (let found = slots[slot]!; found !== 0; found = slots[slot]!) {
    // The hash first: most words met on the way are other words.
    if (hashes[found - 1] === hash) {
      const word = words[found - 1]!;
      if (word.length === length && sameWord(word, text, start)) return found - 1;
    }
    slot = (slot + 1) & mask;
  }
  const number = words.length;
  words.push(text.slice(start, end).toLowerCase());
  if (number >= table.hashes.length) grow(table);
  table.hashes[number] = hash;
  // Growing moved the slots; the word's slot is found afresh.
  let free = slotOf(hash, table.slots.length - 1);
  while (table.slots[free] !== 0) free = (free + 1) & (table.slots.length - 1);
  table.slots[free] = number + 1;
  return number;
}

/**
 * The hash of a word in a {@link WordTable}: `hash × 31 + code` over its characters, ASCII
 * capitals folded. For ASCII letters and digits, the fold is `code | 0x20`.
 *
 * @internal
 * @example
 * hashWord('Wifi', 0, 4) === hashWord('wifi', 0, 4); // true
 */
export function hashWord(text: string, start: number, end: number): number {
  let hash = 0;
  for (let i = start; i < end; i += 1) hash = (Math.imul(hash, 31) + fold(text.charCodeAt(i))) | 0;
  return hash;
}

/** Whether `word` equals the characters of `text` from `start`, ASCII capitals folded. */
function sameWord(word: string, text: string, start: number): boolean {
  for (let i = 0; i < word.length; i += 1) {
    // fold(), written out: this runs for every word of every article, before it is optimised.
    const code = text.charCodeAt(start + i);
    if (word.charCodeAt(i) !== (code >= 0x41 && code <= 0x5a ? code + 0x20 : code)) return false;
  }
  return true;
}

/** Doubles the slots, so at most half of them are taken and probes stay short. */
function grow(table: WordTable): void {
  const slots = new Int32Array(table.slots.length * 2);
  const hashes = new Int32Array(table.hashes.length * 2);
  hashes.set(table.hashes);
  const mask = slots.length - 1;
  for (let number = 0; number < table.words.length - 1; number += 1) {
    let slot = slotOf(hashes[number]!, mask);
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    slots[slot] = number + 1;
  }
  table.slots = slots;
  table.hashes = hashes;
}
