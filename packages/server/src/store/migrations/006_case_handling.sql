-- Case handling: priority and support level, how to reach and recognise the customer, repeat
-- contacts, failed attempts, the promised response time and the escalations applied.
ALTER TABLE cases ADD COLUMN priority TEXT NOT NULL DEFAULT 'normal' CHECK (priority IN ('normal', 'high', 'urgent'));
ALTER TABLE cases ADD COLUMN level INTEGER NOT NULL DEFAULT 1 CHECK (level BETWEEN 1 AND 3);
ALTER TABLE cases ADD COLUMN email TEXT;
-- SHA-256 of the widget's browser id: recognises a second report from the same browser without
-- keeping the id itself.
ALTER TABLE cases ADD COLUMN browser_hash TEXT;
ALTER TABLE cases ADD COLUMN repeat_contacts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE cases ADD COLUMN failed_attempts INTEGER NOT NULL DEFAULT 0;
-- When support owes its next response; NULL when it owes none or the site promises none.
ALTER TABLE cases ADD COLUMN respond_by TIMESTAMPTZ;
ALTER TABLE cases ADD COLUMN first_response_at TIMESTAMPTZ;
-- Reasons the case was escalated for, in order; each at most once.
ALTER TABLE cases ADD COLUMN escalations JSONB NOT NULL DEFAULT '[]'::jsonb;

UPDATE cases SET failed_attempts = (
  SELECT count(*) FROM jsonb_array_elements(cases.articles_tried) AS tried WHERE tried->>'outcome' = 'not_solved'
);

CREATE INDEX cases_site_updated_at ON cases (site, updated_at DESC, id DESC);
CREATE INDEX cases_site_topic_email ON cases (site, topic, lower(email)) WHERE email IS NOT NULL;
CREATE INDEX cases_site_topic_browser ON cases (site, topic, browser_hash) WHERE browser_hash IS NOT NULL;
CREATE INDEX cases_respond_by ON cases (respond_by) WHERE respond_by IS NOT NULL;

-- Every token that opens a case, as SHA-256 hashes: the one given when it was filed and one per
-- report from another browser that was added to it.
CREATE TABLE case_tokens (
  case_id    UUID NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  token_hash TEXT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  PRIMARY KEY (case_id, token_hash)
);

INSERT INTO case_tokens (case_id, token_hash, created_at) SELECT id, token_hash, created_at FROM cases;

-- Events written in one transaction share a time; `seq` keeps the order they were written in.
ALTER TABLE case_events ADD COLUMN seq BIGSERIAL;
-- Hash of the Idempotency-Key of a customer's message, so a retried message is added once.
ALTER TABLE case_events ADD COLUMN request_key_hash TEXT;
CREATE UNIQUE INDEX case_events_request_key ON case_events (case_id, request_key_hash) WHERE request_key_hash IS NOT NULL;
DROP INDEX case_events_case_id;
CREATE INDEX case_events_case_id ON case_events (case_id, created_at, seq);

-- The answer given to a filing (status, times, linked), so a retry gets the same answer even when
-- the report was added to an existing case. The token stays sealed in sealed_token.
ALTER TABLE idempotency_keys ADD COLUMN response JSONB;
