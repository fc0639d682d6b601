import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSupportClient, HttpError, NetworkError, ValidationError } from '@loket/sdk';
import type { SupportCase } from '@loket/sdk';

const BASE = 'http://loket.test';
const ADMIN = `${BASE}/v1/admin/sites/demo/cases`;
const server = setupServer();
const support = createSupportClient({ baseUrl: BASE, site: 'demo', secretKey: 'sk-demo', retries: 0 });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const AT = '2026-11-23T10:00:00.000Z';
const supportCase: SupportCase = {
  reference: 'LK-4F7Q-92KD', site: 'demo', topic: 'internet', answers: {}, description: 'No signal', environment: {}, articlesTried: [],
  locale: 'nl', status: 'in_progress', createdAt: AT, updatedAt: AT, respondBy: null, emailUpdates: true,
  timeline: [{ id: 'e1', at: AT, type: 'created', topic: 'internet' }],
  priority: 'high', level: 2, email: 'klant@example.nl', contact: { email: 'klant@example.nl', name: 'Klaas de Klant', verified: true }, repeatContacts: 1, failedAttempts: 2, escalations: ['failed_attempts'], firstResponseAt: null,
};
const { timeline: _timeline, environment: _environment, answers: _answers, ...summary } = supportCase;

type Seen = { url: URL; auth: string | null; body?: unknown };

describe('support cases.list', () => {
  it('sends the filters as query parameters, several statuses comma-joined, with the secret key', async () => {
    let seen: Seen | undefined;
    server.use(
      http.get(ADMIN, ({ request }) => {
        seen = { url: new URL(request.url), auth: request.headers.get('Authorization') };
        return HttpResponse.json({ cases: [summary], nextCursor: 'c2' });
      }),
    );
    const page = await support.cases.list({ status: ['new', 'in_progress'], priority: 'high', level: 2, topic: 'internet', escalated: false, q: 'modem', limit: 10, cursor: 'c1' });
    expect(page).toEqual({ cases: [summary], nextCursor: 'c2' });
    expect(seen?.auth).toBe('Bearer sk-demo');
    expect(Object.fromEntries(seen!.url.searchParams)).toEqual({
      status: 'new,in_progress', priority: 'high', level: '2', topic: 'internet', escalated: 'false', q: 'modem', limit: '10', cursor: 'c1',
    });
  });

  it('sends no query parameters without filters, and one status as it is', async () => {
    const queries: string[] = [];
    server.use(
      http.get(ADMIN, ({ request }) => {
        queries.push(new URL(request.url).search);
        return HttpResponse.json({ cases: [], nextCursor: null });
      }),
    );
    await support.cases.list();
    await support.cases.list({ status: 'waiting_for_customer' });
    expect(queries).toEqual(['', '?status=waiting_for_customer']);
  });

  it('turns a refused filter into a ValidationError and a wrong key into unauthorized', async () => {
    server.use(
      http.get(ADMIN, ({ request }) =>
        request.headers.get('Authorization') === 'Bearer sk-demo'
          ? HttpResponse.json({ error: { code: 'validation_failed', message: 'Bad limit.', fields: [{ path: 'limit', code: 'invalid', message: 'The limit is a whole number from 1 to 100.' }] } }, { status: 422 })
          : HttpResponse.json({ error: { code: 'unauthorized', message: 'Wrong secret key.' } }, { status: 401 }),
      ),
    );
    await expect(support.cases.list({ limit: 1000 })).rejects.toMatchObject({ name: 'LoketValidationError', fields: [{ path: 'limit' }] });
    const intruder = createSupportClient({ baseUrl: BASE, site: 'demo', secretKey: 'guess', retries: 0 });
    const error = await intruder.cases.list().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ status: 401, code: 'unauthorized' });
  });
});

