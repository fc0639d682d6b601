import { expect, it } from 'vitest';
import { readRetryAfter } from './retry-after';

it('reads Retry-After as seconds or as an HTTP date, and nothing from what is neither', () => {
  const now = Date.parse('2026-11-23T10:00:00.000Z');
  expect(readRetryAfter('42', now)).toBe(42_000);
  expect(readRetryAfter('Mon, 23 Nov 2026 10:00:30 GMT', now)).toBe(30_000);
  expect(readRetryAfter('Mon, 23 Nov 2026 09:59:00 GMT', now)).toBe(0);
  expect(readRetryAfter(null, now)).toBeUndefined();
  expect(readRetryAfter('soon', now)).toBeUndefined();
});
