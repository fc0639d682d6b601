import * as crypto from 'node:crypto';

// Node 20.12 and later hash in one call, several times faster for short texts than a Hash object
// (0.3 µs against 1.8 µs for a token): a filing hashes five such texts.
const oneShot = typeof crypto.hash === 'function' ? crypto.hash : undefined;

/** The SHA-256 of a text (as UTF-8), in hexadecimal. */
export function sha256Hex(text: string): string {
  return oneShot ? oneShot('sha256', text, 'hex') : crypto.createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The SHA-256 of a text (as UTF-8), as 32 bytes. */
export function sha256Bytes(text: string): Buffer {
  return oneShot ? oneShot('sha256', text, 'buffer') : crypto.createHash('sha256').update(text, 'utf8').digest();
}

/**
 * A short tag of some content that changes whenever the content does: the first 16 characters
 * (96 bits) of its SHA-256 in base64url. Used as a version and in ETags.
 */
export function contentTag(content: string | Uint8Array): string {
  const digest = oneShot ? oneShot('sha256', content, 'base64url') : crypto.createHash('sha256').update(content).digest('base64url');
  return digest.slice(0, 16);
}
