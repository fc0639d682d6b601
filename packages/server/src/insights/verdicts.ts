import type { Environment } from '@loket/sdk';
import type { Queryable } from '../store/database';
import { inPeriod, periodParams } from './report-period';
import type { ReportPeriod } from './report-period';

/**
 * What one report finally said about one article: the last `solved` or `not_solved` in the
 * period. A customer who first says "solved" and later "did not help" counts once, as failed.
 */
export type Verdict = {
  article: string;
  /** The report: its id, or the attempt's own id when the widget sent none. */
  report: string;
  outcome: 'solved' | 'not_solved';
  /** The parts of the environment sent with that verdict that the report groups by: OS, browser, device. */
  environment: Environment;
  /** Day of the verdict in the site's time zone, `YYYY-MM-DD`. */
  day: string;
};

/**
 * The SQL for a report's key: the widget's report id, or the attempt's own id for attempts sent
 * without one (each then counts as a report of its own).
 */
export const REPORT_KEY = 'COALESCE(report_id, id::text)';

/**
 * Loads the last verdict of every report on every article in the period. Verdicts at the same
 * instant are settled in favour of `not_solved`, so a tie never hides a failure.
 *
 * @example
 * const verdicts = await loadVerdicts(db, 'demo', period, 'Europe/Amsterdam');
 */
export async function loadVerdicts(db: Queryable, site: string, period: ReportPeriod, timeZone: string): Promise<Verdict[]> {
  const { rows } = await db.query<Verdict>(
    `SELECT DISTINCT ON (article, report) article, report, outcome,
            -- Only what the report groups by, so a long period does not load pages, screens and contexts.
            jsonb_strip_nulls(jsonb_build_object('os', environment->'os', 'browser', environment->'browser', 'device', environment->'device')) AS environment,
            to_char(created_at AT TIME ZONE $4::text, 'YYYY-MM-DD') AS day
       FROM (SELECT article, ${REPORT_KEY} AS report, outcome, environment, created_at FROM attempts
              WHERE site = $1 AND article IS NOT NULL AND outcome IN ('solved', 'not_solved') AND ${inPeriod()}) AS judged
      ORDER BY article, report, created_at DESC, outcome ASC`,
    [site, ...periodParams(period), timeZone],
  );
  return rows;
}
