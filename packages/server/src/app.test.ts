import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from './test-support';
import type { Database } from './store/database';

let app: Awaited<ReturnType<typeof createTestApp>>['app'];
let db: Database;
let errors: unknown[];

beforeAll(async () => {
  ({ app, db, errors } = await createTestApp());
});
afterAll(() => db.close());

const report = {
  topic: 'other',
  answers: { subject: 'Vraag over mijn contract' },
  description: 'Ik wil weten wanneer mijn contract afloopt.',
  environment: { os: { name: 'Windows', version: '11' }, browser: { name: 'Chrome', version: '131' }, language: 'nl-NL', page: 'https://zeewind.example/support' },
};

function postCase(body: unknown, headers: Record<string, string> = {}) {
  return app.request('/v1/sites/demo/cases', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function countCases(): Promise<number> {
  const { rows } = await db.query<{ count: number }>('SELECT count(*)::int AS count FROM cases');
  return rows[0]!.count;
}

describe('GET /v1/health', () => {
  it('answers ok', async () => {
    const response = await app.request('/v1/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
  });
});

describe('GET /v1/sites/:site/config', () => {
  it('lists the topics with Dutch and English labels', async () => {
    const response = await app.request('/v1/sites/demo/config');
    const config = await response.json();
    expect(response.status).toBe(200);
    expect(config).toMatchObject({ site: 'demo', name: 'Zeewind Internet', defaultLocale: 'nl', limits: { descriptionMaxLength: 5000 } });
    expect(config.topics.map((topic: { id: string }) => topic.id)).toEqual(['internet', 'wifi', 'software', 'tv', 'billing', 'moving', 'other']);
    expect(config.topics[0].label).toEqual({ nl: 'Internet werkt niet', en: 'Internet is down' });
    expect(config.topics[0].questions.find((question: { id: string }) => question.id === 'light')).toMatchObject({
      kind: 'single', required: true, when: { question: 'modem-on', equals: 'yes' },
    });
    expect(config.topics[2].environment).toEqual({ needs: ['os'], confirm: ['os'] });
  });

  it('refuses an unknown site with a message that says where to look', async () => {
    const response = await app.request('/v1/sites/acme/config');
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      error: { code: 'site_not_found', message: "Site 'acme' is not configured on this server. Check the data-site attribute of the script tag." },
    });
  });
});

describe('POST /v1/sites/:site/cases', () => {
  it('files a case and returns a human-friendly reference and a token', async () => {
    const response = await postCase(report, { 'Idempotency-Key': 'first' });
    expect(response.status).toBe(201);
    const created = await response.json();
    expect(created.reference).toMatch(/^LK-[2-9A-HJKMNP-RT-Z]{4}-[2-9A-HJKMNP-RT-Z]{4}$/);
    expect(created.token.length).toBeGreaterThanOrEqual(43);
    expect(created.status).toBe('new');
    expect(Date.parse(created.createdAt)).not.toBeNaN();
  });

  it('stores the case only once when the same request is sent twice with one key', async () => {
    const before = await countCases();
    const first = await postCase(report, { 'Idempotency-Key': 'retry-me' });
    const second = await postCase(report, { 'Idempotency-Key': 'retry-me' });
    expect(second.status).toBe(201);
    expect(second.headers.get('Idempotent-Replayed')).toBe('true');
    expect(await second.json()).toEqual(await first.json());
    expect(await countCases()).toBe(before + 1);
  });

  it('stores one case when the same key arrives many times at once', async () => {
    const before = await countCases();
    const responses = await Promise.all(Array.from({ length: 5 }, () => postCase(report, { 'Idempotency-Key': 'burst' })));
    const references = new Set(await Promise.all(responses.map(async (response) => (await response.json()).reference)));
    expect(responses.map((response) => response.status)).toEqual([201, 201, 201, 201, 201]);
    expect(references.size).toBe(1);
    expect(await countCases()).toBe(before + 1);
  });

  it('refuses the same key with a different body', async () => {
    await postCase(report, { 'Idempotency-Key': 'reused' });
    const response = await postCase({ ...report, description: 'Iets heel anders' }, { 'Idempotency-Key': 'reused' });
    expect(response.status).toBe(422);
    expect((await response.json()).error.code).toBe('idempotency_key_reused');
  });

  it('files separate cases without a key', async () => {
    const before = await countCases();
    await postCase(report);
    await postCase(report);
    expect(await countCases()).toBe(before + 2);
  });

  it('refuses an empty description and names the field', async () => {
    const response = await postCase({ ...report, description: '  \n ' });
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({
      error: {
        code: 'validation_failed',
        message: 'Some fields are not right; see fields.',
        fields: [{ path: 'description', code: 'required', message: 'Describe the problem in a few words.' }],
      },
    });
  });

  it('refuses an oversized description as too long', async () => {
    const response = await postCase({ ...report, description: 'a'.repeat(5001) });
    expect(response.status).toBe(422);
    expect((await response.json()).error.fields).toEqual([
      { path: 'description', code: 'too_long', message: 'A description has at most 5000 characters.' },
    ]);
  });

  it('refuses a body over 64 KB with 413', async () => {
    const response = await postCase({ ...report, description: 'a'.repeat(70_000) });
    expect(response.status).toBe(413);
    expect((await response.json()).error.code).toBe('body_too_large');
  });

  it('refuses malformed JSON with 400', async () => {
    const response = await postCase('{"topic": "internet", ');
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe('invalid_json');
    expect(body.error.message).toMatch(/not valid JSON/);
  });

  it('refuses a body that is not JSON with 415', async () => {
    const response = await app.request('/v1/sites/demo/cases', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'help' });
    expect(response.status).toBe(415);
    expect((await response.json()).error.code).toBe('unsupported_media_type');
  });

  it('refuses an unknown site with 404', async () => {
    const response = await app.request('/v1/sites/acme/cases', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(report),
    });
    expect(response.status).toBe(404);
    expect((await response.json()).error.code).toBe('site_not_found');
  });

  it('refuses a topic the site does not have and lists the ones it has', async () => {
    const response = await postCase({ ...report, topic: 'gardening' });
    expect(response.status).toBe(422);
    const [field] = (await response.json()).error.fields;
    expect(field).toMatchObject({ path: 'topic', code: 'unknown_value' });
    expect(field.message).toContain('internet, wifi, software, tv, billing, moving, other');
  });

  it('refuses an environment field of the wrong type and names its path', async () => {
    const response = await postCase({ ...report, environment: { os: { name: 42 } } });
    expect(response.status).toBe(422);
    expect((await response.json()).error.fields[0].path).toBe('environment.os.name');
  });

  it('never answers with a stack trace', async () => {
    const response = await postCase('[1,2,3]');
    const text = await response.text();
    expect(response.status).toBe(422);
    expect(text).not.toMatch(/at .*\.ts:\d+/);
  });
});

