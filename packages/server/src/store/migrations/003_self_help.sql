-- Self-help: what customers tried before filing, and every attempt with its outcome.
ALTER TABLE cases ADD COLUMN articles_tried JSONB NOT NULL DEFAULT '[]'::jsonb;

CREATE TABLE attempts (
  id          UUID PRIMARY KEY,
  site        TEXT NOT NULL,
  article     TEXT,
  locale      TEXT NOT NULL,
  outcome     TEXT NOT NULL,
  topic       TEXT,
  answers     JSONB NOT NULL DEFAULT '{}'::jsonb,
  -- The customer's words with e-mail addresses, phone numbers, postcodes with house numbers and
  -- account numbers replaced; never the raw text.
  text        TEXT NOT NULL DEFAULT '',
  environment JSONB NOT NULL DEFAULT '{}'::jsonb,
  created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX attempts_site_article ON attempts (site, article, created_at);
