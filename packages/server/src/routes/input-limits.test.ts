import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { CaseCreatedSchema, FlowSchema } from '@loket/sdk';
import { MAX_BODY_BYTES } from '../app';
import { loadSites } from '../sites/load-sites';
import { createTestApp, DEMO_SECRET_KEY, DEMO_SITES_DIR } from '../test-support';
import { postJson, readRefusal } from '../test-requests';

// A site whose one topic has the longest id there can be, more questions than a report may
// answer, a long text question and a question with more options than may be chosen.
const LONG_TOPIC = 't'.repeat(64);
const QUESTIONS = Array.from({ length: 101 }, (_, index) => `q-${index + 1}`);
const OPTIONS = Array.from({ length: 51 }, (_, index) => `o-${index + 1}`);
const label = { nl: 'Vraag', en: 'Question' };
const LIMITS_FLOW = v.parse(FlowSchema, {
  id: LONG_TOPIC,
  label,
  questions: [
    ...QUESTIONS.map((id) => ({ id, kind: 'text', label })),
    { id: 'long', kind: 'longtext', label },
    { id: 'many', kind: 'multiple', label, options: OPTIONS.map((id) => ({ id, label })) },
  ],
});
const ADMIN = { Authorization: `Bearer ${DEMO_SECRET_KEY}` };
const ARTICLE = 'restart-modem';

let server: Awaited<ReturnType<typeof createTestApp>>;
let customer: { reference: string; token: string };

beforeAll(async () => {
  const demo = (await loadSites(DEMO_SITES_DIR)).get('demo')!;
  server = await createTestApp({ sites: new Map([['demo', demo], ['limits', { ...demo, key: 'limits', flows: [LIMITS_FLOW] }]]) });
  customer = v.parse(CaseCreatedSchema, await (await postJson(server.app, '/v1/sites/demo/cases', { topic: 'other', description: 'Messages go here' })).json());
});
afterAll(() => server.db.close());

/** One limit: a request with `size` of something, the field a refusal names, and the largest size allowed. */
type Limit = {
  name: string;
  limit: number;
  /** The path of the refused field, e.g. `description`. */
  path: string;
  send(size: number): Promise<Response>;
};

const text = (size: number) => 'x'.repeat(size);
const fileCase = (body: object, site = 'demo') => postJson(server.app, `/v1/sites/${site}/cases`, { topic: 'other', description: 'Limits', ...body });
const fileOnLimits = (body: object) => fileCase({ topic: LONG_TOPIC, ...body }, 'limits');
const withEnvironment = (environment: object) => fileCase({ environment: { os: { name: 'Windows' }, ...environment } });
const list = (query: Record<string, string>) => Promise.resolve(server.app.request(`/v1/admin/sites/demo/cases?${new URLSearchParams(query)}`, { headers: ADMIN }));

