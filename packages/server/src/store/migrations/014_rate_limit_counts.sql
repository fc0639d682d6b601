-- Rate limits: requests counted per site, kind of request (bucket) and client address in windows
-- of a minute, so that every server instance on this database holds the same limits. Each
-- instance counts in memory and adds its counts here once a second (http/rate-limiter.ts), so a
-- request costs no round trip.
--
-- UNLOGGED: the counts are written without WAL, so sharing them needs no disk flush; after a crash
-- of PostgreSQL the table is empty, which only starts the current minute again.
CREATE UNLOGGED TABLE rate_limit_counts (
  window_start TIMESTAMPTZ NOT NULL,
  site         TEXT NOT NULL,
  bucket       TEXT NOT NULL,
  address      TEXT NOT NULL,
  hits         INTEGER NOT NULL,
  -- The limit when the hits were last added: rows at their limit are the ones every instance
  -- reads, so that an instance refuses a client that used up its limit through another.
  max_hits     INTEGER NOT NULL,
  PRIMARY KEY (window_start, site, bucket, address)
);

CREATE INDEX rate_limit_counts_at_limit ON rate_limit_counts (window_start) WHERE hits >= max_hits;
