import type { CaseStatus, ErasureCounts } from '@loket/sdk';
import { startRepeating } from '../background/start-repeating';
import { parseDuration } from '../rules/business-time';
import type { Site } from '../sites/site-schema';
import type { Database } from '../store/database';
import { eraseCaseRows, NOTHING_ERASED } from './erase-cases';
import { recordPrivacyAction } from './privacy-log';

/** Statuses in which a case is done with, so that the retention period counts for it. */
export const RETAINED_STATUSES: readonly CaseStatus[] = ['solved', 'closed'];

/** Cases erased per transaction by default: each batch holds its cases' locks only briefly. */
export const DEFAULT_RETENTION_BATCH = 100;

/** How often the server looks for cases past their retention period, by default: hourly. */
export const DEFAULT_RETENTION_INTERVAL_MS = 60 * 60_000;

/** Options of {@link eraseExpiredCases}. */
export type EraseExpiredOptions = {
  /** Cases per transaction. @default 100 */
  batchSize?: number;
};

/**
 * Erases, on every site with `retention.cases`, each solved or closed case that has not changed
 * for that long (by `updated_at`: a message, a status change or a repeat contact starts the period
 * again), as the admin API's erase does. Works in batches, one transaction each, with a privacy
 * log entry per batch. Safe on several instances at once: each batch takes its cases with
 * `FOR UPDATE SKIP LOCKED`, so two instances never take the same case, and a case being changed
 * is left for the next run.
 *
 * @returns the counts per site that had anything to erase.
 * @example
 * const erased = await eraseExpiredCases(db, sites, new Date());
 */
export async function eraseExpiredCases(db: Database, sites: ReadonlyMap<string, Site>, now: Date, options: EraseExpiredOptions = {}): Promise<Map<string, ErasureCounts>> {
  const { batchSize = DEFAULT_RETENTION_BATCH } = options;
  const totals = new Map<string, ErasureCounts>();
  for (const site of sites.values()) {
    if (!site.retention) continue;
    const before = new Date(now.getTime() - parseDuration(site.retention.cases) * 60_000);
    for (;;) {
      const { taken, erased } = await db.transaction(async (tx) => {
        const { rows } = await tx.query<{ id: string }>(
          `SELECT id FROM cases
            WHERE site = $1 AND status = ANY($2::text[]) AND updated_at < $3
            ORDER BY updated_at LIMIT $4
            FOR UPDATE SKIP LOCKED`,
          [site.key, RETAINED_STATUSES, before, batchSize],
        );
        const counts = await eraseCaseRows(tx, site, rows.map((row) => row.id));
        if (counts.cases > 0) await recordPrivacyAction(tx, { site: site.key, action: 'erase', scope: 'retention', counts, at: now });
        return { taken: rows.length, erased: counts };
      });
      if (erased.cases > 0) totals.set(site.key, addCounts(totals.get(site.key) ?? NOTHING_ERASED, erased));
      if (taken < batchSize) break;
    }
  }
  return totals;
}

function addCounts(a: ErasureCounts, b: ErasureCounts): ErasureCounts {
  return Object.fromEntries(Object.entries(a).map(([key, value]) => [key, value + b[key as keyof ErasureCounts]])) as ErasureCounts;
}

/** Options for {@link startRetentionSweeper}. */
export type RetentionSweeperOptions = EraseExpiredOptions & {
  db: Database;
  sites: ReadonlyMap<string, Site>;
  /** Time between runs. @default 3600000 (an hour) */
  intervalMs?: number;
  /** The clock. @default () => new Date() */
  now?: () => Date;
  /** Where a failed run is reported; the next one runs anyway. @default console.error */
  logError?: (error: unknown) => void;
};

/**
 * Runs {@link eraseExpiredCases} now and then every `intervalMs`, until stopped. Without a site
 * with `retention`, nothing is started.
 *
 * @returns `stop()`, which ends the timer and waits for a run under way.
 * @example
 * const retention = startRetentionSweeper({ db, sites });
 * await retention.stop();
 */
export function startRetentionSweeper(options: RetentionSweeperOptions): { stop(): Promise<void> } {
  const { db, sites, intervalMs = DEFAULT_RETENTION_INTERVAL_MS, now = () => new Date(), logError = (error) => console.error('[loket] Erasing cases past their retention period failed:', error), batchSize } = options;
  if (![...sites.values()].some((site) => site.retention)) return { stop: async () => {} };
  const sweeper = startRepeating(async () => {
    await eraseExpiredCases(db, sites, now(), { batchSize });
  }, { intervalMs, logError });
  return { stop: () => sweeper.stop() };
}
