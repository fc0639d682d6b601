import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import { hashRequest } from './request-hash';

/** The first form of the fingerprint, which stored idempotency keys hold: sorted copies, then JSON. */
function firstHash(body: unknown): string {
  const canonical = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(canonical);
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.keys(value).sort().map((key) => [key, canonical((value as Record<string, unknown>)[key])]));
    }
    return value;
  };
  return createHash('sha256').update(JSON.stringify(canonical(body)), 'utf8').digest('hex');
}

const bodies: unknown[] = [
  { site: 'demo', topic: 'internet', answers: { since: '2026-11-20', 'modem-on': 'yes', scope: ['all', 'tv'] }, description: 'Geen internet', contact: {} },
  { b: 1, a: { d: [1, { z: null, y: 'é' }], c: true }, '': 'leeg', 'Ä': 'ä', '😀': 'smile', '\u0000': 'nul' },
  { 10: 'ten', 2: 'two', a: 'a', '01': 'leading zero', '-1': 'minus', 4294967295: 'not an index', 4294967294: 'last index' },
  { gone: undefined, kept: 0, negativeZero: -0, notANumber: Number.NaN, list: [undefined, () => 1, 'x'], fn: () => 1 },
  ['top', 'level', { array: [] }], 'text', 42, null, true,
];

it('fingerprints every body as its first form did, so retries across an upgrade are recognised', () => {
  for (const body of bodies) expect(hashRequest(body)).toBe(firstHash(body));
});

it('is the same whatever the order of the keys, and differs for another body', () => {
  expect(hashRequest({ a: 1, b: { c: 2, d: 3 } })).toBe(hashRequest({ b: { d: 3, c: 2 }, a: 1 }));
  expect(hashRequest({ a: 1, b: { c: 2, d: 3 } })).not.toBe(hashRequest({ a: 1, b: { c: 2, d: 4 } }));
});
