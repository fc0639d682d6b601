-- Cases filed by customers, with their timeline and the idempotency keys that keep retries safe.
CREATE TABLE cases (
  id          UUID PRIMARY KEY,
  reference   TEXT NOT NULL UNIQUE,
  site        TEXT NOT NULL,
  token_hash  TEXT NOT NULL,
  topic       TEXT NOT NULL,
  description TEXT NOT NULL,
  environment JSONB NOT NULL DEFAULT '{}'::jsonb,
  locale      TEXT NOT NULL,
  status      TEXT NOT NULL DEFAULT 'new',
  created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
  updated_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX cases_site_created_at ON cases (site, created_at DESC);

CREATE TABLE case_events (
  id         UUID PRIMARY KEY,
  case_id    UUID NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  type       TEXT NOT NULL,
  data       JSONB NOT NULL DEFAULT '{}'::jsonb,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX case_events_case_id ON case_events (case_id, created_at);

-- The token is sealed with a key derived from the idempotency key, so a replayed request can
-- get the same answer. Migration 004 stores only a hash of the key, so the database alone cannot
-- reveal any token.
CREATE TABLE idempotency_keys (
  site         TEXT NOT NULL,
  key          TEXT NOT NULL,
  request_hash TEXT NOT NULL,
  case_id      UUID NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  sealed_token TEXT NOT NULL,
  created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
  PRIMARY KEY (site, key)
);
