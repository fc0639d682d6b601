import { stemmer as stemEnglish } from '@orama/stemmers/english';
import type { Locale } from '../schemas/locale';
import { scanChunks, sliceChunk } from './scan-chunks';
import { stemDutch } from './stem-dutch';
import { STOP_WORDS } from './stop-words';

const STEMMERS = { nl: stemDutch, en: stemEnglish } as const satisfies Record<Locale, (word: string) => string>;
const STOP_WORD_SETS: Record<Locale, ReadonlySet<string>> = { nl: new Set(STOP_WORDS.nl), en: new Set(STOP_WORDS.en) };
/** Stems of words seen before: knowledge bases repeat their words, and stemming is the slow part. */
const STEM_CACHES: Record<Locale, Map<string, string>> = { nl: new Map(), en: new Map() };
const STEM_CACHE_SIZE = 50_000;

/** Units written after a number; `2,4 GHz` becomes the one word `2.4ghz`, as in `2.4GHz`. */
const UNITS: ReadonlySet<string> = new Set(['ghz', 'mhz', 'khz', 'hz', 'kb', 'mb', 'gb', 'tb', 'kbit', 'mbit', 'gbit', 'kbps', 'mbps', 'gbps', 'ms', 'mah']);

const NON_ASCII = /[^\u0000-\u007f]/;
const MARKS = /\p{M}+/gu;
const NUMBER = /^\d+(?:\.\d+)*$/;
const DECIMAL_MARK = /(\d)[.,](?=\d)/g;
const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;
/** Stands in for a decimal mark while the other dots and commas split words. */
const KEPT_MARK = '\u0001';

/**
 * Splits a hyphenated word into its parts, and also joins them when one is a fragment that is
 * often written together: `wi-fi` → `wifi`, `wi`, `fi`; `tv-zender` → `tvzender`, `tv`, `zender`.
 */
function splitHyphens(word: string): string[] {
  const parts = word.split('-').filter((part) => part !== '');
  if (parts.length < 2) return parts;
  return parts.some((part) => part.length <= 2 && !NUMBER.test(part)) ? [parts.join(''), ...parts] : parts;
}

/** Words of chunks with inner marks seen before: texts repeat them (`wi-fi`, `2,4`, `zeewind.example`). */
const CHUNK_WORDS = new Map<string, readonly string[]>();
const CHUNK_WORDS_SIZE = 10_000;

/**
 * Splits one chunk, lower case, at dots and commas that are not decimal marks (`example.com` →
 * `example`, `com`) and drops apostrophes, with a final `'s` (Dutch `auto's`, English `modem's`
 * → `modem`); hyphenated words as {@link splitHyphens} does.
 *
 * @internal
 * @example
 * wordsOfChunk('wi-fi'); // ['wifi', 'wi', 'fi']
 */
export function wordsOfChunk(chunk: string): readonly string[] {
  let words = CHUNK_WORDS.get(chunk);
  if (words === undefined) {
    if (CHUNK_WORDS.size >= CHUNK_WORDS_SIZE) CHUNK_WORDS.clear();
    words = splitChunk(chunk);
    CHUNK_WORDS.set(chunk, words);
  }
  return words;
}

function splitChunk(chunk: string): string[] {
  return chunk
    .replace(DECIMAL_MARK, `$1${KEPT_MARK}`)
    .split(/[.,]/)
    .flatMap((piece) => splitHyphens(piece.replace(/['’]s$/, '').replace(/['’]/g, '').replaceAll(KEPT_MARK, '.')));
}

/**
 * The runs of letters and digits in a text as written, joined by inner dots, commas, apostrophes
 * and hyphens: the pieces {@link wordsOf} takes apart, e.g. to show the word a customer wrote for a term.
 *
 * @example
 * chunksOf('Wi-Fi op 2,4 GHz'); // ['Wi-Fi', 'op', '2,4', 'GHz']
 */
export function chunksOf(text: string): string[] {
  const chunks: string[] = [];
  scanChunks(text, (start, end) => chunks.push(text.slice(start, end)));
  return chunks;
}

/**
 * A text as the ranking reads it: lower case, and without diacritics (decomposed, marks dropped).
 *
 * @internal
 * @example
 * normaliseText('Geïnstalleerd CAFÉ'); // 'geinstalleerd cafe'
 */
