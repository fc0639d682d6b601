import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import { contentTag, sha256Bytes, sha256Hex } from './sha256';

it('hashes text as UTF-8, like a Hash object does', () => {
  for (const text of ['', 'token', 'é😀\u0000\u0001', 'x'.repeat(10_000)]) {
    const expected = createHash('sha256').update(text, 'utf8').digest();
    expect(sha256Hex(text)).toBe(expected.toString('hex'));
    expect(sha256Bytes(text).equals(expected)).toBe(true);
  }
});

it('tags text and bytes with the first 16 characters of their SHA-256 in base64url', () => {
  for (const text of ['', 'é😀', 'x'.repeat(10_000)]) {
    const expected = createHash('sha256').update(text, 'utf8').digest('base64url').slice(0, 16);
    expect(contentTag(text)).toBe(expected);
    expect(contentTag(Buffer.from(text, 'utf8'))).toBe(expected);
  }
});
