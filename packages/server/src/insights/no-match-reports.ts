import type { Answers, Locale } from '@loket/sdk';
import { stripPersonalData } from '../kb/strip-personal-data';
import type { Queryable } from '../store/database';
import { compareText } from './compare-text';
import { inPeriod, periodParams } from './report-period';
import type { ReportPeriod } from './report-period';
import { REPORT_KEY } from './verdicts';

/** A report for which no article was suggested, in the customer's words. */
export type NoMatchReport = {
  report: string;
  locale: Locale;
  topic: string | null;
  answers: Answers;
  /** The case's description when the report ended in a case, else what was typed; personal details removed. */
  text: string;
  /** Whether the report ended in a case. */
  filed: boolean;
  /** Day of its last `no_match` in the site's time zone, `YYYY-MM-DD`. */
  day: string;
};

/** Most no-match reports one documentation fix report groups: the newest of the period. */
export const MAX_NO_MATCH_REPORTS = 5000;

type Row = {
  report: string;
  locale: Locale;
  topic: string | null;
  answers: Answers;
  text: string;
  day: string;
  created_at: Date | string;
  case_id: string | null;
  case_locale: Locale | null;
  case_topic: string | null;
  case_answers: Answers | null;
  case_description: string | null;
};

/**
 * Loads the reports with a `no_match` attempt in the period, one per report (its last), oldest
 * first; at most the newest {@link MAX_NO_MATCH_REPORTS}, so clustering stays quick on a long period. A report that ended in a case (the case carries the same report id, or it joined an open
 * case as a repeat contact that carries it) is told by the case or that contact: topic, answers
 * and description, which passes through `stripPersonalData` here because,
 * unlike attempt texts, it is stored as the customer wrote it.
 *
 * @example
 * const reports = await loadNoMatchReports(db, 'demo', period, 'Europe/Amsterdam');
 */
export async function loadNoMatchReports(db: Queryable, site: string, period: ReportPeriod, timeZone: string): Promise<NoMatchReport[]> {
  const { rows } = await db.query<Row>(
    `SELECT * FROM (SELECT DISTINCT ON (a.report) a.report, a.locale, a.topic, a.answers, a.text, a.created_at,
            to_char(a.created_at AT TIME ZONE $4::text, 'YYYY-MM-DD') AS day,
            c.id AS case_id, c.locale AS case_locale, c.topic AS case_topic, c.answers AS case_answers, c.description AS case_description
       FROM (SELECT ${REPORT_KEY} AS report, report_id, locale, topic, answers, text, created_at FROM attempts
              WHERE site = $1 AND outcome = 'no_match' AND ${inPeriod()}) AS a
       LEFT JOIN (
              SELECT report_id, id, locale, topic, answers, description, created_at FROM cases
               WHERE site = $1 AND report_id IS NOT NULL
              UNION ALL
              -- A report that joined an open case as a repeat contact is told by that contact.
              SELECT e.report_id, k.id, k.locale, k.topic, e.data->'answers', e.data->>'description', e.created_at
                FROM case_events e JOIN cases k ON k.id = e.case_id
               WHERE k.site = $1 AND e.report_id IS NOT NULL AND e.type = 'repeat_contact'
            ) AS c ON c.report_id = a.report_id
      ORDER BY a.report, a.created_at DESC, c.created_at ASC) AS latest
      ORDER BY created_at DESC LIMIT $5`,
    [site, ...periodParams(period), timeZone, MAX_NO_MATCH_REPORTS],
  );
  const oldestFirst = rows.sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime() || compareText(a.report, b.report));
  return oldestFirst.map((row) =>
    row.case_id === null
      ? { report: row.report, locale: row.locale, topic: row.topic, answers: row.answers, text: row.text, filed: false, day: row.day }
      : {
          report: row.report,
          locale: row.case_locale ?? row.locale,
          topic: row.case_topic,
          answers: row.case_answers ?? {},
          text: stripPersonalData(row.case_description ?? ''),
          filed: true,
          day: row.day,
        },
  );
}
