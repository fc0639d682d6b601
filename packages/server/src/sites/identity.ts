import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Whether `signature` is the site's signature of `email`: the HMAC-SHA256, in hex, of the address
 * exactly as given, keyed with the site's `identitySecret`, as the company's backend computes it
 * for `Loket.identify`. Compared in constant time, hex digits in either case. Without a secret,
 * an address or a signature, nothing is verified; a wrong signature is simply not a verification
 * (the report is filed all the same, unverified).
 *
 * @example
 * // The company's backend: createHmac('sha256', identitySecret).update('jan@example.com').digest('hex')
 * verifiesEmail(site.identitySecret, 'jan@example.com', signature); // → true
 */
export function verifiesEmail(secret: string | undefined, email: string | undefined, signature: string | undefined): boolean {
  if (!secret || !email || !signature) return false;
  const expected = createHmac('sha256', secret).update(email).digest();
  const given = Buffer.from(signature.toLowerCase(), 'hex');
  // Buffer.from reads hex up to the first character that is not: check the whole was read.
  return given.length === expected.length && given.toString('hex') === signature.toLowerCase() && timingSafeEqual(given, expected);
}
