-- Proactive updates from a transactional outbox. The timeline (case_events) is written in the
-- same transaction as the case change, so it is the outbox: a fan-out step turns each event once
-- into deliveries (fanned_out_at marks it done) and the deliveries are sent and retried from here.
ALTER TABLE case_events ADD COLUMN fanned_out_at TIMESTAMPTZ;

-- Events from before notifications existed are history, not news: nobody is told about them.
UPDATE case_events SET fanned_out_at = created_at;

CREATE INDEX case_events_to_fan_out ON case_events (created_at) WHERE fanned_out_at IS NULL;

-- One row per event and receiver: a webhook (target = its url) or an e-mail (target = the address).
-- `payload` is what was known when the event was fanned out, so every retry sends the same body.
CREATE TABLE deliveries (
  id              UUID PRIMARY KEY,
  site            TEXT NOT NULL,
  event_id        UUID NOT NULL REFERENCES case_events (id) ON DELETE CASCADE,
  channel         TEXT NOT NULL CHECK (channel IN ('webhook', 'email')),
  target          TEXT NOT NULL,
  payload         JSONB NOT NULL,
  attempts        INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  delivered_at    TIMESTAMPTZ,
  last_error      TEXT,
  created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
  UNIQUE (event_id, channel, target)
);

CREATE INDEX deliveries_due ON deliveries (next_attempt_at) WHERE delivered_at IS NULL;
