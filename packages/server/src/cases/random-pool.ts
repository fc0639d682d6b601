import { randomBytes, randomFillSync } from 'node:crypto';

/** Bytes fetched from the system's generator at a time: enough for some 90 cases. */
const POOL_BYTES = 4096;

let pool = Buffer.alloc(0);
let offset = 0;

/**
 * `size` cryptographically strong random bytes, as `crypto.randomBytes` gives them, drawn from a
 * pool that is filled 4 KB at a time. Each call of `randomBytes` goes into OpenSSL and locks its
 * generator; filing a case needs two small draws (the token and the seal's IV), which cost more
 * than hashing. Node's `randomUUID` pools its bytes the same way. Each pool is a new buffer and
 * the bytes are copied out, so no two callers ever see the same bytes.
 *
 * @example
 * const token = drawRandomBytes(32).toString('base64url');
 */
export function drawRandomBytes(size: number): Buffer {
  if (size > POOL_BYTES) return randomBytes(size);
  if (offset + size > pool.length) {
    pool = randomFillSync(Buffer.allocUnsafe(POOL_BYTES));
    offset = 0;
  }
  const bytes = Buffer.from(pool.subarray(offset, offset + size));
  offset += size;
  return bytes;
}
