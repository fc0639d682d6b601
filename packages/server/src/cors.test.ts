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
