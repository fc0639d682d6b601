import type { Context, MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';

/** Options of {@link apiCors}: those of Hono's `cors`, with the origin decided per request. */
export type ApiCorsOptions = Omit<NonNullable<Parameters<typeof cors>[0]>, 'origin' | 'exposeHeaders'> & {
  /** The origin to allow for this request, or `null` for none. */
  origin: (origin: string, c: Context) => string | null;
  exposeHeaders: string[];
};

/**
 * Hono's `cors` with the same headers, added to the response once the route made it. Hono's sets
 * them on `c.res` before the route runs and again after, and each time @hono/node-server turns the
 * response into a web `Response` with a body stream to copy the headers (with Hono's `bodyLimit`,
 * see `limitBody`, 0.3 ms of CPU per request). Preflight requests are Hono's own.
 */
export function apiCors(options: ApiCorsOptions): MiddlewareHandler {
  const preflight = cors(options);
  const exposeHeaders = options.exposeHeaders.join(',');
  return async (c, next) => {
    if (c.req.method === 'OPTIONS') return preflight(c, next);
    const allowOrigin = options.origin(c.req.header('Origin') ?? '', c);
    await next();
    const headers = c.res.headers;
    if (allowOrigin) headers.set('Access-Control-Allow-Origin', allowOrigin);
    if (exposeHeaders) headers.set('Access-Control-Expose-Headers', exposeHeaders);
    headers.append('Vary', 'Origin');
  };
}
