import type { InsightDay } from '@loket/sdk';
import type { Queryable } from '../store/database';
import type { NoMatchReport } from './no-match-reports';
import { inPeriod, periodParams } from './report-period';
import type { ReportPeriod } from './report-period';
import type { Verdict } from './verdicts';

/** Most days a report lists: the last year and a day. */
export const MAX_REPORT_DAYS = 366;

/**
 * The report's days, oldest first, in the site's time zone: every day from the period's first
 * (for `since=all`, the first day anything was recorded for the site) to its last, at most the
 * last {@link MAX_REPORT_DAYS}. Each counts the reports an article solved and did not help on
 * that day (by the day of the last verdict), the unanswered reports (by their last `no_match`)
 * and the cases filed.
 *
 * @example
 * const days = await listReportDays(db, 'demo', { period, timeZone: 'Europe/Amsterdam', verdicts, unanswered });
 */
export async function listReportDays(
  db: Queryable,
  site: string,
  options: { period: ReportPeriod; timeZone: string; verdicts: readonly Verdict[]; unanswered: readonly NoMatchReport[] },
): Promise<InsightDay[]> {
  const { period, timeZone, verdicts, unanswered } = options;
  const params = [site, ...periodParams(period), timeZone];
  const { rows: dates } = await db.query<{ date: string }>(
    `WITH bounds AS (
       SELECT (COALESCE($2::timestamptz,
                        least((SELECT min(created_at) FROM attempts WHERE site = $1), (SELECT min(created_at) FROM cases WHERE site = $1)),
                        $3::timestamptz) AT TIME ZONE $4::text)::date AS first,
              ($3::timestamptz AT TIME ZONE $4::text)::date AS last)
     SELECT to_char(day, 'YYYY-MM-DD') AS date
       FROM bounds, generate_series(greatest(first, last - ${MAX_REPORT_DAYS - 1}), last, interval '1 day') AS day
      ORDER BY day`,
    params,
  );
  const { rows: cases } = await db.query<{ date: string; cases: number }>(
    `SELECT to_char(created_at AT TIME ZONE $4::text, 'YYYY-MM-DD') AS date, count(*)::int AS cases
       FROM cases WHERE site = $1 AND ${inPeriod()} GROUP BY 1`,
    params,
  );
  const days = new Map(dates.map(({ date }) => [date, { date, solved: new Set<string>(), failed: new Set<string>(), unanswered: new Set<string>(), cases: 0 }]));
  for (const verdict of verdicts) days.get(verdict.day)?.[verdict.outcome === 'solved' ? 'solved' : 'failed'].add(verdict.report);
  for (const report of unanswered) days.get(report.day)?.unanswered.add(report.report);
  for (const row of cases) {
    const day = days.get(row.date);
    if (day) day.cases = row.cases;
  }
  return [...days.values()].map((day) => ({ date: day.date, solved: day.solved.size, failed: day.failed.size, unanswered: day.unanswered.size, cases: day.cases }));
}
