import type { DocsReport, Insight, Locale } from '@loket/sdk';
import type { Site } from '../sites/site-schema';
import type { Queryable } from '../store/database';
import { findFailingArticles } from './failing-articles';
import { countCaseGroups, findHotspots } from './hotspots';
import { loadNoMatchReports } from './no-match-reports';
import { rankInsights } from './rank-insights';
import { listReportDays } from './report-days';
import { inPeriod, periodParams } from './report-period';
import type { ReportPeriod } from './report-period';
import { findUnansweredQuestions } from './unanswered-questions';
import { loadVerdicts, REPORT_KEY } from './verdicts';

/** What {@link buildDocsReport} reports on. */
export type DocsReportOptions = ReportPeriod & {
  /** Language of article titles, topics, questions and answers in the report. */
  locale: Locale;
};

/**
 * Builds the documentation fix report of a site: articles that did not help, questions no
 * article answers, and topics and environments with many repeat contacts and escalations, ranked
 * by how many customers each affected; with totals and a count per day. What every number means
 * is written down in docs/insights.md.
 *
 * @example
 * const report = await buildDocsReport(db, site, { since: new Date('2026-10-24T00:00:00Z'), until: new Date(), locale: 'en' });
 */
export async function buildDocsReport(db: Queryable, site: Site, options: DocsReportOptions): Promise<DocsReport> {
  const { locale, ...period } = options;
  const verdicts = await loadVerdicts(db, site.key, period, site.timeZone);
  const unanswered = await loadNoMatchReports(db, site.key, period, site.timeZone);
  const caseGroups = await countCaseGroups(db, site.key, period);
  const items = rankInsights([
    ...(await findFailingArticles(db, site, { period, verdicts, locale })),
    ...findUnansweredQuestions(site, unanswered, locale),
    ...findHotspots(caseGroups),
  ]);
  const sumOfCases = (count: 'cases' | 'repeated' | 'escalated') => caseGroups.reduce((sum, group) => sum + group[count], 0);
  const reportsWith = (outcome: string) => new Set(verdicts.filter((verdict) => verdict.outcome === outcome).map((verdict) => verdict.report)).size;
  return {
    site: site.key,
    locale,
    since: period.since?.toISOString() ?? null,
    until: period.until.toISOString(),
    topics: topicTitles(site, items, locale),
    totals: {
      reports: await countSelfHelpReports(db, site.key, period),
      solved: reportsWith('solved'),
      failed: reportsWith('not_solved'),
      unanswered: unanswered.length,
      cases: sumOfCases('cases'),
      repeated: sumOfCases('repeated'),
      escalated: sumOfCases('escalated'),
    },
    items,
    days: await listReportDays(db, site.key, { period, timeZone: site.timeZone, verdicts, unanswered }),
  };
}

/** Reports with any self-help in the period: an article shown, opened or judged, or none found. */
async function countSelfHelpReports(db: Queryable, site: string, period: ReportPeriod): Promise<number> {
  const { rows } = await db.query<{ reports: number }>(
    `SELECT count(DISTINCT ${REPORT_KEY})::int AS reports FROM attempts WHERE site = $1 AND ${inPeriod()}`,
    [site, ...periodParams(period)],
  );
  return rows[0]?.reports ?? 0;
}

/** Titles of the topics the items name, in the report's language (the id for a topic the site no longer has). */
function topicTitles(site: Site, items: readonly Insight[], locale: Locale): Record<string, string> {
  const topics = items.flatMap((item) => (item.kind === 'failing_article' || item.topic === null ? [] : [item.topic]));
  return Object.fromEntries(topics.map((topic) => [topic, site.flows.find((flow) => flow.id === topic)?.label[locale] ?? topic]));
}
