import { ERROR_CODES } from '@loket/sdk';
import type { Context, MiddlewareHandler } from 'hono';
import { ApiError } from './api-error';

/** Methods that only read; every other one writes. */
const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses writes from browser pages on origins the request's site does not list, beside CORS:
 * CORS keeps a foreign page from reading the answer, but a simple POST (a form, or `text/plain`)
 * would still reach the route. Browsers send `Origin` with every cross-origin write and most
 * same-origin ones; requests without it (servers, the SDK in Node, `curl`) are not from a page
 * and pass, as do pages on the server's own origin (the demo site and support console).
 *
 * @param allowed - The origins allowed for a request path (the site's `origins`; none for the admin API).
 * @example
 * app.use('/v1/*', originCheck((path) => originsFor(path)));
 */
export function originCheck(allowed: (path: string) => ReadonlySet<string> | readonly string[]): MiddlewareHandler {
  return async (c, next) => {
    const origin = c.req.header('Origin');
    if (READS.has(c.req.method) || origin === undefined || isOwnOrigin(c, origin)) return next();
    const origins = allowed(c.req.path);
    if ('has' in origins ? origins.has(origin) : origins.includes(origin)) return next();
    const where = c.req.path.startsWith('/v1/admin/')
      ? 'The admin API takes writes only from pages of this server or from programs that send no Origin, with a secret key.'
      : "If this is the company's own page, add the origin under origins in the site's site.yaml and restart the server.";
    throw new ApiError(403, ERROR_CODES.originNotAllowed, `Pages on ${origin} may not send this request. ${where}`);
  };
}

/** Whether `origin` is this server's own, as the browser reached it (the Host it sent). */
function isOwnOrigin(c: Context, origin: string): boolean {
  try {
    return new URL(origin).host === c.req.header('Host');
  } catch {
    // "null" (sandboxed frames, file: pages) and anything else that is no URL.
    return false;
  }
}
