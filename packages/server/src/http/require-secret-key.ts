import { ERROR_CODES } from '@loket/sdk';
import { tokenMatches } from '../cases/case-token';
import { secretKeyHash } from '../sites/secret-key';
import type { Site } from '../sites/site-schema';
import { ApiError } from './api-error';

/**
 * Tells whether `presented` is one of the site's secret keys. Every key is compared (in constant
 * time, on hashes of equal length), so the time taken tells nothing about the keys.
 */
export function holdsSecretKey(site: Site, presented: string | undefined): boolean {
  // map, not some: every key is compared, also after a match.
  return presented !== undefined && site.secretKeys.map((entry) => tokenMatches(presented, secretKeyHash(entry))).includes(true);
}

/**
 * Lets the request through only with one of the site's secret keys. Every key is compared (in
 * constant time, on hashes of equal length), so the time taken tells nothing about the keys.
 *
 * @throws {ApiError} `unauthorized` (401) saying what to send.
 */
export function requireSecretKey(site: Site, presented: string | undefined): void {
  if (site.secretKeys.length === 0) {
    throw new ApiError(401, ERROR_CODES.unauthorized, `Site '${site.key}' has no secret key, so its admin API is closed. Add one under secretKeys in its site.yaml (best as "$NAME", read from the environment) and restart the server.`);
  }
  if (!holdsSecretKey(site, presented)) {
    throw new ApiError(401, ERROR_CODES.unauthorized, `Send a secret key of site '${site.key}' as Authorization: Bearer <key> (the keys are under secretKeys in its site.yaml).`);
  }
}
