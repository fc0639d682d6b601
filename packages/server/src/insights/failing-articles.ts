import type { FailingArticleInsight, Locale } from '@loket/sdk';
import type { Site } from '../sites/site-schema';
import type { Queryable } from '../store/database';
import { worstEnvironments } from './article-environments';
import { inPeriod, periodParams } from './report-period';
import type { ReportPeriod } from './report-period';
import { REPORT_KEY } from './verdicts';
import type { Verdict } from './verdicts';

/** Fewest reports an article must have failed in before it is on the report. */
export const MIN_FAILED_REPORTS = 2;
/**
 * Lowest share of verdicts that must be "did not help" before an article is on the report: an
 * article that helps nine customers in ten is doing its job, even if it failed for a few.
 */
export const MIN_FAILURE_RATE = 0.3;

/**
 * The title of an article in the report's language, else in any language the site has it in,
 * else its id (an article that was removed).
 */
export function articleTitle(site: Site, article: string, locale: Locale): string {
  const versions = site.articles.filter((candidate) => candidate.id === article);
  return (versions.find((candidate) => candidate.locale === locale) ?? versions[0])?.title ?? article;
}

/**
 * Articles that did not help in at least {@link MIN_FAILED_REPORTS} reports and at least
 * {@link MIN_FAILURE_RATE} of their verdicts in the period, all
 * languages together: how often each was shown, tried, solved and failed (distinct reports, the
 * last verdict of each), the cases filed after it did not help, and the environments where it
 * fails most.
 *
 * @param verdicts - The period's verdicts, from {@link loadVerdicts}.
 * @example
 * const items = await findFailingArticles(db, site, { period, verdicts, locale: 'en' });
 */
export async function findFailingArticles(
  db: Queryable,
  site: Site,
  options: { period: ReportPeriod; verdicts: readonly Verdict[]; locale: Locale },
): Promise<Array<Omit<FailingArticleInsight, 'rank'>>> {
  const { period, verdicts, locale } = options;
  const byArticle = new Map<string, Verdict[]>();
  for (const verdict of verdicts) {
    const judged = byArticle.get(verdict.article) ?? [];
    judged.push(verdict);
    byArticle.set(verdict.article, judged);
  }
  const failing = [...byArticle]
    .map(([article, judged]) => ({ article, judged, failed: judged.filter((verdict) => verdict.outcome === 'not_solved').length }))
    .filter(({ judged, failed }) => failed >= MIN_FAILED_REPORTS && failed / judged.length >= MIN_FAILURE_RATE);
  if (failing.length === 0) return [];
  const articles = failing.map(({ article }) => article);
  const usage = await loadUsage(db, site.key, period, articles);
  const filedAfter = await countCasesFiledAfter(db, site.key, period, articles);
  return failing.map(({ article, judged, failed }) => {
    const solved = judged.length - failed;
    return {
      kind: 'failing_article',
      affected: failed,
      article,
      title: articleTitle(site, article, locale),
      shown: usage.get(article)?.shown ?? 0,
      tried: usage.get(article)?.tried ?? 0,
      solved,
      failed,
      failureRate: failed / judged.length,
      filedAfter: filedAfter.get(article) ?? 0,
      environments: worstEnvironments(judged),
    };
  });
}

/** Reports per article in which it was shown, and in which it was opened or judged. */
async function loadUsage(db: Queryable, site: string, period: ReportPeriod, articles: string[]): Promise<Map<string, { shown: number; tried: number }>> {
  const { rows } = await db.query<{ article: string; shown: number; tried: number }>(
    `SELECT article,
            count(DISTINCT ${REPORT_KEY}) FILTER (WHERE outcome = 'shown')::int AS shown,
            count(DISTINCT ${REPORT_KEY}) FILTER (WHERE outcome IN ('opened', 'solved', 'not_solved'))::int AS tried
       FROM attempts
      WHERE site = $1 AND article = ANY($4::text[]) AND ${inPeriod()}
      GROUP BY article`,
    [site, ...periodParams(period), articles],
  );
  return new Map(rows.map((row) => [row.article, row]));
}

/** Cases filed in the period that list the article as tried and not solved, per article. */
async function countCasesFiledAfter(db: Queryable, site: string, period: ReportPeriod, articles: string[]): Promise<Map<string, number>> {
  const { rows } = await db.query<{ article: string; cases: number }>(
    `SELECT tried->>'article' AS article, count(DISTINCT cases.id)::int AS cases
       FROM cases CROSS JOIN LATERAL jsonb_array_elements(cases.articles_tried) AS tried
      WHERE cases.site = $1 AND ${inPeriod('cases.created_at')}
        AND tried->>'outcome' = 'not_solved' AND tried->>'article' = ANY($4::text[])
      GROUP BY tried->>'article'`,
    [site, ...periodParams(period), articles],
  );
  return new Map(rows.map((row) => [row.article, row.cases]));
}
