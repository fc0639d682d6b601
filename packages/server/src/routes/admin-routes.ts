import { Hono } from 'hono';
import type { Context } from 'hono';
import { ERROR_CODES, normalizeReference, parseOrThrow, StatusInputSchema, SupportMessageInputSchema } from '@loket/sdk';
import { ApiError } from '../http/api-error';
import { readJson } from '../http/read-json';
import { readBearerToken } from '../http/request-headers';
import { requireSecretKey } from '../http/require-secret-key';
import { findSite } from '../sites/find-site';
import type { Site } from '../sites/site-schema';
import { readTimeline } from '../store/case-events';
import { listCases } from '../store/case-list';
import { readCaseRow } from '../store/case-row';
import { addSupportMessage, changeStatus } from '../store/case-updates';
import { toSupportCase } from '../store/case-views';
import type { Database } from '../store/database';
import { readCaseListQuery } from './case-list-query';

const caseNotFound = (site: string) => new ApiError(404, ERROR_CODES.caseNotFound, `Site '${site}' has no case with this reference. Check the reference, e.g. LK-4F7Q-92KD.`);

/** Routes under `/v1/admin/sites/:site`, for the support team with a secret key of the site. */
export function adminRoutes(db: Database, sites: ReadonlyMap<string, Site>, now: () => Date) {
  const authorizedSite = (c: Context): Site => {
    const site = findSite(sites, c.req.param('site') ?? '');
    requireSecretKey(site, readBearerToken(c));
    c.header('Cache-Control', 'no-store');
    return site;
  };
  const referenceOf = (c: Context, site: Site): string => {
    const reference = normalizeReference(c.req.param('reference') ?? '');
    if (!reference) throw caseNotFound(site.key);
    return reference;
  };

  return new Hono()
    .get('/:site/cases', async (c) => {
      const site = authorizedSite(c);
      return c.json(await listCases(db, site.key, readCaseListQuery(c.req.query())));
    })
    .get('/:site/cases/:reference', async (c) => {
      const site = authorizedSite(c);
      const row = await readCaseRow(db, referenceOf(c, site), site.key);
      if (!row) throw caseNotFound(site.key);
      return c.json(toSupportCase(row, await readTimeline(db, row.id)));
    })
    .post('/:site/cases/:reference/status', async (c) => {
      const site = authorizedSite(c);
      const reference = referenceOf(c, site);
      const input = parseOrThrow(StatusInputSchema, await readJson(c));
      const updated = await changeStatus(db, site, reference, input.status, now());
      if (!updated) throw caseNotFound(site.key);
      return c.json(updated);
    })
    .post('/:site/cases/:reference/messages', async (c) => {
      const site = authorizedSite(c);
      const reference = referenceOf(c, site);
      const input = parseOrThrow(SupportMessageInputSchema, await readJson(c));
      const updated = await addSupportMessage(db, site, reference, input, now());
      if (!updated) throw caseNotFound(site.key);
      return c.json(updated, 201);
    });
}
