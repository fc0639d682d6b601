import { startRepeating } from '../background/start-repeating';
import type { Queryable } from '../store/database';
import { DatabaseUnavailableError } from '../store/database-unavailable';
import { deleteRateLimitCountsBefore, shareRateLimitCounts } from '../store/rate-limit-counts';
import type { NewHits } from '../store/rate-limit-counts';

/** Length of a counting window: limits are per minute. */
export const RATE_LIMIT_WINDOW_MS = 60_000;

/** Whose requests of which kind are counted together. */
export type RateLimitKey = {
  /** The site's key; empty for the per-case routes, which name no site. */
  site: string;
  /** The kind of request, e.g. `cases`. */
  bucket: string;
  /** The client's address, as `clientAddress` gives it. */
  address: string;
};

/** Options of {@link createRateLimiter}. */
export type RateLimiterOptions = {
  /** Where the instances on one database share their counts. */
  db: Queryable;
  /** Time between two rounds of sharing the counts with the other instances (rounds without requests are left out). @default 1000 */
  syncIntervalMs?: number;
  /** The clock, in milliseconds since 1970. @default Date.now */
  now?: () => number;
  /** Receives a failed round; the counts are shared in the next one. @default console.error */
  logError?: (error: unknown) => void;
};

/** Counts requests per client in windows of a minute, shared with every instance on the database. */
export type RateLimiter = {
  /**
   * Counts one request of `key` against `limit` requests a minute.
   *
   * @returns 0 when the request may be served; otherwise the whole seconds until the window is
   *   over (at least 1), to answer with `Retry-After`. A refused request is not counted.
   */
  take(key: RateLimitKey, limit: number): number;
  /**
   * Shares the counts with the other instances now, and learns theirs; the limiter does so every
   * `syncIntervalMs` in which it counted a request.
   */
  sync(): Promise<void>;
  /** Stops the rounds and shares what was counted since the last one. */
  stop(): Promise<void>;
};

type Entry = RateLimitKey & {
  windowStart: number;
  limit: number;
  /** The count of all instances at the last round (this instance's shared hits included). */
  shared: number;
  /** Hits being added to the shared count by the round under way. */
  sending: number;
  /** Hits counted here since the last round. */
  pending: number;
};

const entryId = (windowStart: number, key: RateLimitKey) => `${windowStart}\u0001${key.site}\u0001${key.bucket}\u0001${key.address}`;

/**
 * Creates the rate limiter of one server instance. Requests are counted in memory, so a request
 * costs no round trip to the database; in each second in which it counted requests, the instance
 * adds its counts to the shared ones in the database (one statement) and reads back the totals of
 * the clients it counted and of every client at its limit. An instance without requests makes no
 * round trips. A client is refused by an instance once the count it knows reaches the limit:
 * exactly on one instance; across several, each learns of the others' requests in the round after
 * its own, so a client that spreads its requests over n instances can pass the limit by what each
 * admits in a second before it knows, and never more than n times the limit. The windows are the
 * minutes of the clock; counts of past windows are deleted once a minute, in a round.
 *
 * @example
 * const limiter = createRateLimiter({ db });
 * if (limiter.take({ site: 'demo', bucket: 'cases', address: '203.0.113.7' }, 60) > 0) { … }
 */
export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const { db, syncIntervalMs = 1000, now = Date.now, logError = (error) => console.error('[loket]', error) } = options;
  const entries = new Map<string, Entry>();
  let deletedBefore = 0;
  /** Whether a request was counted since the last round: an instance without requests makes no rounds. */
  let countedSinceRound = false;

  function take(key: RateLimitKey, limit: number): number {
    const at = now();
    const windowStart = at - (at % RATE_LIMIT_WINDOW_MS);
    const id = entryId(windowStart, key);
    let entry = entries.get(id);
    if (!entry) {
      entry = { ...key, windowStart, limit, shared: 0, sending: 0, pending: 0 };
      entries.set(id, entry);
    }
    entry.limit = limit;
    if (entry.shared + entry.sending + entry.pending >= limit) return Math.max(1, Math.ceil((windowStart + RATE_LIMIT_WINDOW_MS - at) / 1000));
    entry.pending += 1;
    countedSinceRound = true;
    return 0;
  }

  async function shareCounts(): Promise<void> {
    countedSinceRound = false;
    const at = now();
    const current = at - (at % RATE_LIMIT_WINDOW_MS);
    const sent: Entry[] = [];
    const hits: NewHits[] = [];
    for (const entry of entries.values()) {
      if (entry.pending === 0) continue;
      entry.sending = entry.pending;
      entry.pending = 0;
      sent.push(entry);
      hits.push({ windowStart: entry.windowStart, site: entry.site, bucket: entry.bucket, address: entry.address, hits: entry.sending, limit: entry.limit });
    }
    let counts;
    try {
      counts = await shareRateLimitCounts(db, hits, current);
    } catch (error) {
      // Hits of a failed round go with the next one, which the next request counted asks for: a
      // database out of reach is not asked again every second by an instance without requests.
      for (const entry of sent) {
        entry.pending += entry.sending;
        entry.sending = 0;
      }
      throw error;
    }
    // The hits sent are in the shared counts now.
    for (const entry of sent) entry.sending = 0;
    for (const { hits: total, ...key } of counts) {
      const id = entryId(key.windowStart, key);
      const entry = entries.get(id) ?? { ...key, limit: total, shared: 0, sending: 0, pending: 0 };
      entry.shared = Math.max(entry.shared, total);
      entries.set(id, entry);
    }
    for (const [id, entry] of entries) if (entry.windowStart < current && entry.pending === 0) entries.delete(id);
    if (current - deletedBefore >= RATE_LIMIT_WINDOW_MS) {
      // The window before the current one is kept for an instance whose clock is a little behind.
      await deleteRateLimitCountsBefore(db, current - RATE_LIMIT_WINDOW_MS);
      deletedBefore = current;
    }
  }

  let round: Promise<void> | undefined;
  const sync = () => (round ??= shareCounts().finally(() => (round = undefined)));
  // A database out of reach is logged once by the database itself, not every second here.
  const quietLog = (error: unknown) => (error instanceof DatabaseUnavailableError ? undefined : logError(error));
  const syncIfCounted = () => (countedSinceRound ? sync() : Promise.resolve());
  const repeating = startRepeating(syncIfCounted, { intervalMs: syncIntervalMs, logError: quietLog });

  return {
    take,
    sync,
    async stop() {
      await repeating.stop();
      await syncIfCounted().catch(quietLog);
    },
  };
}