describe('support cases.get, setStatus and reply', () => {
  it('reads a case by its normalised reference', async () => {
    let seen: Seen | undefined;
    server.use(
      http.get(`${ADMIN}/LK-4F7Q-92KD`, ({ request }) => {
        seen = { url: new URL(request.url), auth: request.headers.get('Authorization') };
        return HttpResponse.json(supportCase);
      }),
    );
    await expect(support.cases.get(' lk-4f7q-92kd ')).resolves.toEqual(supportCase);
    expect(seen?.auth).toBe('Bearer sk-demo');
  });

  it('answers a malformed reference with case_not_found without asking the server', async () => {
    await expect(support.cases.get('LK-nope')).rejects.toMatchObject({ status: 404, code: 'case_not_found' });
  });

  it('posts a status change', async () => {
    let seen: Seen | undefined;
    server.use(
      http.post(`${ADMIN}/LK-4F7Q-92KD/status`, async ({ request }) => {
        seen = { url: new URL(request.url), auth: request.headers.get('Authorization'), body: await request.json() };
        return HttpResponse.json({ ...supportCase, status: 'solved' });
      }),
    );
    const updated = await support.cases.setStatus('LK-4F7Q-92KD', 'solved');
    expect(updated.status).toBe('solved');
    expect(seen).toMatchObject({ auth: 'Bearer sk-demo', body: { status: 'solved' } });
  });

  it('refuses an unknown status before sending anything', async () => {
    const error = await support.cases.setStatus('LK-4F7Q-92KD', 'archived' as 'closed').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fields[0]).toMatchObject({ path: 'status' });
  });

  it('posts a reply as a question, with defaults filled in', async () => {
    let seen: Seen | undefined;
    server.use(
      http.post(`${ADMIN}/LK-4F7Q-92KD/messages`, async ({ request }) => {
        seen = { url: new URL(request.url), auth: request.headers.get('Authorization'), body: await request.json() };
        return HttpResponse.json({ ...supportCase, status: 'waiting_for_customer' }, { status: 201 });
      }),
    );
    const updated = await support.cases.reply('LK-4F7Q-92KD', { text: 'Welk lampje brandt rood?', question: true });
    expect(updated.status).toBe('waiting_for_customer');
    expect(seen).toMatchObject({ auth: 'Bearer sk-demo', body: { text: 'Welk lampje brandt rood?', question: true } });
  });

  it('sends a reply with the idempotency key given, or a new one per call', async () => {
    const keys: Array<string | null> = [];
    server.use(
      http.post(`${ADMIN}/LK-4F7Q-92KD/messages`, ({ request }) => {
        keys.push(request.headers.get('Idempotency-Key'));
        return HttpResponse.json(supportCase, { status: 201 });
      }),
    );
    await support.cases.reply('LK-4F7Q-92KD', { text: 'We kijken ernaar.' }, { idempotencyKey: 'reply-1' });
    await support.cases.reply('LK-4F7Q-92KD', { text: 'We kijken ernaar.' });
    await support.cases.reply('LK-4F7Q-92KD', { text: 'We kijken ernaar.' });
    expect(keys[0]).toBe('reply-1');
    expect(keys[1]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(keys[2]).not.toBe(keys[1]);
  });

  it('retries a reply whose answer was lost with the same idempotency key', async () => {
    const attempts: Array<{ key: string | null; body: unknown }> = [];
    server.use(
      http.post(`${ADMIN}/LK-4F7Q-92KD/messages`, async ({ request }) => {
        attempts.push({ key: request.headers.get('Idempotency-Key'), body: await request.json() });
        // The server stored the reply, but its answer never arrived; the retry is answered as a replay.
        if (attempts.length === 1) return HttpResponse.error();
        return HttpResponse.json({ ...supportCase, status: 'solved' }, { status: 201, headers: { 'Idempotent-Replayed': 'true' } });
      }),
    );
    const retrying = createSupportClient({ baseUrl: BASE, site: 'demo', secretKey: 'sk-demo', retries: 1 });
    const updated = await retrying.cases.reply('LK-4F7Q-92KD', { text: 'Opgelost.', status: 'solved' });
    expect(updated.status).toBe('solved');
    expect(attempts).toHaveLength(2);
    expect(attempts[0]!.key).toEqual(expect.any(String));
    expect(attempts[1]).toEqual(attempts[0]);
  });

  it('never retries a status change, which has no idempotency key', async () => {
    let posts = 0;
    server.use(
      http.post(`${ADMIN}/LK-4F7Q-92KD/status`, () => {
        posts += 1;
        return HttpResponse.json({ error: { code: 'internal_error', message: 'Oops.' } }, { status: 503 });
      }),
    );
    const retrying = createSupportClient({ baseUrl: BASE, site: 'demo', secretKey: 'sk-demo', retries: 2 });
    await expect(retrying.cases.setStatus('LK-4F7Q-92KD', 'solved')).rejects.toMatchObject({ status: 503 });
    expect(posts).toBe(1);
  });

  it('sends a reply once with retries: 0, and reports a lost answer as a NetworkError', async () => {
    let posts = 0;
    server.use(
      http.post(`${ADMIN}/LK-4F7Q-92KD/messages`, () => {
        posts += 1;
        return HttpResponse.error();
      }),
    );
    const error = await support.cases.reply('LK-4F7Q-92KD', { text: 'Opgelost.' }, { idempotencyKey: 'reply-2' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NetworkError);
    expect(posts).toBe(1);
  });

  it('retries a read after a 503', async () => {
    let reads = 0;
    server.use(
      http.get(`${ADMIN}/LK-4F7Q-92KD`, () => {
        reads += 1;
        return reads === 1 ? HttpResponse.json({ error: { code: 'internal_error', message: 'Oops.' } }, { status: 503 }) : HttpResponse.json(supportCase);
      }),
    );
    const retrying = createSupportClient({ baseUrl: BASE, site: 'demo', secretKey: 'sk-demo', retries: 1 });
    await expect(retrying.cases.get('LK-4F7Q-92KD')).resolves.toEqual(supportCase);
    expect(reads).toBe(2);
  });

  it('says which option is missing when created without a secret key', () => {
    expect(() => createSupportClient({ baseUrl: BASE, site: 'demo', secretKey: '' })).toThrow(/secretKey/);
  });
});
