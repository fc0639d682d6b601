import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { CaseCreatedSchema, DocsReportSchema, formatDocsReport, SupportCaseListSchema, SupportCaseSchema } from '@loket/sdk';
import type { CaseCreated } from '@loket/sdk';
import { FIXTURE_SECRET_KEY, FIXTURE_SITE, seedDocsReportFixture } from '../insights/docs-report-fixture';
import { fanOutEvents } from '../notify/fan-out';
import { loadSites } from '../sites/load-sites';
import type { Site } from '../sites/site-schema';
import type { Database } from '../store/database';
import { createTestApp, DEMO_SECRET_KEY, DEMO_SITES_DIR } from '../test-support';

let app: Awaited<ReturnType<typeof createTestApp>>['app'];
let db: Database;
let errors: unknown[];
let sites: ReadonlyMap<string, Site>;
let clock = new Date('2026-11-23T09:00:00.000Z');
const ACME_KEY = 'acme-secret-key-0123456789abcdef';
const NOTIFIED_KEY = 'notified-secret-key-0123456789ab';

beforeAll(async () => {
  const demo = (await loadSites(DEMO_SITES_DIR)).get('demo')!;
  sites = new Map([
    ['demo', demo],
    ['notified', {
      ...demo,
      key: 'notified',
      secretKeys: [NOTIFIED_KEY],
      webhooks: [{ url: 'https://hooks.example/loket', secret: 'whsec_notified_0123456789' }],
      email: { from: 'Zeewind Support <support@zeewind.example>', smtp: { host: 'smtp.zeewind.example', port: 587, secure: false }, caseLink: 'https://zeewind.example/help' },
    }],
    ['acme', { ...demo, key: 'acme', secretKeys: [ACME_KEY, 'acme-rotated-key-0123456789abcdef'] }],
    ['closed', { ...demo, key: 'closed', secretKeys: [] }],
    ['devices', { ...demo, key: 'devices' }],
    ['fixture', FIXTURE_SITE],
  ]);
  ({ app, db, errors } = await createTestApp({ now: () => clock, sites }));
});
afterAll(() => db.close());

/** Moves the clock on a second per call, so every change has its own time. */
function tick(): Date {
  clock = new Date(clock.getTime() + 1000);
  return clock;
}

async function file(site: string, body: object = {}): Promise<CaseCreated> {
  tick();
  const response = await app.request(`/v1/sites/${site}/cases`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ topic: 'other', answers: { subject: 'Vraag' }, description: 'Een vraag over mijn abonnement.', ...body }),
  });
  expect(response.status).toBe(201);
  return v.parse(CaseCreatedSchema, await response.json());
}

