-- The documentation fix report. The widget gives each report a random id and sends it with the
-- report's impressions, attempts and case, so the report counts customers rather than clicks and
-- knows which reports ended in a case. Impressions (articles suggested) are attempts with outcome
-- 'shown'; 'opened' records an article opened before the customer judged it.
ALTER TABLE attempts ADD COLUMN report_id TEXT;
ALTER TABLE cases ADD COLUMN report_id TEXT;
-- A report that joined an open case (a repeat contact) keeps its id on that event.
ALTER TABLE case_events ADD COLUMN report_id TEXT;

CREATE INDEX attempts_site_created_at ON attempts (site, created_at);
CREATE INDEX attempts_site_report ON attempts (site, report_id) WHERE report_id IS NOT NULL;
CREATE INDEX cases_site_report ON cases (site, report_id) WHERE report_id IS NOT NULL;
CREATE INDEX case_events_report ON case_events (report_id) WHERE report_id IS NOT NULL;
CREATE INDEX cases_site_created_at_id ON cases (site, created_at);
