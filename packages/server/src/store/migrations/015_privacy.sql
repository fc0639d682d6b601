-- Privacy: export and erasure through the admin API, and a retention period per site.
--
-- The privacy log records each export and erasure without the data it was about: the site, what
-- was done, for whom (a case's reference; never an e-mail address) and how many rows it touched.
CREATE TABLE privacy_log (
  -- In the order written: entries of one run share their time.
  id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  site       TEXT NOT NULL,
  action     TEXT NOT NULL CHECK (action IN ('export', 'erase')),
  scope      TEXT NOT NULL CHECK (scope IN ('case', 'contact', 'retention')),
  reference  TEXT,
  counts     JSONB NOT NULL DEFAULT '{}'::jsonb,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX privacy_log_site ON privacy_log (site, created_at DESC);

-- Erasing a case deletes its remembered filings by case: without this index each erased case
-- read the whole table (the primary key starts with the site and the key's hash).
CREATE INDEX idempotency_keys_case_id ON idempotency_keys (case_id);