function admin(path: string, init: { method?: string; body?: unknown; key?: string | null; headers?: Record<string, string> } = {}) {
  const key = init.key === undefined ? DEMO_SECRET_KEY : init.key;
  return app.request(`/v1/admin/sites/${path}`, {
    method: init.method ?? 'GET',
    headers: { 'Content-Type': 'application/json', ...(key === null ? {} : { Authorization: `Bearer ${key}` }), ...init.headers },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
}

async function list(query: string, key?: string, site = 'demo') {
  const response = await admin(`${site}/cases${query}`, { key });
  expect(response.status).toBe(200);
  return v.parse(SupportCaseListSchema, await response.json());
}

describe('admin API: secret key', () => {
  it('refuses a request without a key, or with a wrong one, with 401 and what to send', async () => {
    for (const key of [null, 'wrong-key-wrong-key-wrong-key', ACME_KEY]) {
      const response = await admin('demo/cases', { key });
      expect(response.status).toBe(401);
      const body = await response.json();
      expect(body.error.code).toBe('unauthorized');
      expect(body.error.message).toContain('Authorization: Bearer');
    }
  });

  it('accepts every listed key, so keys can be rotated', async () => {
    expect((await admin('acme/cases', { key: ACME_KEY })).status).toBe(200);
    expect((await admin('acme/cases', { key: 'acme-rotated-key-0123456789abcdef' })).status).toBe(200);
  });

  it('keeps the admin API of a site without secret keys closed, saying how to open it', async () => {
    const response = await admin('closed/cases', { key: '' });
    expect(response.status).toBe(401);
    expect((await response.json()).error.message).toMatch(/has no secret key.*secretKeys/);
  });
});

describe('GET /v1/admin/sites/:site/cases/:reference', () => {
  it('shows everything known about the case, including the e-mail address', async () => {
    const created = await file('demo', { contact: { email: 'piet@example.nl' } });
    const response = await admin(`demo/cases/${created.reference}`);
    expect(response.status).toBe(200);
    expect(v.parse(SupportCaseSchema, await response.json())).toMatchObject({
      reference: created.reference, email: 'piet@example.nl', priority: 'normal', level: 1, repeatContacts: 0,
      failedAttempts: 0, escalations: [], firstResponseAt: null, emailUpdates: true, timeline: [{ type: 'created' }],
    });
  });

  it("does not show another site's case", async () => {
    const created = await file('demo');
    const response = await admin(`acme/cases/${created.reference}`, { key: ACME_KEY });
    expect(response.status).toBe(404);
    expect((await response.json()).error.code).toBe('case_not_found');
  });
});

describe('POST /v1/admin/sites/:site/cases/:reference/messages', () => {
  it('adds the reply, records the first response once and clears the promised time', async () => {
    const created = await file('demo');
    const firstAt = tick();
    const first = await admin(`demo/cases/${created.reference}/messages`, { method: 'POST', body: { text: 'We kijken ernaar.' } });
    expect(first.status).toBe(201);
    expect(v.parse(SupportCaseSchema, await first.json())).toMatchObject({
      status: 'in_progress', respondBy: null, firstResponseAt: firstAt.toISOString(), updatedAt: firstAt.toISOString(),
    });
    tick();
    const second = v.parse(SupportCaseSchema, await (await admin(`demo/cases/${created.reference}/messages`, { method: 'POST', body: { text: 'Nog even geduld.' } })).json());
    expect(second.firstResponseAt).toBe(firstAt.toISOString());
    expect(second.timeline.filter((event) => event.type === 'message')).toMatchObject([
      { author: 'support', text: 'We kijken ernaar.', question: false },
      { author: 'support', text: 'Nog even geduld.', question: false },
    ]);
  });

  it('makes the case wait for the customer after a question, unless a status is given', async () => {
    const created = await file('demo');
    const asked = v.parse(SupportCaseSchema, await (await admin(`demo/cases/${created.reference}/messages`, { method: 'POST', body: { text: 'Welk modem?', question: true } })).json());
    expect(asked.status).toBe('waiting_for_customer');
    expect(asked.timeline.at(-1)).toMatchObject({ type: 'status', from: 'new', to: 'waiting_for_customer' });
    const solved = v.parse(SupportCaseSchema, await (await admin(`demo/cases/${created.reference}/messages`, { method: 'POST', body: { text: 'Opgelost, toch?', question: true, status: 'solved' } })).json());
    expect(solved.status).toBe('solved');
  });

  it('refuses an empty message and an unknown status with 422 and the fields', async () => {
    const created = await file('demo');
    const response = await admin(`demo/cases/${created.reference}/messages`, { method: 'POST', body: { text: '', status: 'done' } });
    expect(response.status).toBe(422);
    expect((await response.json()).error.fields.map((field: { path: string }) => field.path)).toEqual(['text', 'status']);
  });
});

describe('POST /v1/admin/sites/:site/cases/:reference/messages with an Idempotency-Key', () => {
  const reply = (reference: string, body: object, key?: string, site = 'demo') =>
    admin(`${site}/cases/${reference}/messages`, {
      method: 'POST',
      body,
      ...(site === 'notified' ? { key: NOTIFIED_KEY } : {}),
      ...(key === undefined ? {} : { headers: { 'Idempotency-Key': key } }),
    });

  it('posts a reply sent twice with one key once, answers the retry with the case as it is now, and tells the customer once', async () => {
    const created = await file('notified', { contact: { email: 'piet@example.nl' } });
    const askedAt = tick();
    const first = await reply(created.reference, { text: 'Welk lampje brandt rood?', question: true }, 'reply-1', 'notified');
    expect(first.status).toBe(201);
    expect(first.headers.get('Idempotent-Replayed')).toBeNull();
    // The customer answers before the retry arrives: the retry changes nothing and shows the answer.
    tick();
    const answered = await app.request(`/v1/cases/${created.reference}/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${created.token}` },
      body: JSON.stringify({ text: 'Het middelste.' }),
    });
    expect(answered.status).toBe(201);
    tick();
    const retry = await reply(created.reference, { text: 'Welk lampje brandt rood?', question: true }, 'reply-1', 'notified');
    expect(retry.status).toBe(201);
    expect(retry.headers.get('Idempotent-Replayed')).toBe('true');
    const replayed = v.parse(SupportCaseSchema, await retry.json());
    expect(replayed.status).toBe('in_progress');
    expect(replayed.firstResponseAt).toBe(askedAt.toISOString());
    expect(replayed.timeline.filter((event) => event.type !== 'created')).toMatchObject([
      { type: 'message', author: 'support', text: 'Welk lampje brandt rood?', question: true, at: askedAt.toISOString() },
      { type: 'status', from: 'new', to: 'waiting_for_customer' },
      { type: 'message', author: 'customer', text: 'Het middelste.' },
      { type: 'status', from: 'waiting_for_customer', to: 'in_progress' },
    ]);

    await fanOutEvents(db, sites, tick());
    const { rows } = await db.query<{ channel: string; type: string }>(
      `SELECT d.channel, e.type FROM deliveries d JOIN case_events e ON e.id = d.event_id JOIN cases c ON c.id = e.case_id
        WHERE c.reference = $1 AND e.type = 'message' AND e.data->>'author' = 'support' ORDER BY d.channel`,
      [created.reference],
    );
    expect(rows).toEqual([{ channel: 'email', type: 'message' }, { channel: 'webhook', type: 'message' }]);
  });

  it('refuses a key used for another message on the case with 422, also for the same text with another status', async () => {
    const created = await file('demo');
    expect((await reply(created.reference, { text: 'We kijken ernaar.' }, 'reply-2')).status).toBe(201);
    for (const body of [{ text: 'Nog even geduld.' }, { text: 'We kijken ernaar.', question: true }, { text: 'We kijken ernaar.', status: 'solved' }]) {
      const response = await reply(created.reference, body, 'reply-2');
      expect(response.status).toBe(422);
      const { error } = await response.json();
      expect(error.code).toBe('idempotency_key_reused');
      expect(error.message).toContain('Use a new key for a new message');
    }
    const found = v.parse(SupportCaseSchema, await (await admin(`demo/cases/${created.reference}`)).json());
    expect(found.status).toBe('in_progress');
    expect(found.timeline.filter((event) => event.type === 'message')).toHaveLength(1);
  });

  it("keeps keys per case, apart from the customer's, and adds every message sent without a key", async () => {
    const [one, two] = [await file('demo'), await file('demo')];
    expect((await reply(one.reference, { text: 'Dank u.' }, 'shared-key')).headers.get('Idempotent-Replayed')).toBeNull();
    expect((await reply(two.reference, { text: 'Dank u.' }, 'shared-key')).headers.get('Idempotent-Replayed')).toBeNull();
    const customer = await app.request(`/v1/cases/${two.reference}/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${two.token}`, 'Idempotency-Key': 'customer-key' },
      body: JSON.stringify({ text: 'Graag gedaan.' }),
    });
    expect(customer.status).toBe(201);
    expect((await (await reply(two.reference, { text: 'Graag gedaan.' }, 'customer-key')).json()).error.code).toBe('idempotency_key_reused');
    for (let sent = 0; sent < 2; sent += 1) expect((await reply(two.reference, { text: 'Dank u.' })).status).toBe(201);
    const found = v.parse(SupportCaseSchema, await (await admin(`demo/cases/${two.reference}`)).json());
    expect(found.timeline.filter((event) => event.type === 'message').map((event) => event.type === 'message' && `${event.author}: ${event.text}`)).toEqual([
      'support: Dank u.', 'customer: Graag gedaan.', 'support: Dank u.', 'support: Dank u.',
    ]);
  });

  it('refuses a malformed key with 400 before adding anything', async () => {
    const created = await file('demo');
    const response = await reply(created.reference, { text: 'Hallo.' }, 'met spaties');
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe('invalid_idempotency_key');
    const found = v.parse(SupportCaseSchema, await (await admin(`demo/cases/${created.reference}`)).json());
    expect(found.timeline.filter((event) => event.type === 'message')).toEqual([]);
  });
});

