import type { Queryable } from '../store/database';
import type { DeliveryChannel, EmailPayload, WebhookPayload } from './delivery-payload';
import { retryDelayMs } from './retry-delay';

/**
 * How long a claimed delivery belongs to the instance that claimed it. Longer than any attempt
 * can take (webhooks time out after 10 s, SMTP after at most a minute), so only a crashed
 * instance's deliveries are taken over, after this time.
 */
export const CLAIM_LEASE_MS = 5 * 60_000;

/** A delivery claimed for one attempt. */
export type ClaimedDelivery = {
  id: string;
  site: string;
  eventId: string;
  channel: DeliveryChannel;
  target: string;
  payload: WebhookPayload | EmailPayload;
  /** Attempts made, this one included. */
  attempts: number;
};

type DeliveryRow = {
  id: string;
  site: string;
  event_id: string;
  channel: DeliveryChannel;
  target: string;
  payload: WebhookPayload | EmailPayload;
  attempts: number;
};

/**
 * Claims up to `limit` due deliveries in one statement: each is taken by one instance only
 * (`SKIP LOCKED`) and leased until `now + CLAIM_LEASE_MS`, after which it is due again should the
 * instance die before it records the outcome.
 */
export async function claimDueDeliveries(db: Queryable, now: Date, limit: number): Promise<ClaimedDelivery[]> {
  const { rows } = await db.query<DeliveryRow>(
    `UPDATE deliveries d SET attempts = d.attempts + 1, next_attempt_at = $2
       FROM (SELECT id FROM deliveries
              WHERE delivered_at IS NULL AND next_attempt_at <= $1
              ORDER BY next_attempt_at, created_at
              LIMIT $3
              FOR UPDATE SKIP LOCKED) due
      WHERE d.id = due.id
      RETURNING d.id, d.site, d.event_id, d.channel, d.target, d.payload, d.attempts`,
    [now.toISOString(), new Date(now.getTime() + CLAIM_LEASE_MS).toISOString(), limit],
  );
  return rows.map((row) => ({
    id: row.id,
    site: row.site,
    eventId: row.event_id,
    channel: row.channel,
    target: row.target,
    payload: row.payload,
    attempts: Number(row.attempts),
  }));
}

/** Records that a delivery arrived; it is never attempted again. */
export async function markDelivered(db: Queryable, id: string, now: Date): Promise<void> {
  await db.query('UPDATE deliveries SET delivered_at = $2, last_error = NULL WHERE id = $1', [id, now.toISOString()]);
}

/**
 * Records a failed attempt and when to try again (see `retryDelayMs`).
 *
 * @returns the time of the next attempt.
 */
export async function markFailed(db: Queryable, delivery: ClaimedDelivery, error: string, now: Date): Promise<Date> {
  const next = new Date(now.getTime() + retryDelayMs(delivery.attempts));
  await db.query('UPDATE deliveries SET next_attempt_at = $2, last_error = $3 WHERE id = $1 AND delivered_at IS NULL', [
    delivery.id,
    next.toISOString(),
    error.slice(0, 2000),
  ]);
  return next;
}
