import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app';
import { loadSites } from './sites/load-sites';
import type { Database } from './store/database';
import { DEMO_SITES_DIR, openTestDatabase } from './test-support';

let db: Database;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  db = await openTestDatabase();
  const demo = (await loadSites(DEMO_SITES_DIR)).get('demo')!;
  const sites = new Map([
    ['demo', demo],
    ['acme', { ...demo, key: 'acme', origins: ['https://www.acme.example'] }],
  ]);
  app = createApp({ db, sites });
});
afterAll(() => db.close());

function preflight(path: string, origin: string) {
  return app.request(path, {
    method: 'OPTIONS',
    headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type,idempotency-key' },
  });
}

describe('CORS', () => {
  it("lets a site's own origin call its API, with the headers the widget sends", async () => {
    const response = await preflight('/v1/sites/acme/cases', 'https://www.acme.example');
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('https://www.acme.example');
    expect(response.headers.get('Access-Control-Allow-Headers')?.toLowerCase()).toContain('idempotency-key');
  });

  it("refuses another site's origin", async () => {
    const response = await preflight('/v1/sites/demo/cases', 'https://www.acme.example');
    expect(response.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });

  it('refuses an origin no site lists', async () => {
    const response = await app.request('/v1/sites/acme/config', { headers: { Origin: 'https://evil.example' } });
    expect(response.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });

  it("lets any site's origin read a case, which is protected by its token", async () => {
    const response = await preflight('/v1/cases/LK-2222-2222', 'https://www.acme.example');
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('https://www.acme.example');
  });

  it('allows no other origin to call the admin API', async () => {
    const response = await preflight('/v1/admin/sites/acme/cases', 'https://www.acme.example');
    expect(response.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });
});

describe('the origin check on writes', () => {
  const file = (origin: string | undefined, path = '/v1/sites/acme/cases', host = 'loket.example') =>
    app.request(`http://${host}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Host: host, ...(origin === undefined ? {} : { Origin: origin }) },
      body: JSON.stringify({ topic: 'internet', answers: {}, description: 'Geen internet.' }),
    });

  it("refuses a write from a page on an origin the site does not list, saying how to allow it, and stores nothing", async () => {
    const before = await db.query<{ count: string }>('SELECT count(*)::text AS count FROM cases');
    for (const origin of ['https://evil.example', 'https://www.demo-but-not.example', 'null']) {
      const response = await file(origin);
      expect(response.status).toBe(403);
      const { error } = await response.json();
      expect(error.code).toBe('origin_not_allowed');
      expect(error.message).toContain(`Pages on ${origin} may not send this request`);
      expect(error.message).toContain("add the origin under origins in the site's site.yaml");
    }
    expect(await db.query<{ count: string }>('SELECT count(*)::text AS count FROM cases')).toEqual(before);
  });

  it("refuses another site's origin too, and any page's writes to the admin API", async () => {
    expect((await file('https://www.acme.example', '/v1/sites/demo/cases')).status).toBe(403);
    const admin = await file('https://www.acme.example', '/v1/admin/sites/acme/cases/LK-2222-2222/replies');
    expect(admin.status).toBe(403);
    expect((await admin.json()).error.message).toContain('The admin API takes writes only from pages of this server');
  });

  it("lets through the site's own pages, the server's own pages, and programs that send no Origin", async () => {
    expect((await file('https://www.acme.example')).status).not.toBe(403);
    expect((await file('http://loket.example:8787', '/v1/sites/acme/cases', 'loket.example:8787')).status).not.toBe(403);
    expect((await file(undefined)).status).not.toBe(403);
    // Reads are CORS's business alone.
    expect((await app.request('/v1/sites/acme/config', { headers: { Origin: 'https://evil.example' } })).status).toBe(200);
  });
});

describe('security headers', () => {
  it('mark API answers as data that nothing may run or frame', async () => {
    for (const response of [await app.request('/v1/sites/acme/config'), await app.request('/v1/no-such-route')]) {
      expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
      expect(response.headers.get('Content-Security-Policy')).toContain("default-src 'none'");
      expect(response.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
      expect(response.headers.get('X-Frame-Options')).toBe('DENY');
      expect(response.headers.get('Referrer-Policy')).toBe('no-referrer');
    }
  });
});
