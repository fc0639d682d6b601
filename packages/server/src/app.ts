import { Hono } from 'hono';
import { ERROR_CODES, ValidationError } from '@loket/sdk';
import { ApiError, databaseUnavailable, UNAVAILABLE_RETRY_AFTER_SECONDS } from './http/api-error';
import { apiCors } from './http/api-cors';
import { decodePathSegment } from './http/decode-path-segment';
import { limitBody } from './http/limit-body';
import { originCheck } from './http/origin-check';
import { limitRates } from './http/rate-limit';
import type { RateLimiter } from './http/rate-limiter';
import { securityHeaders } from './http/security-headers';
import { adminInsightRoutes, adminRoutes } from './routes/admin-routes';
import { caseRoutes } from './routes/case-routes';
import { privacyRoutes } from './routes/privacy-routes';
import { createKnowledgeCache } from './kb/knowledge-cache';
import { siteHasReceivers } from './notify/event-receivers';
import { selfHelpRoutes } from './routes/self-help-routes';
import { siteRoutes } from './routes/site-routes';
import { serveOpenApi } from './openapi/serve-openapi';
import type { Site } from './sites/site-schema';
import { servePublicFiles } from './static/serve-public-files';
import type { PublicFiles } from './static/serve-public-files';
import type { Database } from './store/database';
import { DatabaseUnavailableError } from './store/database-unavailable';

/** Largest request body the API accepts, in bytes. */
export const MAX_BODY_BYTES = 64 * 1024;

/** What the case service is made of. */
export type AppOptions = {
  db: Database;
  sites: ReadonlyMap<string, Site>;
  /** Files to serve beside the API: the widget bundle and, for the demo, a web site. */
  publicFiles?: PublicFiles;
  /** The clock: when cases are filed and changed, and from when response times count. @default () => new Date() */
  now?: () => Date;
  /** Where unexpected errors are reported. @default console.error */
  logError?: (error: unknown) => void;
  /**
   * Called after a request that may have changed a case succeeded, e.g. to send its e-mails and
   * webhooks at once instead of at the delivery worker's next round; not for a site without
   * webhooks or e-mail, which has nothing to send.
   */
  onCaseChanged?: () => void;
  /**
   * Counts the requests to the public endpoints per site and client address and answers 429
   * above the sites' `rateLimits` (see `limitRates`). `startServer` always gives one; without it
   * nothing is limited.
   */
  rateLimiter?: RateLimiter;
  /**
   * Proxies in front of the server that append the client's address to `X-Forwarded-For`; 0 when
   * clients connect directly, and then the header is ignored (see `clientAddress`). @default 0
   */
  trustedProxies?: number;
};

/**
 * Builds the HTTP application: API v1 under `/v1`, plus the widget bundle and an optional site.
 *
 * @example
 * const app = createApp({ db, sites });
 * const response = await app.request('/v1/health');
 */
export function createApp(options: AppOptions) {
  const { db, sites, now = () => new Date(), logError = (error) => console.error('[loket]', error) } = options;
  const anySiteOrigins = new Set([...sites.values()].flatMap((site) => site.origins));
  // A page may call the API of the sites that list its origin; per-case routes name no site.
  // The admin API is for the support team's tools, never for customers' pages: no other origin.
  const originsFor = (path: string): ReadonlySet<string> | readonly string[] => {
    if (path.startsWith('/v1/admin/')) return [];
    const site = /^\/v1\/sites\/([^/]+)/.exec(path)?.[1];
    return site === undefined ? anySiteOrigins : (sites.get(decodePathSegment(site))?.origins ?? []);
  };
  const app = new Hono();

  app.use('*', securityHeaders());
  app.use(
    '/v1/*',
    apiCors({
      origin: (origin, c) => {
        const allowed = originsFor(c.req.path);
        return ('has' in allowed ? allowed.has(origin) : allowed.includes(origin)) ? origin : null;
      },
      allowHeaders: ['Content-Type', 'Authorization', 'Idempotency-Key', 'If-None-Match'],
      exposeHeaders: ['ETag', 'Retry-After'],
      allowMethods: ['GET', 'POST', 'OPTIONS'],
      maxAge: 600,
    }),
  );
  app.use('/v1/*', originCheck(originsFor));
  app.use(
    '/v1/*',
    limitBody({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => c.json(new ApiError(413, ERROR_CODES.bodyTooLarge, `The request body is larger than ${MAX_BODY_BYTES / 1024} KB (${MAX_BODY_BYTES} bytes), the most the API accepts. Shorten the description, answers or message.`).toBody(), 413),
    }),
  );

  if (options.rateLimiter) limitRates(app, { limiter: options.rateLimiter, sites, trustedProxies: options.trustedProxies ?? 0 });

  if (options.onCaseChanged) {
    const onCaseChanged = options.onCaseChanged;
    // A change on a site without webhooks or e-mail leaves nothing to deliver: its events are
    // written fanned out (store/case-events.ts), so the delivery worker is not woken for it. A
    // customer's case route names no site: it wakes the worker when any site has receivers.
    const anySiteHasReceivers = [...sites.values()].some(siteHasReceivers);
    const mayDeliver = (path: string) => {
      const key = /^\/v1\/(?:admin\/)?sites\/([^/]+)/.exec(path)?.[1];
      if (key === undefined) return anySiteHasReceivers;
      const site = sites.get(decodePathSegment(key));
      return site !== undefined && siteHasReceivers(site);
    };
    // Only the routes that write cases; suggest and attempts are posted while customers type.
    for (const path of ['/v1/sites/:site/cases', '/v1/cases/*', '/v1/admin/*']) {
      app.use(path, async (c, next) => {
        await next();
        if (c.req.method === 'POST' && c.res.status < 400 && mayDeliver(c.req.path)) onCaseChanged();
      });
    }
  }

  app.get('/v1/health', (c) => c.json({ ok: true }));
  app.get('/v1/openapi.json', serveOpenApi);
  app.route('/v1/sites', siteRoutes(db, sites, now));
  app.route('/v1/sites', selfHelpRoutes(db, sites, createKnowledgeCache(db)));
  app.route('/v1/cases', caseRoutes(db, sites, now));
  app.route('/v1/admin/sites', adminRoutes(db, sites, now));
  app.route('/v1/admin/sites', privacyRoutes(db, sites, now));
  app.route('/v1/admin/insights', adminInsightRoutes(db, sites, now));
  app.all('/v1/*', (c) =>
    c.json(new ApiError(404, ERROR_CODES.notFound, `There is no ${c.req.method} ${c.req.path} in API v1. See docs/api.md for the endpoints.`).toBody(), 404),
  );

  if (options.publicFiles) servePublicFiles(app, options.publicFiles);

  app.onError((error, c) => {
    if (error instanceof ValidationError) {
      return c.json(new ApiError(422, error.code, 'Some fields are not right; see fields.', error.fields).toBody(), 422);
    }
    if (error instanceof ApiError) return c.json(error.toBody(), error.status);
    // Not logged per request: the database logs the outage once, and once more when it is over.
    if (error instanceof DatabaseUnavailableError) {
      c.header('Retry-After', String(UNAVAILABLE_RETRY_AFTER_SECONDS));
      return c.json(databaseUnavailable().toBody(), 503);
    }
    logError(error);
    return c.json(new ApiError(500, ERROR_CODES.internal, 'Something went wrong on the server. Try again in a moment.').toBody(), 500);
  });

  return app;
}
