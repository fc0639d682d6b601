-- Who the customer is, as far as they said: the name they gave (or the host page passed to
-- Loket.identify), and whether their e-mail address is verified: the report came with the
-- site's signature of it (HMAC-SHA256 with identitySecret), so the case belongs to that account.
-- Cases filed before know neither: no name, not verified.
ALTER TABLE cases ADD COLUMN contact_name TEXT;
ALTER TABLE cases ADD COLUMN email_verified BOOLEAN NOT NULL DEFAULT false;

-- loket_file_case as in migration 013, storing the two columns with the new case. A later change
-- to the function starts from this one (and is numbered above it), or the columns are lost.
CREATE OR REPLACE FUNCTION loket_file_case(filing JSONB)
RETURNS TABLE (outcome TEXT, case_id UUID, reference TEXT, status TEXT, created_at TIMESTAMPTZ, request_hash TEXT, sealed_token TEXT, response JSONB)
LANGUAGE plpgsql
-- As in migration 010: plans made once per connection, through the indexes.
SET plan_cache_mode = force_generic_plan
SET enable_seqscan = off
AS $$
#variable_conflict use_column
DECLARE
  filing_site CONSTANT TEXT := filing->>'site';
  filing_key_hash CONSTANT TEXT := filing->>'keyHash';
  filing_topic CONSTANT TEXT := filing->>'topic';
  filing_email CONSTANT TEXT := filing->>'email';
  filing_browser CONSTANT TEXT := filing->>'browserHash';
  -- `status = ANY(…)` of an array, not `?` on the JSON: with `?` the planner reads a site's recent
  -- cases through another index.
  filing_open_statuses CONSTANT TEXT[] := translate(filing->>'openStatuses', '[]', '{}')::TEXT[];
  filing_since CONSTANT TIMESTAMPTZ := (filing->>'since')::TIMESTAMPTZ;
  candidate UUID;
  open_case UUID;
BEGIN
  -- A function called in the select list runs once per row, in the order of the rows.
  PERFORM pg_advisory_xact_lock(hashtext(lock_name)) FROM jsonb_array_elements_text(filing->'locks') AS lock_name;

  IF filing_key_hash IS NOT NULL THEN
    RETURN QUERY
      SELECT 'replayed'::TEXT, c.id, c.reference, c.status, c.created_at, k.request_hash, k.sealed_token, k.response
        FROM idempotency_keys k JOIN cases c ON c.id = k.case_id
       WHERE k.site = filing_site AND k.key_hash = filing_key_hash;
    IF FOUND THEN RETURN; END IF;
  END IF;

  IF filing_email IS NOT NULL OR filing_browser IS NOT NULL THEN
    LOOP
      -- The contact's most recently updated open case, found through the indexes on (site, topic,
      -- e-mail) and (site, topic, browser).
      SELECT id INTO candidate FROM (
          SELECT id, updated_at FROM cases
           WHERE site = filing_site AND topic = filing_topic AND lower(email) = lower(filing_email)
             AND status = ANY(filing_open_statuses) AND updated_at >= filing_since
          UNION ALL
          SELECT id, updated_at FROM cases
           WHERE site = filing_site AND topic = filing_topic AND browser_hash = filing_browser
             AND status = ANY(filing_open_statuses) AND updated_at >= filing_since
        ) contact_cases
       ORDER BY updated_at DESC LIMIT 1;
      EXIT WHEN candidate IS NULL;
      -- Lock it, unless it was closed meanwhile; then look again.
      SELECT id INTO open_case FROM cases
       WHERE id = candidate AND status = ANY(filing_open_statuses) AND updated_at >= filing_since
         FOR UPDATE;
      IF open_case IS NOT NULL THEN
        RETURN QUERY SELECT 'open'::TEXT, open_case, NULL::TEXT, NULL::TEXT, NULL::TIMESTAMPTZ, NULL::TEXT, NULL::TEXT, NULL::JSONB;
        RETURN;
      END IF;
    END LOOP;
  END IF;

  RETURN QUERY
    WITH new_case AS (
      INSERT INTO cases (id, reference, site, topic, answers, description, environment, articles_tried, locale, status, priority, level,
                         email, browser_hash, repeat_contacts, failed_attempts, respond_by, escalations, report_id, created_at, updated_at,
                         contact_name, email_verified)
      SELECT c.id, c.reference, c.site, c.topic, c.answers, c.description, c.environment, c.articles_tried, c.locale, c.status, c.priority,
             c.level, c.email, c.browser_hash, c.repeat_contacts, c.failed_attempts, c.respond_by, c.escalations, c.report_id,
             c.created_at, c.updated_at, c.contact_name, COALESCE(c.email_verified, false)
        FROM jsonb_populate_record(NULL::cases, filing->'case') AS c
      RETURNING id, reference, status, created_at
    ), new_token AS (
      INSERT INTO case_tokens (case_id, token_hash, created_at)
      SELECT n.id, filing->>'tokenHash', n.created_at FROM new_case n
    ), new_events AS (
      -- In timeline order: the order of seq, which orders events of the same time.
      INSERT INTO case_events (id, case_id, type, data, created_at, report_id, fanned_out_at)
      SELECT e.id, e.case_id, e.type, e.data, e.created_at, e.report_id, e.fanned_out_at
        FROM jsonb_populate_recordset(NULL::case_events, filing->'events') WITH ORDINALITY AS e
       ORDER BY e.ordinality
    ), new_key AS (
      INSERT INTO idempotency_keys (site, key_hash, request_hash, case_id, sealed_token, response, created_at)
      SELECT filing_site, filing_key_hash, filing->'idempotency'->>'request_hash', n.id, filing->'idempotency'->>'sealed_token',
             filing->'idempotency'->'response', n.created_at
        FROM new_case n
       WHERE filing_key_hash IS NOT NULL
    )
    SELECT 'created'::TEXT, n.id, n.reference, n.status, n.created_at, NULL::TEXT, NULL::TEXT, NULL::JSONB FROM new_case n;
END
$$;
