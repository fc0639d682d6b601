import { ERROR_CODES } from '@loket/sdk';
import type { Context, Hono } from 'hono';
import { DEFAULT_RATE_LIMITS } from '../sites/site-schema';
import type { Site } from '../sites/site-schema';
import { ApiError } from './api-error';
import { clientAddress } from './client-address';
import type { RateLimiter } from './rate-limiter';

/** A kind of public request with a limit of its own, as named under `rateLimits` in `site.yaml`. */
export type RateLimitBucket = keyof Site['rateLimits'];

/** The public endpoints, each with the kind of request it counts as. */
export const RATE_LIMITED_ROUTES: ReadonlyArray<{ method: 'GET' | 'POST'; path: string; bucket: RateLimitBucket }> = [
  { method: 'POST', path: '/v1/sites/:site/cases', bucket: 'cases' },
  { method: 'POST', path: '/v1/sites/:site/suggest', bucket: 'selfHelp' },
  { method: 'POST', path: '/v1/sites/:site/impressions', bucket: 'selfHelp' },
  { method: 'POST', path: '/v1/sites/:site/attempts', bucket: 'selfHelp' },
  { method: 'GET', path: '/v1/cases/:reference', bucket: 'caseAccess' },
  { method: 'POST', path: '/v1/cases/:reference/messages', bucket: 'caseAccess' },
];

/** Options of {@link limitRates}. */
export type LimitRatesOptions = {
  limiter: RateLimiter;
  sites: ReadonlyMap<string, Site>;
  /** Proxies in front of the server that append to `X-Forwarded-For` (see `clientAddress`). */
  trustedProxies: number;
};

const WHAT: Record<RateLimitBucket, string> = {
  cases: 'reports',
  selfHelp: 'suggestion, impression and attempt requests',
  caseAccess: 'requests for cases',
};

/** The answer to a client over its limit: 429 `rate_limited`, saying when to send again. */
export function rateLimited(bucket: RateLimitBucket, limit: number, retryAfterSeconds: number): ApiError {
  return new ApiError(
    429,
    ERROR_CODES.rateLimited,
    `Too many ${WHAT[bucket]} from this address: at most ${limit} a minute. Send the request again in ${retryAfterSeconds} seconds (Retry-After).`,
  );
}

/**
 * Limits the public endpoints per site, kind of request and client address, with the site's
 * `rateLimits` (requests a minute). A request over the limit is answered 429 `rate_limited` with
 * `Retry-After` before it is read or reaches the database. The per-case routes name no site: they
 * are counted per address across sites, against the largest `caseAccess` of the sites, so no
 * site's customers get less than their site allows.
 *
 * @example
 * limitRates(app, { limiter, sites, trustedProxies: 0 });
 */
export function limitRates(app: Hono, options: LimitRatesOptions): void {
  const { limiter, sites, trustedProxies } = options;
  const caseAccessLimit = Math.max(0, ...[...sites.values()].map((site) => site.rateLimits.caseAccess)) || DEFAULT_RATE_LIMITS.caseAccess;
  const limitOf = (c: Context, bucket: RateLimitBucket): { site: string; limit: number } | undefined => {
    if (bucket === 'caseAccess') return { site: '', limit: caseAccessLimit };
    const site = sites.get(c.req.param('site') ?? '');
    // An unknown site is answered 404 by its route, without any work worth limiting.
    return site && { site: site.key, limit: site.rateLimits[bucket] };
  };
  for (const { method, path, bucket } of RATE_LIMITED_ROUTES) {
    app.use(path, async (c, next) => {
      if (c.req.method !== method) return next();
      const limited = limitOf(c, bucket);
      if (!limited) return next();
      const retryAfter = limiter.take({ site: limited.site, bucket, address: clientAddress(c, trustedProxies) }, limited.limit);
      if (retryAfter === 0) return next();
      c.header('Retry-After', String(retryAfter));
      return c.json(rateLimited(bucket, limited.limit, retryAfter).toBody(), 429);
    });
  }
}
