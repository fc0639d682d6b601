import { createHash, timingSafeEqual } from 'node:crypto';
import { ERROR_CODES } from '@loket/sdk';
import type { Site } from '../sites/site-schema';
import { ApiError } from './api-error';

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
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
  const given = digest(presented ?? '');
  let matches = false;
  for (const key of site.secretKeys) if (timingSafeEqual(given, digest(key))) matches = true;
  if (presented === undefined || !matches) {
    throw new ApiError(401, ERROR_CODES.unauthorized, `Send a secret key of site '${site.key}' as Authorization: Bearer <key> (the keys are under secretKeys in its site.yaml).`);
  }
}