const LIMITS: Limit[] = [
  { name: 'description', limit: 5000, path: 'description', send: (size) => fileCase({ description: text(size) }) },
  { name: 'topic id', limit: 64, path: 'topic', send: (size) => fileOnLimits({ topic: 't'.repeat(size) }) },
  { name: 'short text answer', limit: 200, path: 'answers.q-1', send: (size) => fileOnLimits({ answers: { 'q-1': text(size) } }) },
  { name: 'long text answer', limit: 5000, path: 'answers.long', send: (size) => fileOnLimits({ answers: { long: text(size) } }) },
  { name: 'number of answers', limit: 100, path: 'answers', send: (size) => fileOnLimits({ answers: Object.fromEntries(QUESTIONS.slice(0, size).map((id) => [id, 'x'])) }) },
  { name: 'options chosen', limit: 50, path: 'answers.many', send: (size) => fileOnLimits({ answers: { many: OPTIONS.slice(0, size) } }) },
  { name: 'articles tried', limit: 20, path: 'articlesTried', send: (size) => fileCase({ articlesTried: Array.from({ length: size }, () => ({ article: ARTICLE, outcome: 'not_solved' })) }) },
  { name: 'e-mail address', limit: 254, path: 'contact.email', send: (size) => fileCase({ contact: { email: `${text(size - '@example.nl'.length)}@example.nl` } }) },
  { name: 'report id', limit: 64, path: 'report', send: (size) => fileCase({ report: text(size) }) },
  { name: 'operating system name', limit: 200, path: 'environment.os.name', send: (size) => withEnvironment({ os: { name: text(size) } }) },
  { name: 'browser version', limit: 200, path: 'environment.browser.version', send: (size) => withEnvironment({ browser: { name: 'Edge', version: text(size) } }) },
  { name: 'page', limit: 2000, path: 'environment.page', send: (size) => withEnvironment({ page: `https://example.com/${text(size - 20)}` }) },
  { name: 'language', limit: 35, path: 'environment.language', send: (size) => withEnvironment({ language: text(size) }) },
  { name: 'time zone', limit: 64, path: 'environment.timeZone', send: (size) => withEnvironment({ timeZone: text(size) }) },
  { name: 'connection', limit: 20, path: 'environment.connection', send: (size) => withEnvironment({ connection: text(size) }) },
  { name: 'context fields', limit: 30, path: 'environment.context', send: (size) => withEnvironment({ context: Object.fromEntries(Array.from({ length: size }, (_, index) => [`field-${index}`, index])) }) },
  { name: 'context field name', limit: 64, path: `environment.context.${text(65)}`, send: (size) => withEnvironment({ context: { [text(size)]: 'x' } }) },
  { name: 'context value', limit: 500, path: 'environment.context.plan', send: (size) => withEnvironment({ context: { plan: text(size) } }) },
  { name: 'customer message', limit: 5000, path: 'text', send: (size) => postJson(server.app, `/v1/cases/${customer.reference}/messages`, { text: text(size) }, { Authorization: `Bearer ${customer.token}` }) },
  { name: 'support reply', limit: 5000, path: 'text', send: (size) => postJson(server.app, `/v1/admin/sites/demo/cases/${customer.reference}/messages`, { text: text(size) }, ADMIN) },
  { name: 'suggest text', limit: 5000, path: 'text', send: (size) => postJson(server.app, '/v1/sites/demo/suggest', { locale: 'en', text: text(size) }) },
  { name: 'suggestions asked for', limit: 10, path: 'limit', send: (size) => postJson(server.app, '/v1/sites/demo/suggest', { locale: 'en', limit: size }) },
  { name: 'attempt text', limit: 5000, path: 'text', send: (size) => postJson(server.app, '/v1/sites/demo/attempts', { locale: 'en', outcome: 'no_match', text: text(size) }) },
  { name: 'articles shown at once', limit: 10, path: 'articles', send: (size) => postJson(server.app, '/v1/sites/demo/impressions', { locale: 'en', articles: Array.from({ length: size }, () => ARTICLE) }) },
  { name: 'search text', limit: 200, path: 'q', send: (size) => list({ q: text(size) }) },
  { name: 'operating system filter', limit: 200, path: 'os', send: (size) => list({ os: text(size) }) },
  { name: 'browser filter', limit: 200, path: 'browser', send: (size) => list({ browser: text(size) }) },
  { name: 'cases per page', limit: 100, path: 'limit', send: (size) => list({ limit: String(size) }) },
];

describe('limits', () => {
  it.each(LIMITS)('$name: $limit passes, one more is refused naming the field and the limit', async ({ name, limit, path, send }) => {
    const atLimit = await send(limit);
    expect(atLimit.status, `${name} of ${limit}: ${atLimit.status < 300 ? '' : await atLimit.text()}`).toBeLessThan(300);
    const over = await send(limit + 1);
    const refusal = await readRefusal(over, `${name} of ${limit + 1}`);
    expect(over.status).toBe(422);
    expect(refusal.fields, name).toEqual([expect.objectContaining({ path, message: expect.stringContaining(String(limit)) })]);
    expect(server.errors).toEqual([]);
  });

  it(`takes a body of ${MAX_BODY_BYTES} bytes and refuses one byte more with 413 naming the limit`, async () => {
    // Fields the API does not know are ignored, so they make a body of any size that is otherwise right.
    const bodyOf = (bytes: number) => {
      const body = JSON.stringify({ topic: 'other', description: 'A large body', padding: '' });
      return body.replace('"padding":""', `"padding":"${'x'.repeat(bytes - body.length)}"`);
    };
    expect(Buffer.byteLength(bodyOf(MAX_BODY_BYTES))).toBe(MAX_BODY_BYTES);
    expect((await postJson(server.app, '/v1/sites/demo/cases', bodyOf(MAX_BODY_BYTES))).status).toBe(201);
    const over = await postJson(server.app, '/v1/sites/demo/cases', bodyOf(MAX_BODY_BYTES + 1));
    expect(over.status).toBe(413);
    expect(await readRefusal(over, 'body over the limit')).toMatchObject({ code: 'body_too_large', message: expect.stringContaining(`${MAX_BODY_BYTES} bytes`) });
    // With its length stated up front, as browsers send it, the body is refused before it is read.
    const stated = await server.app.request('/v1/sites/demo/cases', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Content-Length': String(MAX_BODY_BYTES + 1) },
      body: bodyOf(MAX_BODY_BYTES + 1),
    });
    expect(stated.status).toBe(413);
  });
});
