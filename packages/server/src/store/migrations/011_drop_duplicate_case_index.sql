-- cases_site_created_at_id (migration 009) indexes the same columns as cases_site_created_at
-- (migration 001): a B-tree is read in either direction, so one serves every query, and each case
-- filed updates one index fewer.
DROP INDEX IF EXISTS cases_site_created_at;
