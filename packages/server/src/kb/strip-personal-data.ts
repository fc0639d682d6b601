/**
 * Patterns of personal details customers type into a problem description. Each is replaced by a
 * placeholder before anything they wrote is stored as evidence for ranking.
 */
const PATTERNS: [RegExp, string][] = [
  // E-mail addresses. A match starts where a run of address characters starts: tried from inside
  // the run too, 5000 characters without an @ took some 60 ms (every start scans to the end).
  [/(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu, '[e-mail]'],
  // IBAN account numbers, with or without spaces (NL91 ABNA 0417 1643 00).
  [/\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,3})?\b/gi, '[account]'],
  // Dutch postcodes with a house number (1234 AB 5, 1234AB, 12a) and house numbers before them.
  [/\b\d{4}\s?[A-Z]{2}\b(?:\s*,?\s*\d+[a-z]?\b)?/gi, '[postcode]'],
  // Street and house number (Havenkade 21, Dorpsstraat 3a).
  [/\b\p{L}+(?:straat|laan|weg|plein|kade|gracht|dijk|singel|hof|park|street|road|avenue|lane)\s+\d+[a-z]?\b/giu, '[address]'],
  // Phone numbers: +31 6 12345678, 06-12345678, 020 123 4567, (020) 1234567.
  [/(?<![\w+])(?:\+\d{1,3}(?:[\s-]?\d){8,12}|\(?0\d{1,3}\)?(?:[\s-]?\d){6,9})(?!\w)/g, '[phone]'],
  // Customer, contract or other long numbers.
  [/\b\d{6,}\b/g, '[number]'],
];

/**
 * Replaces e-mail addresses, phone numbers, postcodes with house numbers, street addresses and
 * account numbers in what a customer wrote, so it can be kept as evidence without keeping them.
 *
 * @example
 * stripPersonalData('Mail me: an@example.nl, 06-12345678'); // 'Mail me: [e-mail], [phone]'
 */
export function stripPersonalData(text: string): string {
  return PATTERNS.reduce((result, [pattern, placeholder]) => result.replace(pattern, placeholder), text);
}