describe('answers to the guided questions', () => {
  const internet = {
    topic: 'internet',
    description: 'Geen internet sinds vrijdag.',
    answers: { since: '2026-11-20', 'modem-on': 'yes', light: 'dsl', 'cable-checked': 'yes', restarted: 'no', scope: 'all' },
  };

  async function fieldsOf(body: unknown) {
    const response = await postCase(body);
    expect(response.status).toBe(422);
    return (await response.json()).error.fields;
  }

  it('stores the answers of a flow with nested conditions, structured, and returns them', async () => {
    const created = await (await postCase(internet)).json();
    const response = await app.request(`/v1/cases/${created.reference}`, { headers: { Authorization: `Bearer ${created.token}` } });
    expect((await response.json()).answers).toEqual(internet.answers);
    const { rows } = await db.query<{ light: string }>(`SELECT answers->>'light' AS light FROM cases WHERE reference = $1`, [created.reference]);
    expect(rows[0]!.light).toBe('dsl');
  });

  it('refuses a report without the answer to a required question and names the question', async () => {
    const { 'modem-on': _left, ...rest } = internet.answers;
    expect(await fieldsOf({ ...internet, answers: rest })).toContainEqual(expect.objectContaining({ path: 'answers.modem-on', code: 'required' }));
  });

  it('does not keep answers to questions the other answers hide', async () => {
    const answers = { since: '2026-11-20', 'modem-on': 'no', light: 'dsl', 'cable-checked': 'yes', scope: 'one' };
    const created = await (await postCase({ ...internet, answers })).json();
    const response = await app.request(`/v1/cases/${created.reference}`, { headers: { Authorization: `Bearer ${created.token}` } });
    expect((await response.json()).answers).toEqual({ since: '2026-11-20', 'modem-on': 'no', scope: 'one' });
  });

  it('refuses an answer to a question the topic does not have', async () => {
    expect(await fieldsOf({ ...internet, answers: { ...internet.answers, colour: 'blue' } })).toEqual([
      expect.objectContaining({ path: 'answers.colour', code: 'unknown_value' }),
    ]);
  });

  it('refuses a choice that is not one of the options', async () => {
    expect(await fieldsOf({ ...internet, answers: { ...internet.answers, light: 'purple' } })).toEqual([
      expect.objectContaining({ path: 'answers.light', code: 'unknown_value' }),
    ]);
  });

  it('refuses a date that does not exist', async () => {
    expect(await fieldsOf({ ...internet, answers: { ...internet.answers, since: '2026-02-30' } })).toEqual([
      expect.objectContaining({ path: 'answers.since', code: 'invalid' }),
    ]);
  });

  it('refuses more than 100 answers', async () => {
    const many = Object.fromEntries(Array.from({ length: 101 }, (_, index) => [`q${index}`, 'x']));
    expect(await fieldsOf({ ...internet, answers: many })).toEqual([expect.objectContaining({ path: 'answers' })]);
  });
});

