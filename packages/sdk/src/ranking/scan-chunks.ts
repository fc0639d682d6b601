/**
 * Letters and digits of ASCII: 1 where `[\p{L}\p{N}]` holds.
 *
 * @internal
 */
export const ASCII_LETTER_OR_DIGIT = new Uint8Array(128).map((_, code) => (/[\p{L}\p{N}]/u.test(String.fromCharCode(code)) ? 1 : 0));
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** Whether each code point beyond ASCII met so far is a letter or digit; a text uses few of them. */
const wideLetterOrDigit = new Map<number, boolean>();

/** UTF-16 length of the letter or digit at `i` (within the text), or 0 when there is none. */
function letterOrDigitAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 128) return ASCII_LETTER_OR_DIGIT[code]!;
  const point = text.codePointAt(i)!;
  let isLetterOrDigit = wideLetterOrDigit.get(point);
  if (isLetterOrDigit === undefined) {
    isLetterOrDigit = LETTER_OR_DIGIT.test(String.fromCodePoint(point));
    wideLetterOrDigit.set(point, isLetterOrDigit);
  }
  return isLetterOrDigit ? (point > 0xffff ? 2 : 1) : 0;
}

/**
 * `.` `,` `'` `’` `-`: the marks that may join letters and digits into one chunk.
 *
 * @internal
 */
export const isInnerMark = (code: number): boolean => code === 0x2e || code === 0x2c || code === 0x27 || code === 0x2019 || code === 0x2d;

/**
 * Finds the chunks of a text: runs of letters and digits (`\p{L}`, `\p{N}`), joined by single
 * inner dots, commas, apostrophes and hyphens (`2.4ghz`, `wi-fi`, `auto's`). The chunks of the
 * regular expression `[\p{L}\p{N}]+(?:[.,'’-][\p{L}\p{N}]+)*` with the `u` flag, written out
 * because matching allocates a match per chunk, and 1,000 articles hold some 400,000 chunks.
 *
 * @internal
 * @param text - Any text.
 * @param visit - Called with the start and end of each chunk, and whether it holds an inner mark.
 * @example
 * const text = 'Wi-Fi op 2,4 GHz';
 * scanChunks(text, (start, end, marked) => console.log(text.slice(start, end), marked));
 * // Wi-Fi true, op false, 2,4 true, GHz false
 */
export function scanChunks(text: string, visit: (start: number, end: number, marked: boolean) => void): void {
  const { length } = text;
  let i = 0;
  while (i < length) {
    let width = letterOrDigitAt(text, i);
    if (width === 0) {
      i += 1;
      continue;
    }
    const start = i;
    let marked = false;
    for (;;) {
      while (width > 0) {
        i += width;
        width = i < length ? letterOrDigitAt(text, i) : 0;
      }
      if (i + 1 >= length || !isInnerMark(text.charCodeAt(i))) break;
      width = letterOrDigitAt(text, i + 1);
      if (width === 0) break;
      marked = true;
      i += 1;
    }
    visit(start, i, marked);
  }
}

/** Slots of the table of chunks met before; it starts afresh when half of them are taken. */
const SLOTS = 1 << 16;
/** Longer chunks (codes, pasted hashes) are rarely met twice and are not kept. */
const LONGEST_KEPT = 40;
let chunksMet: (string | undefined)[] = new Array<string | undefined>(SLOTS);
let chunksMetCount = 0;

/**
 * `text.slice(start, end)`, but one string for the same characters each time. A knowledge base
 * repeats its words: a chunk met before costs no new string, and the maps it is looked up in next
 * find its hash already computed and compare it by identity.
 *
 * @internal
 * @example
 * sliceChunk('wifi en wifi', 0, 4) === sliceChunk('wifi en wifi', 8, 12); // true, the same string
 */
export function sliceChunk(text: string, start: number, end: number): string {
  if (end - start > LONGEST_KEPT) return text.slice(start, end);
  let hash = 0;
  for (let i = start; i < end; i += 1) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  const length = end - start;
  let slot = hash & (SLOTS - 1);
  for (let known = chunksMet[slot]; known !== undefined; known = chunksMet[slot]) {
    if (known.length === length && text.startsWith(known, start)) return known;
    slot = (slot + 1) & (SLOTS - 1);
  }
  const chunk = text.slice(start, end);
  if (chunksMetCount >= SLOTS / 2) {
    chunksMet = new Array<string | undefined>(SLOTS);
    chunksMetCount = 0;
    slot = hash & (SLOTS - 1);
  }
  chunksMet[slot] = chunk;
  chunksMetCount += 1;
  return chunk;
}
