import { Hono } from 'hono';
import type { Context } from 'hono';
import { ERROR_CODES, formatDocsReport, StatusInputSchema, SupportMessageInputSchema, ValidationError } from '@loket/sdk';
import type { DocsReportFormat } from '@loket/sdk';
import { ApiError } from '../http/api-error';
import { readInput } from '../http/read-input';
import { readBearerToken, readIdempotencyKey } from '../http/request-headers';
import { holdsSecretKey, requireSecretKey } from '../http/require-secret-key';
import { buildDocsReport } from '../insights/docs-report';
import { readDocsReportRequest } from '../insights/docs-report-request';
import { resolvePeriod } from '../insights/report-period';
import { findSite } from '../sites/find-site';
import type { Site } from '../sites/site-schema';
import { readTimeline } from '../store/case-events';
import { listCases } from '../store/case-list';
import { readCaseRow } from '../store/case-row';
import { addSupportMessageOnce, changeStatus } from '../store/case-updates';
import { toSupportCase } from '../store/case-views';
import type { Database } from '../store/database';
import { authorizedSite, caseNotFound, referenceOf } from './admin-access';
import { readCaseListQuery } from './case-list-query';

const CONTENT_TYPES: Record<Exclude<DocsReportFormat, 'json'>, string> = {
  markdown: 'text/markdown; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

/**
 * Answers with the documentation fix report of a site, in the format asked for: JSON, or the
 * SDK's `formatDocsReport` Markdown or CSV.
 *
 * @throws {ValidationError} for a wrong `since`, `locale` or `format` (answered with 422).
 */
async function respondWithDocsReport(c: Context, db: Database, site: Site, options: { now: Date; query: Record<string, string> }): Promise<Response> {
  const { now, query } = options;
  const request = readDocsReportRequest(query, { locale: site.defaultLocale, format: 'json' });
  const period = await resolvePeriod(db, request.since, { now, timeZone: site.timeZone });
  const report = await buildDocsReport(db, site, { ...period, locale: request.locale });
  if (request.format === 'json') return c.json(report);
  return c.body(formatDocsReport(report, request.format), 200, { 'Content-Type': CONTENT_TYPES[request.format] });
}

/** Routes under `/v1/admin/sites/:site`, for the support team with a secret key of the site. */
export function adminRoutes(db: Database, sites: ReadonlyMap<string, Site>, now: () => Date) {
  return new Hono()
    .get('/:site/cases', async (c) => {
      const site = authorizedSite(c, sites);
      return c.json(await listCases(db, site.key, readCaseListQuery(c.req.query())));
    })
    .get('/:site/insights/docs', async (c) => respondWithDocsReport(c, db, authorizedSite(c, sites), { now: now(), query: c.req.query() }))
    .get('/:site/cases/:reference', async (c) => {
      const site = authorizedSite(c, sites);
      const row = await readCaseRow(db, referenceOf(c, site), site.key);
      if (!row) throw caseNotFound(site.key);
      return c.json(toSupportCase(row, await readTimeline(db, row.id)));
    })
    .post('/:site/cases/:reference/status', async (c) => {
      const site = authorizedSite(c, sites);
      const reference = referenceOf(c, site);
      const input = await readInput(c, StatusInputSchema);
      const updated = await changeStatus(db, site, reference, input.status, now());
      if (!updated) throw caseNotFound(site.key);
      return c.json(updated);
    })
    .post('/:site/cases/:reference/messages', async (c) => {
      const site = authorizedSite(c, sites);
      const reference = referenceOf(c, site);
      const idempotencyKey = readIdempotencyKey(c);
      const input = await readInput(c, SupportMessageInputSchema);
      const result = await addSupportMessageOnce(db, site, reference, input, { idempotencyKey, now: now() });
      if (result.kind === 'not_found') throw caseNotFound(site.key);
      if (result.kind === 'key_reused') {
        throw new ApiError(422, ERROR_CODES.idempotencyKeyReused, 'This Idempotency-Key was already used for a different message on this case. Use a new key for a new message.');
      }
      if (result.kind === 'replayed') c.header('Idempotent-Replayed', 'true');
      return c.json(result.supportCase, 201);
    });
}

/**
 * Routes under `/v1/admin/insights` that name the site in the query (`?site=demo`), or not at all
 * when the secret key belongs to exactly one site.
 */
export function adminInsightRoutes(db: Database, sites: ReadonlyMap<string, Site>, now: () => Date) {
  const siteOfKey = (c: Context): Site => {
    const key = readBearerToken(c);
    const named = c.req.query('site');
    if (named !== undefined) {
      const site = findSite(sites, named);
      requireSecretKey(site, key);
      return site;
    }
    const holders = [...sites.values()].filter((site) => holdsSecretKey(site, key));
    if (holders.length === 1) return holders[0]!;
    if (holders.length === 0) {
      throw new ApiError(401, ERROR_CODES.unauthorized, 'Send a secret key of the site as Authorization: Bearer <key> (the keys are under secretKeys in its site.yaml), and name the site with site=<key>.');
    }
    throw new ValidationError([{
      path: 'site',
      code: 'required',
      message: `This key opens several sites (${holders.map((site) => site.key).join(', ')}). Name one with site=, e.g. site=${holders[0]!.key}.`,
    }]);
  };

  return new Hono().get('/docs', async (c) => {
    const site = siteOfKey(c);
    c.header('Cache-Control', 'no-store');
    const { site: _named, ...query } = c.req.query();
    return respondWithDocsReport(c, db, site, { now: now(), query });
  });
}
