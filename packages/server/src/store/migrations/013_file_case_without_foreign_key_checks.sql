-- Filing a case without foreign-key checks. Each row written with a foreign key to cases made
-- PostgreSQL run, at the end of the statement, a query that finds the case and locks it (FOR KEY
-- SHARE): four per new case (its token, two events, its idempotency key), about a sixth of the
-- database's work per case (measured with pg_stat_statements and the backends' CPU time).
--
-- What the keys guarded still holds, by who writes these tables:
--   * a new case's token, events and idempotency key are written by loket_file_case, in the same
--     statement as the case itself;
--   * every later token, event or idempotency key is written in a transaction that first locked
--     its case (store/case-row.ts lockCaseRow), so the case exists until that transaction ends;
--   * cases are deleted by erasure (privacy/erase-cases.ts), which deletes the children itself.
-- A case deleted by hand still takes its children with it: the trigger below does what ON DELETE
-- CASCADE did, once per statement, and costs nothing when rows are inserted. Deliveries keep their
-- foreign key to case_events (they are written by the delivery worker, not per request), so they
-- go with their events.
ALTER TABLE case_events DROP CONSTRAINT IF EXISTS case_events_case_id_fkey;
ALTER TABLE case_tokens DROP CONSTRAINT IF EXISTS case_tokens_case_id_fkey;
ALTER TABLE idempotency_keys DROP CONSTRAINT IF EXISTS idempotency_keys_case_id_fkey;

CREATE OR REPLACE FUNCTION loket_delete_case_children() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM case_events WHERE case_id IN (SELECT id FROM deleted_cases);
  DELETE FROM case_tokens WHERE case_id IN (SELECT id FROM deleted_cases);
  DELETE FROM idempotency_keys WHERE case_id IN (SELECT id FROM deleted_cases);
  RETURN NULL;
END
$$;

CREATE TRIGGER cases_delete_children AFTER DELETE ON cases
  REFERENCING OLD TABLE AS deleted_cases
  FOR EACH STATEMENT EXECUTE FUNCTION loket_delete_case_children();

-- loket_file_case as in migration 012, but the open statuses are read from the JSON array as an
-- array literal (`["new", "in_progress"]` with brackets for braces is `{"new", "in_progress"}`;
-- statuses are plain words), a simple expression, instead of by a query of their own at each call.
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
                         email, browser_hash, repeat_contacts, failed_attempts, respond_by, escalations, report_id, created_at, updated_at)
      SELECT c.id, c.reference, c.site, c.topic, c.answers, c.description, c.environment, c.articles_tried, c.locale, c.status, c.priority,
             c.level, c.email, c.browser_hash, c.repeat_contacts, c.failed_attempts, c.respond_by, c.escalations, c.report_id,
             c.created_at, c.updated_at
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
