import type { Database } from '../store/database';
import { startRepeating } from '../background/start-repeating';
import type { Site } from '../sites/site-schema';
import { runDeliveryRound } from './run-delivery-round';

/** How the delivery worker runs. */
export type DeliveryWorkerOptions = {
  db: Database;
  sites: ReadonlyMap<string, Site>;
  /** Time between two rounds when nobody calls `kick`. @default 5000 */
  intervalMs?: number;
  /**
   * Time from `kick` to the round, so that the changes of that time share one round: when cases
   * are filed by the hundred per second, a round per case cost more than filing it.
   * @default 100
   */
  kickDelayMs?: number;
  /** Receives each failed attempt and each round that failed as a whole. @default console.error with a `[loket]` prefix */
  logError?: (error: unknown) => void;
};

/** A running delivery worker. */
export type DeliveryWorker = {
  /** Runs a round soon (after `kickDelayMs`), e.g. after a case changed; a round under way is followed by one more. */
  kick(): void;
  /** Stops polling and resolves when the round under way has finished. */
  stop(): Promise<void>;
};

/**
 * Starts sending the outbox: runs `runDeliveryRound` now and then every `intervalMs`, one round
 * at a time. Several server instances may each run one on the same database.
 *
 * @example
 * const worker = startDeliveryWorker({ db, sites });
 * // after a support reply: worker.kick();
 * await worker.stop();
 */
export function startDeliveryWorker(options: DeliveryWorkerOptions): DeliveryWorker {
  const { db, sites, intervalMs = 5000, kickDelayMs = 100, logError = (error: unknown) => console.error('[loket]', error) } = options;
  const runRound = async () => {
    const report = await runDeliveryRound(db, sites);
    for (const failure of report.failed) {
      logError(
        new Error(
          `Delivery ${failure.id} (${failure.channel} to ${failure.target}) failed on attempt ${failure.attempts}; next attempt at ${failure.nextAttemptAt.toISOString()}. ${failure.error.message}`,
          { cause: failure.error },
        ),
      );
    }
  };
  return startRepeating(runRound, {
    intervalMs,
    kickDelayMs,
    logError: (error) => logError(new Error('A delivery round failed; it runs again at the next interval.', { cause: error })),
  });
}
