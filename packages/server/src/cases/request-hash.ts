import { createHash } from 'node:crypto';

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/**
 * Fingerprints a request body independent of key order, so a retried request is recognised as
 * the same one and a different body under the same idempotency key is not.
 */
export function hashRequest(body: unknown): string {
  return createHash('sha256').update(JSON.stringify(canonical(body)), 'utf8').digest('hex');
}
