import { ValidationError } from '@loket/sdk';
import type { FieldError } from '@loket/sdk';

// A UTF-16 code unit of a surrogate pair without its other half: no character, and nothing UTF-8
// can encode (PostgreSQL refuses it in jsonb; as text it would become U+FFFD).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

// Every character that may make text unstorable: most requests hold none, and are let through
// after this one scan, without the paths and messages of the full check.
const SUSPECT = /[\u0000\uD800-\uDFFF]/;

/** Whether any string or object key in `value` holds a character {@link problemOf} must look at. */
function holdsSuspect(value: unknown): boolean {
  if (typeof value === 'string') return SUSPECT.test(value);
  if (typeof value !== 'object' || value === null) return false;
  for (const [key, item] of Object.entries(value)) {
    if (SUSPECT.test(key) || holdsSuspect(item)) return true;
  }
  return false;
}

/** Why PostgreSQL cannot store this text as it came, or `undefined` when it can. */
function problemOf(text: string): string | undefined {
  const nul = text.indexOf('\u0000');
  if (nul !== -1) return `Remove the NUL character (U+0000) at position ${nul + 1}: text cannot hold it.`;
  const lone = LONE_SURROGATE.exec(text);
  if (lone) {
    const unit = lone[0].charCodeAt(0).toString(16).toUpperCase();
    return `The text holds half a surrogate pair (U+${unit}) at position ${lone.index + 1}, which is no character. Send valid Unicode text.`;
  }
  return undefined;
}

function collect(value: unknown, path: string, found: FieldError[]): void {
  if (typeof value === 'string') {
    const message = problemOf(value);
    if (message) found.push({ path, code: 'invalid', message });
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  for (const [key, item] of Object.entries(value)) {
    const itemPath = path ? `${path}.${key}` : key;
    const keyProblem = problemOf(key);
    if (keyProblem) found.push({ path: itemPath, code: 'invalid', message: `The name of this field is not storable text. ${keyProblem}` });
    collect(item, itemPath, found);
  }
}

/**
 * Refuses text that the database cannot store byte for byte: a NUL character (PostgreSQL's text
 * and jsonb cannot hold U+0000) or a lone UTF-16 surrogate (not a character; no UTF-8 for it).
 * Checks every string and every object key of a validated request, so what is accepted is
 * stored and returned as it came, and what is not gets a 422 naming the field instead of a 500.
 *
 * @param value - A request body or query after validation.
 * @throws {ValidationError} with an `invalid` field error per string that cannot be stored.
 * @example
 * requireStorableText({ description: 'a\u0000b' });
 * // throws: [{ path: 'description', code: 'invalid', message: 'Remove the NUL character (U+0000) at position 2: …' }]
 */
export function requireStorableText(value: unknown): void {
  if (!holdsSuspect(value)) return;
  const found: FieldError[] = [];
  collect(value, '', found);
  if (found.length > 0) throw new ValidationError(found);
}
