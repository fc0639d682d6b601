import type { Context } from 'hono';
import { ERROR_CODES, normalizeReference } from '@loket/sdk';
import { ApiError } from '../http/api-error';
import { readBearerToken } from '../http/request-headers';
import { requireSecretKey } from '../http/require-secret-key';
import { findSite } from '../sites/find-site';
import type { Site } from '../sites/site-schema';

/** The 404 for a case the site does not have: the same for a wrong reference and an erased case. */
export const caseNotFound = (site: string) => new ApiError(404, ERROR_CODES.caseNotFound, `Site '${site}' has no case with this reference. Check the reference, e.g. LK-4F7Q-92KD.`);

/**
 * The site of an admin request (`/:site/…`), once the request showed one of its secret keys; the
 * answer will not be cached.
 *
 * @throws {ApiError} `site_not_found` (404) or `unauthorized` (401).
 */
export function authorizedSite(c: Context, sites: ReadonlyMap<string, Site>): Site {
  const site = findSite(sites, c.req.param('site') ?? '');
  requireSecretKey(site, readBearerToken(c));
  c.header('Cache-Control', 'no-store');
  return site;
}

/**
 * The case reference of an admin request (`/:site/cases/:reference`), normalised.
 *
 * @throws {ApiError} `case_not_found` (404) for text that is no reference.
 */
export function referenceOf(c: Context, site: Site): string {
  const reference = normalizeReference(c.req.param('reference') ?? '');
  if (!reference) throw caseNotFound(site.key);
  return reference;
}
