import { sha256Hex } from './sha256';

/**
 * The JSON text of a value with the keys of every object sorted: what `JSON.stringify` writes for
 * a copy of the value with sorted keys, written directly (no copies made). Values JSON has no
 * words for are left out of objects and written as `null` in arrays, as `JSON.stringify` does.
 */
function canonicalJson(value: unknown): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  if (Array.isArray(value)) {
    let text = '[';
    for (let index = 0; index < value.length; index += 1) {
      if (index > 0) text += ',';
      const item: unknown = value[index];
      text += isJsonValue(item) ? canonicalJson(item) : 'null';
    }
    return `${text}]`;
  }
  let text = '{';
  for (const key of sortedKeys(value)) {
    const item = (value as Record<string, unknown>)[key];
    if (!isJsonValue(item)) continue;
    if (text.length > 1) text += ',';
    text += `${JSON.stringify(key)}:${canonicalJson(item)}`;
  }
  return `${text}}`;
}

/**
 * The keys of an object in sorted order, as an object built from them in that order lists them:
 * array-index keys (`"2"`, `"10"`) first, in numeric order, then the others in sorted order.
 * `Object.keys` already lists the array-index keys first and in numeric order, so only the others
 * are sorted.
 */
function sortedKeys(value: object): string[] {
  const keys = Object.keys(value);
  let names = 0;
  while (names < keys.length && isArrayIndex(keys[names]!)) names += 1;
  return names === 0 ? keys.sort() : [...keys.slice(0, names), ...keys.slice(names).sort()];
}

function isArrayIndex(key: string): boolean {
  const first = key.charCodeAt(0);
  return first >= 48 && first <= 57 && /^(?:0|[1-9]\d{0,9})$/.test(key) && Number(key) < 2 ** 32 - 1;
}

function isJsonValue(value: unknown): boolean {
  return value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';
}

/**
 * Fingerprints a request body independent of key order, so a retried request is recognised as
 * the same one and a different body under the same idempotency key is not. The fingerprint is
 * stored with the idempotency key, so it must never change for the same body: a retry sent before
 * an upgrade and received after it would be refused as another request.
 */
export function hashRequest(body: unknown): string {
  return sha256Hex(canonicalJson(body));
}
