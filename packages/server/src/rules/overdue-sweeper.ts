import { startRepeating } from '../background/start-repeating';
import type { Site } from '../sites/site-schema';
import type { Database } from '../store/database';
import { applyDueEscalations, RESPONSE_OWED_STATUSES } from './escalation';

/** How often the server looks for cases whose response time passed, by default. */
export const DEFAULT_SWEEP_INTERVAL_MS = 60_000;

/**
 * Escalates every case whose promised response time passed while support owed a response, on the
 * sites whose `escalation.responseTimeBreached` is on; each case at most once for this reason.
 * Safe to run on several instances at once: each case is escalated under a row lock.
 *
 * @returns the references of the cases escalated now.
 * @example
 * await sweepOverdueCases(db, sites, new Date());
 */
export async function sweepOverdueCases(db: Database, sites: ReadonlyMap<string, Site>, now: Date): Promise<string[]> {
  const escalated: string[] = [];
  for (const site of sites.values()) {
    if (!site.escalation.responseTimeBreached) continue;
    const { rows } = await db.query<{ id: string; reference: string }>(
      `SELECT id, reference FROM cases
        WHERE respond_by IS NOT NULL AND respond_by <= $1 AND site = $2
          AND status = ANY($3::text[])
          AND NOT escalations @> '["response_time_breached"]'::jsonb
        ORDER BY respond_by`,
      [now, site.key, RESPONSE_OWED_STATUSES],
    );
    for (const row of rows) {
      const after = await db.transaction((tx) => applyDueEscalations(tx, site, row.id, now));
      if (after.escalations.includes('response_time_breached')) escalated.push(row.reference);
    }
  }
  return escalated;
}

/** Options for {@link startOverdueSweeper}. */
export type OverdueSweeperOptions = {
  db: Database;
  sites: ReadonlyMap<string, Site>;
  /** Time between sweeps. @default 60000 */
  intervalMs?: number;
  /** The clock. @default () => new Date() */
  now?: () => Date;
  /** Where a failed sweep is reported; the next one runs anyway. @default console.error */
  logError?: (error: unknown) => void;
};

/**
 * Runs {@link sweepOverdueCases} now and then every `intervalMs`, until stopped.
 *
 * @returns `stop()`, which ends the timer and waits for a sweep under way.
 * @example
 * const sweeper = startOverdueSweeper({ db, sites });
 * await sweeper.stop();
 */
export function startOverdueSweeper(options: OverdueSweeperOptions): { stop(): Promise<void> } {
  const { db, sites, intervalMs = DEFAULT_SWEEP_INTERVAL_MS, now = () => new Date(), logError = (error) => console.error('[loket] Sweeping overdue cases failed:', error) } = options;
  const sweeper = startRepeating(async () => {
    await sweepOverdueCases(db, sites, now());
  }, { intervalMs, logError });
  return { stop: () => sweeper.stop() };
}
