import { createCipheriv, createDecipheriv, timingSafeEqual } from 'node:crypto';
import { drawRandomBytes } from './random-pool';
import { sha256Bytes, sha256Hex } from './sha256';

/** Makes a new case token: 256 random bits, URL-safe. */
export function generateToken(): string {
  return drawRandomBytes(32).toString('base64url');
}

/** The form a token is stored in: its SHA-256, so the database alone reveals no token. */
export function hashToken(token: string): string {
  return sha256Hex(token);
}

/** Compares a presented token with a stored hash in constant time. */
export function tokenMatches(token: string, storedHash: string): boolean {
  const presented = Buffer.from(hashToken(token), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}

/**
 * The form an idempotency key is stored in: a hash that finds the row but cannot open the sealed
 * token, which needs the key itself.
 */
export function hashIdempotencyKey(site: string, idempotencyKey: string): string {
  return sha256Hex(`${site}\u0001${idempotencyKey}`);
}

function keyFor(site: string, idempotencyKey: string): Buffer {
  return sha256Bytes(`loket-idempotency\0${site}\0${idempotencyKey}`);
}

/**
 * Seals a token with a key derived from the request's idempotency key (AES-256-GCM), so the
 * same request repeated can be answered with the same token, and nobody without the key can.
 * Only a hash of the key is stored ({@link hashIdempotencyKey}), so the database cannot open it.
 */
export function sealToken(token: string, site: string, idempotencyKey: string): string {
  const iv = drawRandomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyFor(site, idempotencyKey), iv);
  const sealed = Buffer.concat([cipher.update(token, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), sealed].map((part) => part.toString('base64url')).join('.');
}

/** Opens what {@link sealToken} sealed; throws when the key does not fit. */
export function unsealToken(sealedToken: string, site: string, idempotencyKey: string): string {
  const [iv, tag, sealed] = sealedToken.split('.').map((part) => Buffer.from(part, 'base64url'));
  if (!iv || !tag || !sealed) throw new Error('A sealed token has three parts.');
  const decipher = createDecipheriv('aes-256-gcm', keyFor(site, idempotencyKey), iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(sealed), decipher.final()]).toString('utf8');
}
