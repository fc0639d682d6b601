import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { SupportCaseSchema } from '@loket/sdk';
import type { SupportCase } from '@loket/sdk';
import { loadSites } from '../sites/load-sites';
import type { Site } from '../sites/site-schema';
import { readTimeline } from '../store/case-events';
import { CASE_COLUMNS } from '../store/case-row';
import type { CaseRow } from '../store/case-row';
import { toSupportCase } from '../store/case-views';
import type { Database } from '../store/database';
import { DEMO_SITES_DIR, openTestDatabase } from '../test-support';
import { buildDocsReport } from '../insights/docs-report';
import { readSince, resolvePeriod } from '../insights/report-period';
import { seedDemo } from './seed-demo';
import type { SeedDemoResult } from './seed-demo';

const NOW = new Date('2026-11-23T10:00:00.000Z');

let site: Site;
let db: Database;
let result: SeedDemoResult;
let cases: SupportCase[];

beforeAll(async () => {
  site = (await loadSites(DEMO_SITES_DIR)).get('demo')!;
  db = await openTestDatabase();
  result = await seedDemo(db, site, { now: NOW });
  const { rows } = await db.query<CaseRow>(`SELECT ${CASE_COLUMNS} FROM cases WHERE site = 'demo' ORDER BY created_at`);
  cases = [];
  for (const row of rows) cases.push(toSupportCase(row, await readTimeline(db, row.id)));
}, 60_000);
afterAll(() => db.close());

async function count(sql: string, params: unknown[] = []): Promise<number> {
  const { rows } = await db.query<{ n: number }>(sql, params);
  return Number(rows[0]!.n);
}

