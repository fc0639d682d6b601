import type { Database } from '../store/database';
import type { Site } from '../sites/site-schema';
import { deliver } from './deliver';
import { claimDueDeliveries, markDelivered, markFailed } from './delivery-store';
import type { ClaimedDelivery } from './delivery-store';
import { fanOutEvents } from './fan-out';
import type { MailSender } from './send-case-email';

/** Deliveries claimed and attempted at once. */
const DELIVERY_BATCH = 20;

/** Batches per round at most, so a long backlog does not keep `stop()` waiting. */
const MAX_BATCHES_PER_ROUND = 10;

/** A delivery attempt that failed and is scheduled again. */
export type FailedDelivery = Omit<ClaimedDelivery, 'payload'> & { error: Error; nextAttemptAt: Date };

/** What one round did. */
export type DeliveryRoundReport = {
  /** Timeline events turned into deliveries. */
  fannedOut: number;
  /** Deliveries that arrived. */
  delivered: number;
  /** Deliveries whose attempt failed; each is retried later. */
  failed: FailedDelivery[];
};

/**
 * One round of the outbox: fans out new timeline events into deliveries, then claims the due
 * deliveries and attempts each once; a failed one is rescheduled with backoff and its error kept
 * in `last_error`. Safe to run on several instances at once: each delivery is claimed by one.
 *
 * @param now - the time the round runs at (tests move it forward). @default the real clock.
 *   Webhook signatures always carry the real clock's time.
 * @example
 * const report = await runDeliveryRound(db, sites);
 * for (const failure of report.failed) console.error(failure.error.message);
 */
export async function runDeliveryRound(db: Database, sites: ReadonlyMap<string, Site>, now?: Date): Promise<DeliveryRoundReport> {
  const clock = () => now ?? new Date();
  const report: DeliveryRoundReport = { fannedOut: await fanOutEvents(db, sites, clock()), delivered: 0, failed: [] };
  const senders = new Map<string, MailSender>();
  try {
    for (let batch = 0; batch < MAX_BATCHES_PER_ROUND; batch++) {
      const claimed = await claimDueDeliveries(db, clock(), DELIVERY_BATCH);
      await Promise.all(
        claimed.map(async (delivery) => {
          try {
            await deliver(delivery, sites, senders);
          } catch (caught) {
            const error = caught instanceof Error ? caught : new Error(String(caught));
            const nextAttemptAt = await markFailed(db, delivery, error.message, clock());
            const { id, site, eventId, channel, target, attempts } = delivery;
            report.failed.push({ id, site, eventId, channel, target, attempts, error, nextAttemptAt });
            return;
          }
          await markDelivered(db, delivery.id, clock());
          report.delivered += 1;
        }),
      );
      if (claimed.length < DELIVERY_BATCH) break;
    }
  } finally {
    for (const sender of senders.values()) sender.close();
  }
  return report;
}
