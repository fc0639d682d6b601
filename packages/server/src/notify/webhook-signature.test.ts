import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signWebhook, verifyWebhookSignature } from './webhook-signature';

const secret = 'whsec_test';
const body = '{"id":"4b7e","type":"message"}';
const now = new Date('2026-11-23T10:00:00Z');
const t = Math.floor(now.getTime() / 1000);

describe('webhook signatures', () => {
  it('signs the timestamp and the body with HMAC-SHA256 in hex', () => {
    const expected = createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
    expect(signWebhook({ secret, body, timestamp: t })).toBe(`t=${t},v1=${expected}`);
  });

  it('accepts its own signature, from a string or from the raw bytes', () => {
    const header = signWebhook({ secret, body, timestamp: t });
    expect(verifyWebhookSignature({ secret, header, body, now })).toBe(true);
    expect(verifyWebhookSignature({ secret, header, body: Buffer.from(body), now })).toBe(true);
  });

  it('refuses a changed body, another secret, a missing or malformed header', () => {
    const header = signWebhook({ secret, body, timestamp: t });
    expect(verifyWebhookSignature({ secret, header, body: body.replace('message', 'status'), now })).toBe(false);
    expect(verifyWebhookSignature({ secret: 'other', header, body, now })).toBe(false);
    expect(verifyWebhookSignature({ secret, header: undefined, body, now })).toBe(false);
    expect(verifyWebhookSignature({ secret, header: 'v1=abc', body, now })).toBe(false);
    expect(verifyWebhookSignature({ secret, header: `t=${t + 1},${header.split(',')[1]}`, body, now })).toBe(false);
  });

  it('refuses a signature older or newer than the tolerance', () => {
    const old = signWebhook({ secret, body, timestamp: t - 301 });
    expect(verifyWebhookSignature({ secret, header: old, body, now })).toBe(false);
    expect(verifyWebhookSignature({ secret, header: old, body, now, toleranceSeconds: 600 })).toBe(true);
    expect(verifyWebhookSignature({ secret, header: signWebhook({ secret, body, timestamp: t + 301 }), body, now })).toBe(false);
  });

  it('accepts a header with several v1 values when one matches (secret rotation)', () => {
    const header = signWebhook({ secret, body, timestamp: t });
    const withOld = `${header},v1=${signWebhook({ secret: 'old', body, timestamp: t }).split('v1=')[1]}`;
    expect(verifyWebhookSignature({ secret, header: withOld, body, now })).toBe(true);
  });
});
