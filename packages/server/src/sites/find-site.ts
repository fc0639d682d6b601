import { siteNotFound } from '../http/api-error';
import type { Site } from './site-schema';

/**
 * The site with this key.
 *
 * @throws {ApiError} `site_not_found` (404) when the server does not know it.
 */
export function findSite<T extends Site>(sites: ReadonlyMap<string, T>, key: string): T {
  const site = sites.get(key);
  if (!site) throw siteNotFound(key);
  return site;
}
