import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { CaseCreatedSchema, SupportCaseListSchema, SupportCaseSchema } from '@loket/sdk';
import type { CaseCreated } from '@loket/sdk';
import { loadSites } from '../sites/load-sites';
import type { Database } from '../store/database';
import { createTestApp, DEMO_SECRET_KEY, DEMO_SITES_DIR } from '../test-support';

let app: Awaited<ReturnType<typeof createTestApp>>['app'];
let db: Database;
let errors: unknown[];
let clock = new Date('2026-11-23T09:00:00.000Z');
const ACME_KEY = 'acme-secret-key-0123456789abcdef';

beforeAll(async () => {
  const demo = (await loadSites(DEMO_SITES_DIR)).get('demo')!;
  const sites = new Map([
    ['demo', demo],
    ['acme', { ...demo, key: 'acme', secretKeys: [ACME_KEY, 'acme-rotated-key-0123456789abcdef'] }],
    ['closed', { ...demo, key: 'closed', secretKeys: [] }],
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

function admin(path: string, init: { method?: string; body?: unknown; key?: string | null } = {}) {
  const key = init.key === undefined ? DEMO_SECRET_KEY : init.key;
  return app.request(`/v1/admin/sites/${path}`, {
    method: init.method ?? 'GET',
    headers: { 'Content-Type': 'application/json', ...(key === null ? {} : { Authorization: `Bearer ${key}` }) },
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
