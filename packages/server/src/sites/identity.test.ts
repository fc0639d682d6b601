import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { verifiesEmail } from './identity';

const SECRET = 'identity-secret-of-the-site-0123456789';
const signatureOf = (email: string, secret = SECRET) => createHmac('sha256', secret).update(email).digest('hex');

describe('verifiesEmail', () => {
  it('accepts the HMAC-SHA256 of the address with the site’s identity secret, in either case of hex digits', () => {
    expect(verifiesEmail(SECRET, 'jan@example.com', signatureOf('jan@example.com'))).toBe(true);
    expect(verifiesEmail(SECRET, 'jan@example.com', signatureOf('jan@example.com').toUpperCase())).toBe(true);
  });

  it('refuses a signature of another address, with another secret, cut short, padded or not hex', () => {
    const good = signatureOf('jan@example.com');
    expect(verifiesEmail(SECRET, 'piet@example.com', good)).toBe(false);
    expect(verifiesEmail(SECRET, 'Jan@example.com', good)).toBe(false);
    expect(verifiesEmail(SECRET, 'jan@example.com', signatureOf('jan@example.com', `${SECRET}x`))).toBe(false);
    expect(verifiesEmail(SECRET, 'jan@example.com', good.slice(0, 62))).toBe(false);
    expect(verifiesEmail(SECRET, 'jan@example.com', `${good}00`)).toBe(false);
    expect(verifiesEmail(SECRET, 'jan@example.com', `${good.slice(0, 62)}zz`)).toBe(false);
  });

  it('verifies nothing without a secret, an address or a signature', () => {
    expect(verifiesEmail(undefined, 'jan@example.com', signatureOf('jan@example.com'))).toBe(false);
    expect(verifiesEmail(SECRET, undefined, signatureOf('jan@example.com'))).toBe(false);
    expect(verifiesEmail(SECRET, 'jan@example.com', undefined)).toBe(false);
  });
});
