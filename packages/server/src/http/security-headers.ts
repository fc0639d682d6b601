import type { MiddlewareHandler } from 'hono';

/** What every response carries: no content sniffing, no address of the page passed on. */
const EVERYWHERE = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
} as const;

/** API answers are data, never a page: nothing in them may run, load or be framed. */
const API = {
  ...EVERYWHERE,
  'Referrer-Policy': 'no-referrer',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  'X-Frame-Options': 'DENY',
} as const;

/** The widget's scripts are loaded by other sites' pages, also those that demand CORP (COEP `require-corp`). */
const WIDGET_FILE = { ...EVERYWHERE, 'Cross-Origin-Resource-Policy': 'cross-origin' } as const;

/**
 * The policy of the server's own pages (the demo site and its support console): scripts, styles
 * and connections from this server only, no inline script or style, no eval, never framed. The
 * widget itself runs under it, which shows it needs nothing more.
 */
export const SITE_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const SITE_PAGE = {
  ...EVERYWHERE,
  'Content-Security-Policy': SITE_CONTENT_SECURITY_POLICY,
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
} as const;

const LOKET_SCRIPT = /^\/loket[\w.-]*\.js(\.map)?$/;

/**
 * Sets security headers on everything the server sends, by what it is: the API's JSON, the
 * widget's scripts (loaded by other sites) or the server's own pages. A header the route set
 * itself is kept. `Strict-Transport-Security` is left to the TLS-terminating proxy
 * (docs/deploy.md), as this server speaks plain HTTP behind it.
 *
 * @example
 * app.use('*', securityHeaders());
 */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const { path } = c.req;
    const headers = path.startsWith('/v1/') ? API : LOKET_SCRIPT.test(path) ? WIDGET_FILE : SITE_PAGE;
    for (const [name, value] of Object.entries(headers)) {
      if (!c.res.headers.has(name)) c.res.headers.set(name, value);
    }
  };
}