export function normaliseText(text: string): string {
  // Decomposing and dropping marks leave ASCII as it is; most text is ASCII and skips both.
  return (NON_ASCII.test(text) ? text.normalize('NFKD').replace(MARKS, '') : text).toLowerCase();
}

/**
 * Calls `visit` with each word of a text already normalised by {@link normaliseText}, before a
 * unit is glued to a number (see {@link gluesTo}).
 *
 * @internal
 * @example
 * forEachLooseWord('wi-fi op 2,4 ghz', (word) => console.log(word)); // wifi, wi, fi, op, 2.4, ghz
 */
export function forEachLooseWord(normalised: string, visit: (word: string) => void): void {
  scanChunks(normalised, (start, end, marked) => {
    const chunk = sliceChunk(normalised, start, end);
    // Most chunks are plain words; only those with inner marks need taking apart.
    if (marked) wordsOfChunk(chunk).forEach(visit);
    else visit(chunk);
  });
}

/**
 * Whether a word is a unit written after a number, which joins it: `2.4` and `ghz` make `2.4ghz`.
 *
 * @example
 * gluesTo('5', 'ghz'); // true
 * gluesTo('wifi', 'ghz'); // false
 */
function gluesTo(previous: string, word: string): boolean {
  return isUnit(word) && isNumber(previous);
}

/**
 * Whether a word is a unit that joins a number before it (see {@link gluesTo}).
 *
 * @internal
 * @example
 * isUnit('ghz'); // true
 */
export const isUnit = (word: string): boolean => UNITS.has(word);

/**
 * Whether a word is a number that a unit after it joins (see {@link gluesTo}).
 *
 * @internal
 * @example
 * isNumber('2.4'); // true
 */
export const isNumber = (word: string): boolean => isDigit(word.charCodeAt(0)) && NUMBER.test(word);

/**
 * The words of a text as the ranking compares them, before stop words and stemming: lower case,
 * without diacritics, decimal commas as dots, and a number glued to the unit after it.
 *
 * @internal Shared by {@link termsOf} and the query expansion, which needs the words as typed.
 * @example
 * wordsOf('Wi-Fi op 2,4 GHz'); // ['wifi', 'wi', 'fi', 'op', '2.4ghz']
 */
export function wordsOf(text: string): string[] {
  const words: string[] = [];
  forEachLooseWord(normaliseText(text), (word) => {
    const last = words.length - 1;
    if (last >= 0 && gluesTo(words[last]!, word)) words[last] += word;
    else words.push(word);
  });
  return words;
}

/**
 * The term of one word from {@link wordsOf}: its stem, the word itself when it holds a digit,
 * or `undefined` for a stop word or a single letter.
 *
 * @internal
 * @example
 * termOf('verbindingen', 'nl'); // 'verbind'
 * termOf('het', 'nl'); // undefined
 */
export function termOf(word: string, locale: Locale): string | undefined {
  if (STOP_WORD_SETS[locale].has(word) || /^\p{L}$/u.test(word)) return undefined;
  if (/\d/.test(word)) return word;
  const cache = STEM_CACHES[locale];
  let stem = cache.get(word);
  if (stem === undefined) {
    // Bounded, so a long-running server that ranks every customer's words does not grow forever.
    if (cache.size >= STEM_CACHE_SIZE) cache.clear();
    stem = STEMMERS[locale](word);
    cache.set(word, stem);
  }
  return stem;
}

/**
 * Turns a text into the terms that the ranking matches on: lower case, without diacritics, split
 * into words of letters and digits, without stop words, and stemmed with the Snowball stemmer of
 * the locale. Digits are kept: `5 GHz`, `5GHz` and `5ghz` all give `5ghz`, and `2,4 GHz` gives
 * `2.4ghz`. Hyphenated words split; with a short part they also join (`wi-fi` gives `wifi` too).
 *
 * The server uses it to turn the words of customers into learned evidence, so both sides agree.
 *
 * @param text - Any text: a question, an article, an answer.
 * @param locale - The language of the text, which picks the stop words and the stemmer.
 * @returns The terms in the order of the text, repeats included.
 * @example
 * termsOf('Mijn wifi-verbindingen vallen weg op 2,4 GHz', 'nl'); // ['wifi', 'verbind', 'vall', 'weg', '2.4ghz']
 * termsOf('The connection keeps dropping', 'en'); // ['connec', 'keep', 'drop']
 */
export function termsOf(text: string, locale: Locale): string[] {
  return wordsOf(text).flatMap((word) => termOf(word, locale) ?? []);
}
