import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSupportClient, HttpError, ValidationError } from '@loket/sdk';
import type { Erasure, PrivacyExport } from '@loket/sdk';

const BASE = 'http://loket.test';
const ADMIN = `${BASE}/v1/admin/sites/demo`;
const server = setupServer();
const support = createSupportClient({ baseUrl: BASE, site: 'demo', secretKey: 'sk-demo', retries: 1 });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const exported: PrivacyExport = { site: 'demo', exportedAt: '2026-11-30T10:00:00.000Z', subject: { email: 'piet@example.nl' }, cases: [], mentionedIn: ['LK-7HJK-3MNP'] };
const erasure: Erasure = {
  site: 'demo',
  erasedAt: '2026-11-30T10:05:00.000Z',
  erased: { cases: 1, events: 4, deliveries: 2, tokens: 1, idempotencyKeys: 0, attemptsAnonymized: 3, mentionsRedacted: 0 },
};

describe('support privacy', () => {
  it('exports and erases by e-mail address with the address in the body, never in the URL', async () => {
    const seen: Array<{ path: string; search: string; body: unknown; auth: string | null }> = [];
    const record = (answer: object) => async ({ request }: { request: Request }) => {
      const url = new URL(request.url);
      seen.push({ path: url.pathname, search: url.search, body: await request.json(), auth: request.headers.get('Authorization') });
      return HttpResponse.json(answer);
    };
    server.use(http.post(`${ADMIN}/contacts/export`, record(exported)), http.post(`${ADMIN}/contacts/erase`, record(erasure)));
    expect(await support.privacy.exportContact(' piet@example.nl ')).toEqual(exported);
    expect(await support.privacy.eraseContact('piet@example.nl')).toEqual(erasure);
    expect(seen).toEqual([
      { path: '/v1/admin/sites/demo/contacts/export', search: '', body: { email: 'piet@example.nl' }, auth: 'Bearer sk-demo' },
      { path: '/v1/admin/sites/demo/contacts/erase', search: '', body: { email: 'piet@example.nl' }, auth: 'Bearer sk-demo' },
    ]);
  });

  it('refuses something that is not an e-mail address before sending anything', async () => {
    await expect(support.privacy.eraseContact('piet')).rejects.toBeInstanceOf(ValidationError);
  });

  it('retries erasure by address after a 503, since a second erasure finds nothing more', async () => {
    let calls = 0;
    server.use(http.post(`${ADMIN}/contacts/erase`, () => (++calls === 1 ? HttpResponse.json({ error: { code: 'unavailable', message: 'Later.' } }, { status: 503, headers: { 'Retry-After': '0' } }) : HttpResponse.json(erasure))));
    expect(await support.privacy.eraseContact('piet@example.nl')).toEqual(erasure);
    expect(calls).toBe(2);
  });

  it('erases and exports one case by its normalised reference, and reports an erased case as case_not_found', async () => {
    const paths: string[] = [];
    server.use(
      http.post(`${ADMIN}/cases/:reference/erase`, ({ request }) => {
        paths.push(new URL(request.url).pathname);
        return paths.length === 1 ? HttpResponse.json(erasure) : HttpResponse.json({ error: { code: 'case_not_found', message: 'No such case.' } }, { status: 404 });
      }),
      http.get(`${ADMIN}/cases/:reference/export`, () => HttpResponse.json({ ...exported, subject: { reference: 'LK-4F7Q-92KD' }, mentionedIn: [] })),
    );
    expect((await support.privacy.exportCase('lk-4f7q-92kd')).subject).toEqual({ reference: 'LK-4F7Q-92KD' });
    expect(await support.privacy.eraseCase('lk-4f7q-92kd')).toEqual(erasure);
    const again = await support.privacy.eraseCase('LK-4F7Q-92KD').catch((error: unknown) => error);
    expect(again).toBeInstanceOf(HttpError);
    expect(again).toMatchObject({ status: 404, code: 'case_not_found' });
    expect(paths).toEqual(['/v1/admin/sites/demo/cases/LK-4F7Q-92KD/erase', '/v1/admin/sites/demo/cases/LK-4F7Q-92KD/erase']);
  });

  it('reads the privacy log', async () => {
    const entries = [{ action: 'erase', scope: 'retention', reference: null, counts: { cases: 3 }, at: '2026-11-30T11:00:00.000Z' }];
    server.use(http.get(`${ADMIN}/privacy-log`, () => HttpResponse.json({ entries })));
    expect(await support.privacy.log()).toEqual({ entries });
  });
});
