import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The token in a link to a case that the server sends by e-mail (`…#loket-case=LK-…&t=<token>`).
 * The server keeps no customer token in readable form, so it derives this one from the site's
 * secret key: HMAC-SHA256 over the site and reference. It reads the case like the customer's own
 * token. Rotating the key (adding a new first key) keeps old links working while the old key is
 * still listed.
 *
 * @param secretKey - the site's first secret key.
 */
export function caseLinkToken(secretKey: string, site: string, reference: string): string {
  return createHmac('sha256', secretKey).update(`loket-case-link\0${site}\0${reference}`, 'utf8').digest('base64url');
}

/** Tells, in constant time per key, whether `token` is the link token of this case under any of the site's keys. */
export function isCaseLinkToken(token: string, secretKeys: readonly string[], site: string, reference: string): boolean {
  const presented = Buffer.from(token, 'utf8');
  let matches = false;
  for (const key of secretKeys) {
    const expected = Buffer.from(caseLinkToken(key, site, reference), 'utf8');
    if (presented.length === expected.length && timingSafeEqual(presented, expected)) matches = true;
  }
  return matches;
}
