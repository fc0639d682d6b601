-- Filing a case in one round trip to the database (store/file-case.ts prepares the values). A new
-- case took ten statements, each a round trip, and their cost, not PostgreSQL's, set how many cases
-- a second one instance could file. In a function, a single statement does it all, in its own
-- transaction when called alone. Each statement in it sees the rows committed before it starts
-- (READ COMMITTED), so the lookups after the contact lock see every case filed before it.
--
-- `filing` holds: site, keyHash (the hashed Idempotency-Key, or null), locks (the names of the
-- contact's advisory locks, in order), topic, email, browserHash, since (start of the repeat-contact
-- window), openStatuses, and for a new case: case (a row of cases), tokenHash, events (rows of
-- case_events, in timeline order) and idempotency (request_hash, sealed_token, response; or null).
--
-- Returns one row: 'replayed' with the earlier filing under the same key; 'open' with the id of the
-- contact's open case, locked until the transaction ends (the caller adds the report to it); or
-- 'created' after inserting the new case.
CREATE OR REPLACE FUNCTION loket_file_case(filing JSONB)
RETURNS TABLE (outcome TEXT, case_id UUID, reference TEXT, status TEXT, created_at TIMESTAMPTZ, request_hash TEXT, sealed_token TEXT, response JSONB)
LANGUAGE plpgsql
-- Each statement is planned once per connection rather than at every call: planning took longer
-- than running (ten times longer in PGlite). Such a plan is made for any values, maybe while the
-- tables are nearly empty, and kept (in PGlite, which never analyses, for good): without sequential
-- scans it reads through the indexes, which every lookup below has, however large the tables grow.
SET plan_cache_mode = force_generic_plan
SET enable_seqscan = off
AS $$
-- The result's columns are named like table columns; in the queries below the names mean the
-- columns. The variables are named so that they never do.
#variable_conflict use_column
DECLARE
  filing_site CONSTANT TEXT := filing->>'site';
  filing_key_hash CONSTANT TEXT := filing->>'keyHash';
  filing_topic CONSTANT TEXT := filing->>'topic';
  filing_email CONSTANT TEXT := filing->>'email';
  filing_browser CONSTANT TEXT := filing->>'browserHash';
  filing_open_statuses CONSTANT TEXT[] := ARRAY(SELECT jsonb_array_elements_text(filing->'openStatuses'));
  filing_since CONSTANT TIMESTAMPTZ := (filing->>'since')::TIMESTAMPTZ;
  lock_name TEXT;
  candidate UUID;
  open_case UUID;
  new_case cases;
BEGIN
  FOR lock_name IN SELECT jsonb_array_elements_text(filing->'locks') LOOP
    PERFORM pg_advisory_xact_lock(hashtext(lock_name));
  END LOOP;

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

  new_case := jsonb_populate_record(NULL::cases, filing->'case');
  INSERT INTO cases (id, reference, site, topic, answers, description, environment, articles_tried, locale, status, priority, level,
                     email, browser_hash, repeat_contacts, failed_attempts, respond_by, escalations, report_id, created_at, updated_at)
  VALUES (new_case.id, new_case.reference, new_case.site, new_case.topic, new_case.answers, new_case.description, new_case.environment,
          new_case.articles_tried, new_case.locale, new_case.status, new_case.priority, new_case.level, new_case.email, new_case.browser_hash,
          new_case.repeat_contacts, new_case.failed_attempts, new_case.respond_by, new_case.escalations, new_case.report_id,
          new_case.created_at, new_case.updated_at);
  INSERT INTO case_tokens (case_id, token_hash, created_at) VALUES (new_case.id, filing->>'tokenHash', new_case.created_at);
  -- In timeline order: the order of seq, which orders events of the same time.
  INSERT INTO case_events (id, case_id, type, data, created_at, report_id)
  SELECT e.id, e.case_id, e.type, e.data, e.created_at, e.report_id
    FROM jsonb_populate_recordset(NULL::case_events, filing->'events') WITH ORDINALITY AS e
   ORDER BY e.ordinality;
  IF filing_key_hash IS NOT NULL THEN
    INSERT INTO idempotency_keys (site, key_hash, request_hash, case_id, sealed_token, response, created_at)
    VALUES (filing_site, filing_key_hash, filing->'idempotency'->>'request_hash', new_case.id, filing->'idempotency'->>'sealed_token',
            filing->'idempotency'->'response', new_case.created_at);
  END IF;
  RETURN QUERY SELECT 'created'::TEXT, new_case.id, new_case.reference, new_case.status, new_case.created_at, NULL::TEXT, NULL::TEXT, NULL::JSONB;
END
$$;
