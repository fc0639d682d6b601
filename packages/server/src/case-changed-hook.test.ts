import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSites } from './sites/load-sites';
import type { Database } from './store/database';
import { createTestApp, DEMO_SECRET_KEY, DEMO_SITES_DIR } from './test-support';

let app: Awaited<ReturnType<typeof createTestApp>>['app'];
let db: Database;
let changes = 0;

beforeAll(async () => {
  // The demo site with a webhook, and a copy of it without any receiver.
  const demo = (await loadSites(DEMO_SITES_DIR)).get('demo')!;
  const sites = new Map([
    ['demo', { ...demo, webhooks: [{ url: 'http://127.0.0.1:9/loket', secret: 'whsec_zeewind_test_secret' }] }],
    ['quiet', { ...demo, key: 'quiet' }],
  ]);
  ({ app, db } = await createTestApp({ sites, onCaseChanged: () => (changes += 1) }));
});
afterAll(() => db.close());

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  app.request(path, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('onCaseChanged: e-mails and webhooks go out right after a case changes', () => {
  it('is called after a case is filed, a message is added and support replies, and not for failed requests', async () => {
    changes = 0;
    const filed = await post('/v1/sites/demo/cases', { topic: 'other', answers: { subject: 'Factuur' }, description: 'Dubbel betaald.' });
    expect(filed.status).toBe(201);
    const { reference, token } = (await filed.json()) as { reference: string; token: string };
    expect(changes).toBe(1);
    expect((await post(`/v1/cases/${reference}/messages`, { text: 'Nog een vraag.' }, { Authorization: `Bearer ${token}` })).status).toBe(201);
    expect(changes).toBe(2);
    const reply = await post(`/v1/admin/sites/demo/cases/${reference}/messages`, { text: 'We kijken ernaar.' }, { Authorization: `Bearer ${DEMO_SECRET_KEY}` });
    expect(reply.status).toBe(201);
    expect(changes).toBe(3);
    expect((await post('/v1/sites/demo/cases', { topic: 'other', description: '' })).status).toBe(422);
    expect(changes).toBe(3);
  });

  it('is not called for suggestions and self-help attempts, which customers post while they type', async () => {
    changes = 0;
    expect((await post('/v1/sites/demo/suggest', { locale: 'nl', text: 'modem knippert rood' })).status).toBe(200);
    expect((await post('/v1/sites/demo/attempts', { outcome: 'no_match', locale: 'nl', text: 'modem knippert rood' })).status).toBe(201);
    expect(changes).toBe(0);
  });

  it('is not called for a site without webhooks or e-mail, which has nothing to send', async () => {
    changes = 0;
    const filed = await post('/v1/sites/quiet/cases', { topic: 'other', answers: { subject: 'Factuur' }, description: 'Dubbel betaald.' });
    expect(filed.status).toBe(201);
    const { reference } = (await filed.json()) as { reference: string };
    const reply = await post(`/v1/admin/sites/quiet/cases/${reference}/messages`, { text: 'We kijken ernaar.' }, { Authorization: `Bearer ${DEMO_SECRET_KEY}` });
    expect(reply.status).toBe(201);
    expect(changes).toBe(0);
  });
});
