import type { Queryable } from './database';

/** Requests of one client, of one kind, to one site, in one window of time. */
export type RateLimitCount = {
  /** Start of the window, in milliseconds since 1970. */
  windowStart: number;
  site: string;
  /** The kind of request, e.g. `cases`. */
  bucket: string;
  /** The client's address, as `clientAddress` gives it. */
  address: string;
  hits: number;
};

/** Hits an instance counted since it last shared them, with the limit they count against. */
export type NewHits = RateLimitCount & { limit: number };

type CountRow = { window_start: Date | string; site: string; bucket: string; address: string; hits: number };

/**
 * Adds hits counted by this instance to the shared counts (migration 014), in one statement.
 *
 * @returns the shared count of every key given, now, and the count of every key of a window from
 *   `since` on that has reached its limit, counted by any instance. A key can come twice (once
 *   from before this call); the larger count is the newer.
 */
export async function shareRateLimitCounts(db: Queryable, hits: readonly NewHits[], since: number): Promise<RateLimitCount[]> {
  const { rows } = await db.query<CountRow>(
    `WITH added AS (
       INSERT INTO rate_limit_counts AS counts (window_start, site, bucket, address, hits, max_hits)
       SELECT * FROM unnest($1::timestamptz[], $2::text[], $3::text[], $4::text[], $5::int[], $6::int[])
       ON CONFLICT (window_start, site, bucket, address)
       DO UPDATE SET hits = counts.hits + excluded.hits, max_hits = excluded.max_hits
       RETURNING window_start, site, bucket, address, hits
     )
     SELECT window_start, site, bucket, address, hits FROM added
     UNION ALL
     SELECT window_start, site, bucket, address, hits FROM rate_limit_counts WHERE window_start >= $7 AND hits >= max_hits`,
    [
      hits.map((hit) => new Date(hit.windowStart)),
      hits.map((hit) => hit.site),
      hits.map((hit) => hit.bucket),
      hits.map((hit) => hit.address),
      hits.map((hit) => hit.hits),
      hits.map((hit) => hit.limit),
      new Date(since),
    ],
  );
  return rows.map((row) => ({ windowStart: new Date(row.window_start).getTime(), site: row.site, bucket: row.bucket, address: row.address, hits: row.hits }));
}

/**
 * Deletes the counts of windows that started before `before`, which no limit reads any more.
 *
 * @returns how many were deleted.
 */
export async function deleteRateLimitCountsBefore(db: Queryable, before: number): Promise<number> {
  const { rows } = await db.query<{ count: number }>(
    'WITH gone AS (DELETE FROM rate_limit_counts WHERE window_start < $1 RETURNING 1) SELECT count(*)::int AS count FROM gone',
    [new Date(before)],
  );
  return rows[0]!.count;
}
