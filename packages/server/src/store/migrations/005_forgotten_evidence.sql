-- What a person removed from what the ranking learned: a whole article's evidence (term NULL) or
-- one term of it. Attempts stay for the reports; only the learning ignores them.
CREATE TABLE forgotten_evidence (
  site       TEXT NOT NULL,
  article    TEXT NOT NULL,
  term       TEXT,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX forgotten_evidence_site ON forgotten_evidence (site);