describe('POST /v1/admin/sites/:site/cases/:reference/status', () => {
  it('changes the status with an event, and adds none when it is unchanged', async () => {
    const created = await file('demo');
    const changedAt = tick();
    const changed = v.parse(SupportCaseSchema, await (await admin(`demo/cases/${created.reference}/status`, { method: 'POST', body: { status: 'in_progress' } })).json());
    expect(changed).toMatchObject({ status: 'in_progress', updatedAt: changedAt.toISOString() });
    tick();
    const same = v.parse(SupportCaseSchema, await (await admin(`demo/cases/${created.reference}/status`, { method: 'POST', body: { status: 'in_progress' } })).json());
    expect(same.updatedAt).toBe(changedAt.toISOString());
    expect(same.timeline.filter((event) => event.type === 'status')).toEqual([
      { id: expect.any(String), at: changedAt.toISOString(), type: 'status', from: 'new', to: 'in_progress' },
    ]);
  });

  it('answers 404 for an unknown case', async () => {
    const response = await admin('demo/cases/LK-2222-2222/status', { method: 'POST', body: { status: 'closed' } });
    expect(response.status).toBe(404);
  });
});

describe('GET /v1/admin/sites/:site/cases', () => {
  let urgent: CaseCreated;
  let waiting: CaseCreated;
  let searched: CaseCreated;

  beforeAll(async () => {
    await file('acme', { topic: 'other' });
    const tried = [{ article: 'restart-modem', outcome: 'not_solved' }, { article: 'modem-lights', outcome: 'not_solved' }];
    urgent = await file('acme', { articlesTried: tried });
    waiting = await file('acme', { description: 'Mijn modem maakt lawaai.' });
    tick();
    await admin(`acme/cases/${waiting.reference}/messages`, { method: 'POST', body: { text: 'Hoe hard?', question: true }, key: ACME_KEY });
    searched = await file('acme', { topic: 'billing', answers: { type: 'bank-account' }, description: 'Nieuw rekeningnummer.' });
    tick();
    await app.request(`/v1/cases/${searched.reference}/messages`, {
      method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${searched.token}` }, body: JSON.stringify({ text: 'Het is NL91ABNA0417164300, zebrapad' }),
    });
  });

  const references = (page: { cases: Array<{ reference: string }> }) => page.cases.map((item) => item.reference);

  it('lists the newest updated first, without timelines', async () => {
    const page = await list('', ACME_KEY, 'acme');
    expect(page.cases).toHaveLength(4);
    expect(references(page).slice(0, 2)).toEqual([searched.reference, waiting.reference]);
    expect(page.cases[0]).not.toHaveProperty('timeline');
    expect(page.nextCursor).toBeNull();
  });

  it('filters by status, priority, level, topic, escalation and text', async () => {
    expect(references(await list('?status=waiting_for_customer', ACME_KEY, 'acme'))).toEqual([waiting.reference]);
    expect(references(await list('?status=waiting_for_customer,new&topic=billing', ACME_KEY, 'acme'))).toEqual([searched.reference]);
    expect(references(await list('?priority=high', ACME_KEY, 'acme'))).toEqual([urgent.reference]);
    expect(references(await list('?level=2', ACME_KEY, 'acme'))).toEqual([urgent.reference]);
    expect(references(await list('?escalated=true', ACME_KEY, 'acme'))).toEqual([urgent.reference]);
    expect(references(await list('?escalated=false', ACME_KEY, 'acme'))).not.toContain(urgent.reference);
    expect(references(await list('?q=ZEBRAPAD', ACME_KEY, 'acme'))).toEqual([searched.reference]);
    expect(references(await list('?q=lawaai', ACME_KEY, 'acme'))).toEqual([waiting.reference]);
    expect(references(await list(`?q=${urgent.reference.slice(3, 9)}`, ACME_KEY, 'acme'))).toEqual([urgent.reference]);
    expect(references(await list('?q=100%25', ACME_KEY, 'acme'))).toEqual([]);
  });

  it('pages through every case once with the cursor, while cases keep changing', async () => {
    const all = references(await list('', ACME_KEY, 'acme'));
    const first = await list('?limit=3', ACME_KEY, 'acme');
    expect(first.cases).toHaveLength(3);
    expect(first.nextCursor).not.toBeNull();
    // A case on the first page changes: it moves to the top, and does not appear twice.
    tick();
    await admin(`acme/cases/${all[1]}/status`, { method: 'POST', body: { status: 'closed' }, key: ACME_KEY });
    const second = await list(`?limit=3&cursor=${first.nextCursor}`, ACME_KEY, 'acme');
    expect(second.nextCursor).toBeNull();
    expect([...references(first), ...references(second)]).toEqual(all);
  });

  it('refuses wrong filters with 422 naming each', async () => {
    const response = await admin('acme/cases?status=open&priority=low&level=7&limit=500&escalated=maybe&cursor=nope&sort=asc', { key: ACME_KEY });
    expect(response.status).toBe(422);
    const fields = (await response.json()).error.fields.map((field: { path: string }) => field.path);
    expect(fields).toEqual(expect.arrayContaining(['status.0', 'priority', 'level', 'limit', 'escalated', 'sort']));
    const cursor = await admin('acme/cases?cursor=bm9wZQ', { key: ACME_KEY });
    expect(cursor.status).toBe(422);
    expect((await cursor.json()).error.fields).toEqual([expect.objectContaining({ path: 'cursor' })]);
  });

  it('logged no unexpected errors', () => {
    expect(errors).toEqual([]);
  });
});

describe('GET /v1/admin/sites/:site/cases: environment filters', () => {
  const filed: Record<string, CaseCreated> = {};

  beforeAll(async () => {
    const environments = {
      win7: { os: { name: 'Windows', version: '7' }, browser: { name: 'Chrome', version: '109' }, device: { type: 'desktop' } },
      win10: { os: { name: 'Windows', version: '10' }, browser: { name: 'Edge', version: '131' }, device: { type: 'desktop' } },
      mac: { os: { name: 'macOS', version: '10.15.7' }, browser: { name: 'Safari', version: '17.1' }, device: { type: 'desktop' } },
      mac100: { os: { name: 'macOS', version: '100.1' }, browser: { name: 'Safari', version: '18' }, device: { type: 'desktop' } },
      iphone: { os: { name: 'iOS', version: '17.4' }, browser: { name: 'Safari', version: '17.4' }, device: { type: 'mobile' } },
      bare: {},
    };
    for (const [name, environment] of Object.entries(environments)) filed[name] = await file('devices', { environment });
  });

  const sorted = (names: string[]) => names.map((name) => filed[name]!.reference).sort();
  const found = async (query: string) => references(await list(query, DEMO_SECRET_KEY, 'devices')).sort();
  const references = (page: { cases: Array<{ reference: string }> }) => page.cases.map((item) => item.reference);

  it('filters by operating system, with the version or a version under it', async () => {
    expect(await found('?os=Windows')).toEqual(sorted(['win7', 'win10']));
    expect(await found('?os=windows&osVersion=7')).toEqual(sorted(['win7']));
    expect(await found('?os=macOS&osVersion=10')).toEqual(sorted(['mac']));
    expect(await found('?os=macOS&osVersion=10.15')).toEqual(sorted(['mac']));
    expect(await found('?os=macOS&osVersion=10.1')).toEqual([]);
    expect(await found('?os=macOS&osVersion=100')).toEqual(sorted(['mac100']));
  });

  it('filters by browser and by kind of device, also together', async () => {
    expect(await found('?browser=Safari')).toEqual(sorted(['mac', 'mac100', 'iphone']));
    expect(await found('?device=mobile')).toEqual(sorted(['iphone']));
    expect(await found('?browser=Safari&device=desktop&os=macOS&osVersion=10')).toEqual(sorted(['mac']));
    expect(await found('?device=tablet')).toEqual([]);
  });

  it('refuses a version without an operating system, and an unknown kind of device', async () => {
    const version = await admin('devices/cases?osVersion=7');
    expect(version.status).toBe(422);
    expect((await version.json()).error.fields).toEqual([
      { path: 'osVersion', code: 'invalid', message: 'A version belongs to an operating system: add os, e.g. os=Windows&osVersion=10.' },
    ]);
    const device = await admin('devices/cases?device=phone&osVersion=7%25');
    expect(device.status).toBe(422);
    const fields = (await device.json()).error.fields;
    expect(fields.map((field: { path: string }) => field.path).sort()).toEqual(['device', 'osVersion']);
    expect(fields.find((field: { path: string }) => field.path === 'device').message).toBe('A device is one of: desktop, mobile, tablet.');
  });

  it('logged no unexpected errors', () => {
    expect(errors).toEqual([]);
  });
});

describe('GET /v1/admin/sites/:site/insights/docs', () => {
  beforeAll(() => seedDocsReportFixture(db));

  const insights = (query = '', key: string | null = FIXTURE_SECRET_KEY) => admin(`fixture/insights/docs${query}`, { key });

  it('refuses a request without a key, or with a key of another site, with 401', async () => {
    expect((await insights('', null)).status).toBe(401);
    expect((await insights('', DEMO_SECRET_KEY)).status).toBe(401);
  });

  it("answers with the report of the last 30 days as JSON, in the site's language by default", async () => {
    const response = await insights();
    expect(response.status).toBe(200);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    const report = v.parse(DocsReportSchema, await response.json());
    expect(report).toMatchObject({
      site: 'fixture', locale: 'nl', until: clock.toISOString(), since: new Date(clock.getTime() - 30 * 86_400_000).toISOString(),
      totals: { reports: 25, solved: 4, failed: 11, unanswered: 7, cases: 10, repeated: 3, escalated: 3 },
    });
    expect(report.items.map((item) => [item.rank, item.kind, item.affected])).toEqual([
      [1, 'failing_article', 4], [2, 'unanswered', 3], [3, 'hotspot', 3], [4, 'failing_article', 2],
      [5, 'failing_article', 2], [6, 'failing_article', 2], [7, 'unanswered', 2], [8, 'hotspot', 2],
    ]);
  });

  it('takes the period and language asked for', async () => {
    const report = v.parse(DocsReportSchema, await (await insights('?since=all&locale=en')).json());
    expect(report).toMatchObject({ since: null, locale: 'en', totals: { reports: 27, cases: 11 } });
    expect(report.items[0]).toMatchObject({ title: 'Installer fails on old Windows', failed: 5 });
  });

  it('gives Markdown and CSV as the SDK formats them, with their content types', async () => {
    const report = v.parse(DocsReportSchema, await (await insights('?locale=en')).json());
    const markdown = await insights('?locale=en&format=markdown');
    expect(markdown.status).toBe(200);
    expect(markdown.headers.get('Content-Type')).toBe('text/markdown; charset=utf-8');
    expect(await markdown.text()).toBe(formatDocsReport(report, 'markdown'));
    const csv = await insights('?locale=en&format=csv');
    expect(csv.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    // text() would drop the byte order mark that tells Excel the CSV is UTF-8; it must be sent.
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(await csv.arrayBuffer())).toBe(formatDocsReport(report, 'csv'));
  });

  it('refuses a wrong period, format or language, and unknown parameters, with 422 naming each', async () => {
    const response = await insights('?since=last-month&format=pdf&locale=de&sort=asc');
    expect(response.status).toBe(422);
    const fields = (await response.json()).error.fields as Array<{ path: string; message: string }>;
    expect(Object.fromEntries(fields.map((field) => [field.path, field.message]))).toEqual({
      since: 'Write since as a number of days (30d), a date (2026-10-01) or all.',
      format: 'A format is one of: json, markdown, csv.',
      locale: 'Ask for the report in one of the languages nl or en, e.g. locale=en.',
      sort: 'Unknown field "sort": check its spelling, or remove it.',
    });
    const future = await insights('?since=2030-01-01');
    expect(future.status).toBe(422);
    expect((await future.json()).error.fields[0].message).toContain('The period starts after now');
  });
});

describe('GET /v1/admin/insights/docs', () => {
  const insights = (query: string, key: string | null) =>
    app.request(`/v1/admin/insights/docs${query}`, { headers: key === null ? {} : { Authorization: `Bearer ${key}` } });

  it('finds the site by its key when the key opens exactly one', async () => {
    const response = await insights('?since=all', FIXTURE_SECRET_KEY);
    expect(response.status).toBe(200);
    expect(v.parse(DocsReportSchema, await response.json())).toMatchObject({ site: 'fixture', totals: { cases: 11 } });
  });

  it('asks for site= when the key opens several sites, and takes the one named', async () => {
    const several = await insights('', DEMO_SECRET_KEY);
    expect(several.status).toBe(422);
    expect((await several.json()).error.fields).toEqual([
      { path: 'site', code: 'required', message: 'This key opens several sites (demo, devices). Name one with site=, e.g. site=demo.' },
    ]);
    const named = await insights('?site=devices&format=csv', DEMO_SECRET_KEY);
    expect(named.status).toBe(200);
    expect(named.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
  });

  it('refuses without a key, with a key of no site or of another site, and for an unknown site', async () => {
    expect((await insights('', null)).status).toBe(401);
    expect((await insights('', 'wrong-key-wrong-key-wrong-key')).status).toBe(401);
    expect((await insights('?site=fixture', DEMO_SECRET_KEY)).status).toBe(401);
    expect((await insights('?site=nowhere', DEMO_SECRET_KEY)).status).toBe(404);
  });

  it('logged no unexpected errors', () => {
    expect(errors).toEqual([]);
  });
});
