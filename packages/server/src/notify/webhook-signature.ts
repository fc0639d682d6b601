import { createHmac, timingSafeEqual } from 'node:crypto';

/** Name of the header that carries a webhook's signature. */
export const SIGNATURE_HEADER = 'Loket-Signature';

/**
 * Signs a webhook body: `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>`. The
 * timestamp is signed too, so a captured request cannot be replayed later than the receiver's
 * tolerance.
 *
 * @param options.secret - the webhook's `secret` from site.yaml.
 * @param options.body - the exact bytes that are sent.
 * @param options.timestamp - unix seconds. @default now
 * @returns the value of the `Loket-Signature` header.
 * @example
 * signWebhook({ secret: 'whsec', body: '{"id":"…"}' }); // 't=1764000000,v1=5f0c…'
 */
export function signWebhook(options: { secret: string; body: string; timestamp?: number }): string {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  return `t=${timestamp},v1=${hmacHex(options.secret, timestamp, options.body)}`;
}

/** What a receiver needs to check a webhook it got from Loket. */
export type VerifyWebhookSignatureOptions = {
  /** The webhook's `secret`, as in site.yaml. */
  secret: string;
  /** The `Loket-Signature` header as received (Node's `req.headers['loket-signature']` as is); `undefined` when it was missing. */
  header: string | readonly string[] | null | undefined;
  /** The raw request body, exactly as received (not parsed and serialised again). */
  body: string | Uint8Array;
  /** How far the signed time may be from `now`, in seconds. @default 300 */
  toleranceSeconds?: number;
  /** The receiver's clock. @default new Date() */
  now?: Date;
};

/**
 * Tells whether a webhook request really comes from Loket: the header's `v1` is the HMAC-SHA256
 * of `"<t>.<body>"` with the secret, and `t` lies within the tolerance of `now`. Compares in
 * constant time. Answer a request for which this is `false` with 400 and do not process it.
 *
 * @returns `true` only for an authentic, recent request.
 * @example
 * const ok = verifyWebhookSignature({ secret: process.env.LOKET_WEBHOOK_SECRET!, header: req.headers['loket-signature'], body: rawBody });
 */
export function verifyWebhookSignature(options: VerifyWebhookSignatureOptions): boolean {
  const { secret, toleranceSeconds = 300, now = new Date() } = options;
  const header = typeof options.header === 'string' ? options.header : options.header?.join(',');
  if (!header) return false;
  const parts = header.split(',').map((part) => part.trim().split('='));
  const timestamps = parts.filter(([key]) => key === 't').map(([, value]) => value ?? '');
  const signatures = parts.filter(([key]) => key === 'v1').map(([, value]) => value ?? '');
  if (timestamps.length !== 1 || !/^\d+$/.test(timestamps[0]!) || signatures.length === 0) return false;
  const timestamp = Number(timestamps[0]);
  if (Math.abs(now.getTime() / 1000 - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(hmacHex(secret, timestamp, options.body), 'utf8');
  // Several v1 values may be listed while a secret is being rotated; one match is enough.
  return signatures.some((signature) => {
    const presented = Buffer.from(signature, 'utf8');
    return presented.length === expected.length && timingSafeEqual(presented, expected);
  });
}

function hmacHex(secret: string, timestamp: number, body: string | Uint8Array): string {
  const hmac = createHmac('sha256', secret).update(`${timestamp}.`, 'utf8');
  return (typeof body === 'string' ? hmac.update(body, 'utf8') : hmac.update(body)).digest('hex');
}