describe('GET /v1/cases/:reference', () => {
  it('returns the case to the holder of the token, as it was sent', async () => {
    const created = await (await postCase({ ...report, locale: 'en' })).json();
    const response = await app.request(`/v1/cases/${created.reference}`, { headers: { Authorization: `Bearer ${created.token}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    expect(await response.json()).toMatchObject({
      reference: created.reference, site: 'demo', topic: 'other', answers: report.answers, description: report.description,
      environment: report.environment, locale: 'en', status: 'new', createdAt: created.createdAt,
    });
  });

  it('uses the site language when the report does not say', async () => {
    const created = await (await postCase(report)).json();
    const response = await app.request(`/v1/cases/${created.reference}`, { headers: { Authorization: `Bearer ${created.token}` } });
    expect((await response.json()).locale).toBe('nl');
  });

  it('gives the same 404 for a wrong token, a missing token and a missing case', async () => {
    const created = await (await postCase(report)).json();
    const wrongToken = await app.request(`/v1/cases/${created.reference}`, { headers: { Authorization: 'Bearer nope' } });
    const noToken = await app.request(`/v1/cases/${created.reference}`);
    const missing = await app.request('/v1/cases/LK-2222-2222', { headers: { Authorization: `Bearer ${created.token}` } });
    const bodies = await Promise.all([wrongToken, noToken, missing].map((response) => response.json()));
    expect([wrongToken.status, noToken.status, missing.status]).toEqual([404, 404, 404]);
    expect(bodies[0]).toEqual(bodies[1]);
    expect(bodies[1]).toEqual(bodies[2]);
    expect(bodies[0].error.code).toBe('case_not_found');
  });

  it('keeps nothing in the database that opens a sealed token', async () => {
    const created = await (await postCase(report, { 'Idempotency-Key': 'secret-key-123' })).json();
    const { rows } = await db.query<Record<string, string>>('SELECT * FROM idempotency_keys');
    const stored = JSON.stringify(rows);
    expect(stored).not.toContain('secret-key-123');
    expect(stored).not.toContain(created.token);
  });

  it('stores the token only as a hash', async () => {
    const created = await (await postCase(report)).json();
    const { rows } = await db.query<{ token_hash: string }>(
      'SELECT t.token_hash FROM case_tokens t JOIN cases c ON c.id = t.case_id WHERE c.reference = $1',
      [created.reference],
    );
    expect(rows[0]!.token_hash).not.toContain(created.token);
    expect(rows[0]!.token_hash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('unknown routes', () => {
  it('answers JSON 404 under /v1', async () => {
    const response = await app.request('/v1/nothing');
    expect(response.status).toBe(404);
    expect((await response.json()).error.code).toBe('not_found');
  });

  it('logged no unexpected errors', () => {
    expect(errors).toEqual([]);
  });
});