describe('seedDemo', () => {
  it('stores a few hundred cases and more self-help attempts, as it reports', async () => {
    expect(result.cases).toBeGreaterThanOrEqual(250);
    expect(result.cases).toBeLessThanOrEqual(400);
    expect(cases).toHaveLength(result.cases);
    expect(result.attempts).toBeGreaterThanOrEqual(1000);
    expect(result.attempts).toBeLessThanOrEqual(3000);
    expect(await count(`SELECT count(*) AS n FROM attempts WHERE site = 'demo'`)).toBe(result.attempts);
    expect(await count(`SELECT count(*) AS n FROM case_events e JOIN cases c ON c.id = e.case_id WHERE c.site = 'demo' AND e.type = 'message'`)).toBe(result.messages);
  });

  it('ends most reports without a case, many of them solved by an article', () => {
    const filings = result.cases + result.repeatContacts;
    expect(result.solvedBySelfHelp + result.abandoned + filings).toBe(result.reports);
    expect(result.reports - filings).toBeGreaterThan(result.reports / 2);
    expect(result.solvedBySelfHelp).toBeGreaterThan(result.reports * 0.35);
  });

  it('stores every case so that it reads back valid for the support team, with a consistent timeline', () => {
    for (const supportCase of cases) {
      const parsed = v.safeParse(SupportCaseSchema, supportCase);
      expect(parsed.issues?.map((issue) => issue.message) ?? [], supportCase.reference).toEqual([]);
      const { timeline } = supportCase;
      expect(timeline[0]!.type).toBe('created');
      const times = timeline.map((event) => Date.parse(event.at));
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(timeline.filter((event) => event.type === 'repeat_contact')).toHaveLength(supportCase.repeatContacts);
      expect(timeline.filter((event) => event.type === 'escalation')).toHaveLength(supportCase.escalations.length);
    }
  });

  it('spreads the cases over the last 90 days, none after now', () => {
    const created = cases.map((supportCase) => Date.parse(supportCase.createdAt));
    expect(Math.min(...created)).toBeGreaterThanOrEqual(NOW.getTime() - 90 * 24 * 3_600_000);
    expect(Math.min(...created)).toBeLessThan(NOW.getTime() - 80 * 24 * 3_600_000);
    expect(Math.max(...cases.flatMap((supportCase) => supportCase.timeline.map((event) => Date.parse(event.at))))).toBeLessThanOrEqual(NOW.getTime());
  });

  it('has repeat contacts, escalations for each reason, open and finished cases, in both languages', () => {
    expect(result.repeatContacts).toBeGreaterThan(20);
    expect(cases.filter((supportCase) => supportCase.repeatContacts > 0).length).toBeGreaterThan(10);
    expect(result.escalatedCases).toBe(cases.filter((supportCase) => supportCase.escalations.length > 0).length);
    const reasons = new Set(cases.flatMap((supportCase) => supportCase.escalations));
    expect([...reasons].sort()).toEqual(['failed_attempts', 'repeat_contacts', 'response_time_breached']);
    const statuses = new Set(cases.map((supportCase) => supportCase.status));
    expect(statuses).toContain('in_progress');
    expect(statuses).toContain('solved');
    expect(statuses).toContain('closed');
    expect(new Set(cases.map((supportCase) => supportCase.locale))).toEqual(new Set(['nl', 'en']));
    expect(cases.filter((supportCase) => supportCase.locale === 'nl').length).toBeGreaterThan(cases.length / 2);
  });

  it('concentrates repeat contacts on wifi and the Windows 7 installer', () => {
    const repeatsOf = (match: (supportCase: SupportCase) => boolean) => cases.filter(match).reduce((sum, supportCase) => sum + supportCase.repeatContacts, 0);
    expect(repeatsOf((supportCase) => supportCase.topic === 'wifi')).toBeGreaterThan(repeatsOf((supportCase) => supportCase.topic === 'tv') * 3);
    expect(repeatsOf((supportCase) => supportCase.environment.os?.version === '7')).toBeGreaterThan(5);
  });

  it('only records attempts for articles that exist in the attempt’s language', async () => {
    const { rows } = await db.query<{ article: string; locale: 'nl' | 'en' }>(`SELECT DISTINCT article, locale FROM attempts WHERE site = 'demo' AND article IS NOT NULL`);
    expect(rows.length).toBeGreaterThan(20);
    for (const { article, locale } of rows) {
      expect(site.articles.some((candidate) => candidate.id === article && candidate.locale === locale), `${article} (${locale})`).toBe(true);
    }
    for (const supportCase of cases) {
      for (const tried of supportCase.articlesTried) expect(site.articles.some((candidate) => candidate.id === tried.article), tried.article).toBe(true);
    }
  });

  it('tells the stories of the documentation fix report', async () => {
    const verdicts = async (article: string, osVersion?: string) => {
      const { rows } = await db.query<{ solved: number; failed: number }>(
        `SELECT count(*) FILTER (WHERE outcome = 'solved')::int AS solved, count(*) FILTER (WHERE outcome = 'not_solved')::int AS failed
           FROM attempts WHERE site = 'demo' AND article = $1 AND ($2::text IS NULL OR environment->'os'->>'version' = $2)`,
        [article, osVersion ?? null],
      );
      return rows[0]!;
    };
    const windows7 = await verdicts('installer-windows-7-8', '7');
    expect(windows7.failed).toBeGreaterThan(windows7.solved * 3);
    const evening = await verdicts('wifi-drops-evening');
    expect(evening.solved).toBeGreaterThan(evening.failed * 2);
    for (const words of ['%Samsung%code%', '%doorsturen%', '%bridge%']) {
      expect(await count(`SELECT count(*) AS n FROM attempts WHERE site = 'demo' AND outcome = 'no_match' AND text ILIKE $1`, [words]), words).toBeGreaterThan(4);
    }
    // Report ids tie a case to the self-help before it.
    expect(await count(`SELECT count(*) AS n FROM cases c WHERE site = 'demo' AND EXISTS (SELECT 1 FROM attempts a WHERE a.report_id = c.report_id)`)).toBe(result.cases);
  });

  it('gives the documentation fix report what the README promises it shows', async () => {
    const report = await buildDocsReport(db, site, { ...(await resolvePeriod(db, readSince('all'), { now: NOW, timeZone: site.timeZone })), locale: 'en' });
    const first = report.items[0]!;
    expect(first).toMatchObject({ kind: 'failing_article', article: 'installer-windows-7-8' });
    expect(first.kind === 'failing_article' && first.environments[0]?.environment.label).toBe('Windows 7');
    expect(report.items.some((item) => item.kind === 'hotspot' && item.topic === 'wifi')).toBe(true);
    const unanswered = report.items.filter((item) => item.kind === 'unanswered').flatMap((item) => (item.kind === 'unanswered' ? item.examples : [])).join(' ');
    for (const words of [/samsung/i, /doorsturen|forward/i, /bridge/i]) expect(unanswered).toMatch(words);
  });

  // Two more runs in the same database, as other sites: they share nothing with the demo's cases.
  it('plays out the same with the same seed', async () => {
    const summaries: string[] = [];
    for (const key of ['same-a', 'same-b']) {
      const { since: _since, until: _until, ...counts } = await seedDemo(db, { ...site, key }, { now: NOW, days: 14 });
      const { rows } = await db.query(`SELECT topic, status, priority, repeat_contacts, escalations, created_at FROM cases WHERE site = $1 ORDER BY created_at`, [key]);
      const attempts = await db.query(`SELECT article, outcome, text, created_at FROM attempts WHERE site = $1 ORDER BY created_at, article, outcome`, [key]);
      summaries.push(JSON.stringify({ counts, rows, attempts: attempts.rows }));
    }
    expect(summaries[1]).toBe(summaries[0]);
    expect(JSON.parse(summaries[0]!).rows.length).toBeGreaterThan(20);
  });

  it('refuses a site that is not the demo site before writing anything', async () => {
    const withoutTv = { ...site, key: 'acme', flows: site.flows.filter((flow) => flow.id !== 'tv') };
    await expect(seedDemo(db, withoutTv, { now: NOW })).rejects.toThrow(/made for the demo site.*topic 'tv'/);
    expect(await count(`SELECT count(*) AS n FROM cases WHERE site = 'acme'`)).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM attempts WHERE site = 'acme'`)).toBe(0);
  });
});
