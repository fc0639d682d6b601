import { createHash } from 'node:crypto';
import { drawRandomBytes } from '../cases/random-pool';

/** A secret key given by its SHA-256 in `site.yaml`, so the configuration never holds the key itself. */
const HASHED_KEY = /^sha256:([0-9a-f]{64})$/;

/**
 * Whether a `secretKeys` entry is a key's hash (`sha256:<64 hex digits>`) rather than the key.
 * A hashed key opens the admin API; it cannot sign the links in e-mails, which needs the key.
 *
 * @example
 * isHashedKey('sha256:9f86d08…'); // true
 */
export function isHashedKey(entry: string): boolean {
  return HASHED_KEY.test(entry);
}

/**
 * The SHA-256 (hex) of a `secretKeys` entry's key, what a presented key is compared with:
 * computed for a key, taken as written for a hashed one.
 *
 * @example
 * secretKeyHash('sha256:9f86d08…'); // '9f86d08…'
 */
export function secretKeyHash(entry: string): string {
  return HASHED_KEY.exec(entry)?.[1] ?? createHash('sha256').update(entry, 'utf8').digest('hex');
}

/** The keys of `secretKeys` written out, in order: those that can sign and check links in e-mails. */
export function signingKeys(secretKeys: readonly string[]): string[] {
  return secretKeys.filter((entry) => !isHashedKey(entry));
}

/**
 * A new secret key (256 random bits, URL-safe) and the `secretKeys` line that admits it without
 * holding it, for `loket key`.
 *
 * @example
 * const { key, hashed } = newSecretKey(); // hashed === `sha256:${sha256(key)}`
 */
export function newSecretKey(): { key: string; hashed: string } {
  const key = drawRandomBytes(32).toString('base64url');
  return { key, hashed: `sha256:${secretKeyHash(key)}` };
}
