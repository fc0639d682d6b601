import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createClient, HttpError, NetworkError, TimeoutError, ValidationError } from '@loket/sdk';

const BASE = 'http://loket.test';
const server = setupServer();
const client = createClient({ baseUrl: BASE, site: 'demo', retries: 0 });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const created = { reference: 'LK-4F7Q-92KD', token: 'secret-token', status: 'new', createdAt: '2026-11-23T10:00:00.000Z', respondBy: null, linked: false };

describe('cases.create', () => {
  it('posts the case with its idempotency key and returns the reference', async () => {
    let seen: { key: string | null; body: unknown } | undefined;
    server.use(
      http.post(`${BASE}/v1/sites/demo/cases`, async ({ request }) => {
        seen = { key: request.headers.get('Idempotency-Key'), body: await request.json() };
        return HttpResponse.json(created, { status: 201 });
      }),
    );
    const result = await client.cases.create(
      { topic: 'internet', answers: { 'modem-on': 'yes' }, description: 'No internet since 8:00', environment: { os: { name: 'Windows', version: '11' } } },
      { idempotencyKey: 'draft-1' },
    );
    expect(result).toEqual(created);
    expect(seen).toEqual({
      key: 'draft-1',
      body: {
        topic: 'internet', answers: { 'modem-on': 'yes' }, description: 'No internet since 8:00',
        environment: { os: { name: 'Windows', version: '11' } }, articlesTried: [], contact: {},
      },
    });
  });

  it('makes up an idempotency key when none is given', async () => {
    let key: string | null = null;
    server.use(
      http.post(`${BASE}/v1/sites/demo/cases`, ({ request }) => {
        key = request.headers.get('Idempotency-Key');
        return HttpResponse.json(created, { status: 201 });
      }),
    );
    await client.cases.create({ topic: 'internet', description: 'No signal' });
    expect(key).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses a blank description before sending anything', async () => {
    const error = await client.cases.create({ topic: 'internet', description: '   ' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fields).toEqual([
      { path: 'description', code: 'required', message: 'Describe the problem in a few words.' },
    ]);
  });

  it('refuses an oversized description before sending anything', async () => {
    const error = await client.cases.create({ topic: 'internet', description: 'x'.repeat(5001) }).catch((e: unknown) => e);
    expect((error as ValidationError).fields[0]).toMatchObject({ path: 'description', code: 'too_long' });
  });

  it("turns the server's field errors into a ValidationError", async () => {
    server.use(
      http.post(`${BASE}/v1/sites/demo/cases`, () =>
        HttpResponse.json(
          { error: { code: 'validation_failed', message: 'Topic unknown.', fields: [{ path: 'topic', code: 'unknown_value', message: 'Unknown topic.' }] } },
          { status: 422 },
        ),
      ),
    );
    const error = await client.cases.create({ topic: 'nope', description: 'Help' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ status: 422, code: 'validation_failed', fields: [{ path: 'topic', code: 'unknown_value' }] });
  });

  it('reports an unknown site with its code and status', async () => {
    server.use(
      http.post(`${BASE}/v1/sites/demo/cases`, () =>
        HttpResponse.json({ error: { code: 'site_not_found', message: "Site 'demo' is not configured." } }, { status: 404 }),
      ),
    );
    const error = await client.cases.create({ topic: 'internet', description: 'Help' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ status: 404, code: 'site_not_found', message: "Site 'demo' is not configured." });
  });

  it('retries a 503 with the same idempotency key', async () => {
    const keys: (string | null)[] = [];
    server.use(
      http.post(`${BASE}/v1/sites/demo/cases`, ({ request }) => {
        keys.push(request.headers.get('Idempotency-Key'));
        return keys.length === 1
          ? HttpResponse.json({ error: { code: 'unavailable', message: 'Try again' } }, { status: 503 })
          : HttpResponse.json(created, { status: 201 });
      }),
    );
    const retrying = createClient({ baseUrl: BASE, site: 'demo', retries: 1 });
    await expect(retrying.cases.create({ topic: 'internet', description: 'Help' }, { idempotencyKey: 'k1' })).resolves.toEqual(created);
    expect(keys).toEqual(['k1', 'k1']);
  });

  it('waits for a short Retry-After within the request and sends it again with the same key', async () => {
    const sent: number[] = [];
    server.use(
      http.post(`${BASE}/v1/sites/demo/cases`, () => {
        sent.push(Date.now());
        return sent.length === 1
          ? HttpResponse.json({ error: { code: 'rate_limited', message: 'Too many reports' } }, { status: 429, headers: { 'Retry-After': '1' } })
          : HttpResponse.json(created, { status: 201 });
      }),
    );
    const retrying = createClient({ baseUrl: BASE, site: 'demo', retries: 1 });
    await expect(retrying.cases.create({ topic: 'internet', description: 'Help' }, { idempotencyKey: 'k2' })).resolves.toEqual(created);
    expect(sent[1]! - sent[0]!).toBeGreaterThanOrEqual(950);
  });

  it('fails at once on a long Retry-After (a rate limit), saying how long to wait', async () => {
    let sent = 0;
    server.use(
      http.post(`${BASE}/v1/sites/demo/cases`, () => {
        sent += 1;
        return HttpResponse.json({ error: { code: 'rate_limited', message: 'Too many reports' } }, { status: 429, headers: { 'Retry-After': '42' } });
      }),
    );
    const retrying = createClient({ baseUrl: BASE, site: 'demo', retries: 2 });
    const error = await retrying.cases.create({ topic: 'internet', description: 'Help' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ status: 429, code: 'rate_limited', retryAfter: 42_000 });
    expect(sent).toBe(1);
  });

  it('reports an unreachable server as a NetworkError', async () => {
    server.use(http.post(`${BASE}/v1/sites/demo/cases`, () => HttpResponse.error()));
    await expect(client.cases.create({ topic: 'internet', description: 'Help' })).rejects.toBeInstanceOf(NetworkError);
  });

  it('reports a server that does not answer in time as a TimeoutError', async () => {
    server.use(http.post(`${BASE}/v1/sites/demo/cases`, () => new Promise<Response>(() => {})));
    const impatient = createClient({ baseUrl: BASE, site: 'demo', retries: 0, timeout: 50 });
    await expect(impatient.cases.create({ topic: 'internet', description: 'Help' })).rejects.toBeInstanceOf(TimeoutError);
  });
});

describe('cases.get', () => {
  it('reads a case with the token as bearer and accepts a lower-case reference', async () => {
    let auth: string | null = null;
    server.use(
      http.get(`${BASE}/v1/cases/LK-4F7Q-92KD`, ({ request }) => {
        auth = request.headers.get('Authorization');
        return HttpResponse.json({
          reference: 'LK-4F7Q-92KD', site: 'demo', topic: 'internet', answers: { 'modem-on': 'no' }, description: 'No signal', environment: {},
          articlesTried: [{ article: 'restart-modem', outcome: 'not_solved' }],
          locale: 'nl', status: 'new', createdAt: created.createdAt, updatedAt: created.createdAt,
          respondBy: null, emailUpdates: false, timeline: [],
        });
      }),
    );
    const found = await client.cases.get(' lk-4f7q-92kd ', 'secret-token');
    expect(found.description).toBe('No signal');
    expect(found.answers).toEqual({ 'modem-on': 'no' });
    expect(found.articlesTried).toEqual([{ article: 'restart-modem', outcome: 'not_solved' }]);
    expect(auth).toBe('Bearer secret-token');
  });

  it('answers a malformed reference with case_not_found without asking the server', async () => {
    await expect(client.cases.get('not-a-reference', 't')).rejects.toMatchObject({ status: 404, code: 'case_not_found' });
  });
});

describe('cases.addMessage', () => {
  const caseWithMessage = {
    reference: 'LK-4F7Q-92KD', site: 'demo', topic: 'internet', answers: {}, description: 'No signal', environment: {}, articlesTried: [],
    locale: 'nl', status: 'in_progress', createdAt: created.createdAt, updatedAt: created.createdAt, respondBy: null, emailUpdates: false,
    timeline: [
      { id: 'e1', at: created.createdAt, type: 'created', topic: 'internet' },
      { id: 'e2', at: created.createdAt, type: 'message', author: 'customer', text: 'The light is red now.', question: false },
    ],
  };

  it('posts the message with the token as bearer and its idempotency key, and returns the case', async () => {
    let seen: { auth: string | null; key: string | null; type: string | null; body: unknown } | undefined;
    server.use(
      http.post(`${BASE}/v1/cases/LK-4F7Q-92KD/messages`, async ({ request }) => {
        seen = {
          auth: request.headers.get('Authorization'), key: request.headers.get('Idempotency-Key'),
          type: request.headers.get('Content-Type'), body: await request.json(),
        };
        return HttpResponse.json(caseWithMessage, { status: 201 });
      }),
    );
    const updated = await client.cases.addMessage('lk-4f7q-92kd', 'secret-token', { text: 'The light is red now.' }, { idempotencyKey: 'message-1' });
    expect(updated.timeline.at(-1)).toMatchObject({ type: 'message', author: 'customer', text: 'The light is red now.' });
    expect(seen).toEqual({ auth: 'Bearer secret-token', key: 'message-1', type: 'application/json', body: { text: 'The light is red now.' } });
  });

  it('makes up an idempotency key when none is given', async () => {
    let key: string | null = null;
    server.use(
      http.post(`${BASE}/v1/cases/LK-4F7Q-92KD/messages`, ({ request }) => {
        key = request.headers.get('Idempotency-Key');
        return HttpResponse.json(caseWithMessage, { status: 201 });
      }),
    );
    await client.cases.addMessage('LK-4F7Q-92KD', 'secret-token', { text: 'Hello' });
    expect(key).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses an empty message before sending anything', async () => {
    const error = await client.cases.addMessage('LK-4F7Q-92KD', 'secret-token', { text: '  ' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fields).toEqual([{ path: 'text', code: 'required', message: 'Write a message.' }]);
  });

  it('reports a closed case as an HttpError case_closed with status 409', async () => {
    server.use(
      http.post(`${BASE}/v1/cases/LK-4F7Q-92KD/messages`, () =>
        HttpResponse.json({ error: { code: 'case_closed', message: 'Case LK-4F7Q-92KD is closed. File a new case.' } }, { status: 409 }),
      ),
    );
    const error = await client.cases.addMessage('LK-4F7Q-92KD', 'secret-token', { text: 'One more thing' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ status: 409, code: 'case_closed', message: 'Case LK-4F7Q-92KD is closed. File a new case.' });
  });

  it('answers a malformed reference with case_not_found without asking the server', async () => {
    await expect(client.cases.addMessage('LK-0000', 't', { text: 'Hi' })).rejects.toMatchObject({ status: 404, code: 'case_not_found' });
  });
});

describe('config.get', () => {
  it('returns the topics of the site', async () => {
    const config = {
      site: 'demo', name: 'Zeewind', defaultLocale: 'nl',
      topics: [{
        id: 'internet',
        label: { nl: 'Internet', en: 'Internet' },
        questions: [{ id: 'modem-on', kind: 'yesno', required: true, label: { nl: 'Staat het modem aan?', en: 'Is the modem on?' } }],
        environment: { needs: ['os'], confirm: [] },
      }],
      nextSteps: { nl: 'We reageren binnen een werkdag.', en: 'We reply within one working day.' },
      limits: { descriptionMaxLength: 5000 },
    };
    server.use(http.get(`${BASE}/v1/sites/demo/config`, () => HttpResponse.json(config)));
    await expect(client.config.get()).resolves.toEqual(config);
  });

  it('says when the server answers something it does not understand', async () => {
    server.use(http.get(`${BASE}/v1/sites/demo/config`, () => HttpResponse.json({ hello: 'world' })));
    await expect(client.config.get()).rejects.toMatchObject({ code: 'invalid_response' });
  });
});
