import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { CaseCreatedSchema, DocsReportSchema, ErasureSchema, PrivacyExportSchema, PrivacyLogSchema } from '@loket/sdk';
import type { CaseCreated, ErasureCounts } from '@loket/sdk';
import { caseLinkToken } from '../cases/case-link-token';
import { fanOutEvents } from '../notify/fan-out';
import { countTables, tablesHolding } from '../privacy/test-scan-tables';
import { loadSites } from '../sites/load-sites';
import type { Site } from '../sites/site-schema';
import type { Database } from '../store/database';
import { createTestApp, DEMO_SECRET_KEY, DEMO_SITES_DIR } from '../test-support';

let app: Awaited<ReturnType<typeof createTestApp>>['app'];
let db: Database;
let sites: ReadonlyMap<string, Site>;
let clock = new Date('2026-11-23T09:00:00.000Z');

// Every personal text of the customer below holds KANARIE, and their address is EMAIL: after
// erasure neither may be anywhere in the database.
const CANARY = 'KANARIE';
const EMAIL = 'piet.kanarie@example.org';
const ARTICLE = 'wifi-drops-evening';
const INTERNET_ANSWERS = { since: '2026-11-20', 'modem-on': 'yes', light: 'internet', scope: 'all' };

beforeAll(async () => {
  const demo = (await loadSites(DEMO_SITES_DIR)).get('demo')!;
  sites = new Map([
    ['demo', {
      ...demo,
      webhooks: [{ url: 'https://hooks.example/loket', secret: 'whsec_demo_0123456789abcdef' }],
      email: { from: 'Zeewind Support <support@zeewind.example>', smtp: { host: 'smtp.zeewind.example', port: 587, secure: false }, caseLink: 'https://zeewind.example/help' },
    }],
    ['acme', { ...demo, key: 'acme', secretKeys: ['acme-secret-key-0123456789abcdef'] }],
  ]);
  ({ app, db } = await createTestApp({ now: () => clock, sites }));
});
afterAll(() => db.close());

function tick(): Date {
  clock = new Date(clock.getTime() + 1000);
  return clock;
}

function request(path: string, init: { method?: string; body?: unknown; token?: string | null; headers?: Record<string, string> } = {}) {
  tick();
  const token = init.token === undefined ? DEMO_SECRET_KEY : init.token;
  return app.request(path, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: { 'Content-Type': 'application/json', ...(token === null ? {} : { Authorization: `Bearer ${token}` }), ...init.headers },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
}

async function file(site: string, body: object, headers: Record<string, string> = {}): Promise<CaseCreated> {
  const response = await request(`/v1/sites/${site}/cases`, { body: { topic: 'other', answers: { subject: 'Vraag' }, ...body }, token: null, headers });
  expect(response.status, await response.clone().text()).toBe(201);
  return v.parse(CaseCreatedSchema, await response.json());
}

async function selfHelp(site: string, report: string, text: string, topic: string, answers: object) {
  const environment = { os: { name: 'Windows', version: '10' }, page: `https://zeewind.example/${CANARY}-page`, context: { customer: `${CANARY}-context` } };
  expect((await request(`/v1/sites/${site}/impressions`, { body: { articles: [ARTICLE], locale: 'nl', report, topic, environment }, token: null })).status).toBe(201);
  expect((await request(`/v1/sites/${site}/attempts`, { body: { article: ARTICLE, outcome: 'not_solved', locale: 'nl', report, topic, answers, text, environment }, token: null })).status).toBe(201);
  expect((await request(`/v1/sites/${site}/attempts`, { body: { outcome: 'no_match', locale: 'nl', report, topic, answers, text, environment }, token: null })).status).toBe(201);
}

async function docsTotals() {
  const response = await request('/v1/admin/sites/demo/insights/docs?since=all&locale=nl');
  expect(response.status).toBe(200);
  return v.parse(DocsReportSchema, await response.json()).totals;
}

const ZERO: ErasureCounts = { cases: 0, events: 0, deliveries: 0, tokens: 0, idempotencyKeys: 0, attemptsAnonymized: 0, mentionsRedacted: 0 };

describe('privacy: export and erase one e-mail address', () => {
  let first: CaseCreated;
  let repeat: CaseCreated;
  let second: CaseCreated;
  let mentioning: CaseCreated;
  let unrelated: CaseCreated;

  beforeAll(async () => {
    // The customer: self-help, a case on 'other', a message each way, a repeat contact from
    // another browser, and a second case on 'internet' that support closed.
    await selfHelp('demo', 'report-one-0001', `wifi valt weg ${CANARY}-attempt`, 'other', { subject: `${CANARY}-subject` });
    first = await file('demo', {
      answers: { subject: `${CANARY}-subject` },
      description: `Mijn wifi valt steeds weg. ${CANARY}-description`,
      environment: { os: { name: 'Windows', version: '10' }, page: `https://zeewind.example/${CANARY}-page` },
      contact: { email: EMAIL, name: `Piet ${CANARY}`, browser: 'browser-of-piet-0001' },
      report: 'report-one-0001',
    }, { 'Idempotency-Key': 'filing-one' });
    expect((await request(`/v1/cases/${first.reference}/messages`, { body: { text: `Nog steeds kapot. ${CANARY}-customer` }, token: first.token })).status).toBe(201);
    expect((await request(`/v1/admin/sites/demo/cases/${first.reference}/messages`, { body: { text: `Welk lampje brandt? ${CANARY}-support`, question: true } })).status).toBe(201);
    await selfHelp('demo', 'report-two-0002', `weer weg ${CANARY}-attempt-two`, 'other', {});
    repeat = await file('demo', { description: `Het is er weer. ${CANARY}-repeat`, contact: { email: EMAIL.toUpperCase(), browser: 'browser-of-piet-0002' }, report: 'report-two-0002' });
    expect(repeat).toMatchObject({ reference: first.reference, linked: true });
    second = await file('demo', { topic: 'internet', answers: INTERNET_ANSWERS, description: `Geen internet. ${CANARY}-second`, contact: { email: EMAIL } });
    expect((await request(`/v1/admin/sites/demo/cases/${second.reference}/status`, { body: { status: 'closed' } })).status).toBe(200);
    // Someone else mentions the address; a third person's case has nothing to do with it.
    mentioning = await file('demo', { description: `Mijn buurman (${EMAIL}) heeft het ook. KEEP-mentioning`, contact: { email: 'klaas@example.org' } });
    unrelated = await file('demo', { description: 'Factuur klopt niet. KEEP-unrelated', contact: { email: 'jan@example.org' } });
    // The e-mails and webhooks about all of it are queued.
    expect(await fanOutEvents(db, sites, tick())).toBeGreaterThan(0);
  });

  it('exports every case of the address, with its timeline, deliveries and self-help, and the cases that mention it', async () => {
    const response = await request('/v1/admin/sites/demo/contacts/export', { body: { email: ` ${EMAIL.toUpperCase()} ` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    const exported = v.parse(PrivacyExportSchema, await response.json());
    expect(exported.subject).toEqual({ email: EMAIL.toUpperCase() });
    expect(exported.cases.map((item) => item.case.reference)).toEqual([second.reference, first.reference]);
    const [, own] = exported.cases;
    expect(own!.case).toMatchObject({ email: EMAIL, description: expect.stringContaining(`${CANARY}-description`), answers: { subject: `${CANARY}-subject` } });
    expect(own!.case.timeline.map((event) => event.type)).toEqual(expect.arrayContaining(['created', 'message', 'repeat_contact']));
    expect(own!.reports.sort()).toEqual(['report-one-0001', 'report-two-0002']);
    expect(own!).toMatchObject({ tokens: 2, idempotencyKeys: 1, browserHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(own!.deliveries).toContainEqual(expect.objectContaining({ channel: 'email', target: EMAIL }));
    expect(own!.attempts.map((attempt) => attempt.text)).toContain(`wifi valt weg ${CANARY}-attempt`);
    expect(own!.attempts).toHaveLength(6);
    expect(exported.mentionedIn).toEqual([mentioning.reference]);
  });

  it('exports one case by its reference', async () => {
    const response = await request(`/v1/admin/sites/demo/cases/${first.reference.toLowerCase()}/export`);
    expect(response.status).toBe(200);
    const exported = v.parse(PrivacyExportSchema, await response.json());
    expect(exported).toMatchObject({ site: 'demo', subject: { reference: first.reference }, mentionedIn: [] });
    expect(exported.cases.map((item) => item.case.reference)).toEqual([first.reference]);
  });

  it('erases everything about the address: no table holds it or the customer\'s texts afterwards', async () => {
    const linkToken = caseLinkToken(DEMO_SECRET_KEY, 'demo', first.reference);
    expect((await request(`/v1/cases/${first.reference}`, { token: linkToken })).status).toBe(200);
    expect(Object.keys(await tablesHolding(db, CANARY))).toEqual(expect.arrayContaining(['attempts', 'case_events', 'cases', 'deliveries']));
    const totalsBefore = await docsTotals();

    const response = await request('/v1/admin/sites/demo/contacts/erase', { body: { email: EMAIL.toUpperCase() } });
    expect(response.status).toBe(200);
    const erasure = v.parse(ErasureSchema, await response.json());
    expect(erasure.erased).toMatchObject({ cases: 2, tokens: 3, idempotencyKeys: 1, attemptsAnonymized: 6 });
    expect(erasure.erased.events).toBeGreaterThanOrEqual(7);
    expect(erasure.erased.deliveries).toBeGreaterThanOrEqual(2);
    expect(erasure.erased.mentionsRedacted).toBeGreaterThanOrEqual(1);

    // Neither the address nor any of the customer's texts is left in any table.
    expect(await countTables(db)).toBeGreaterThanOrEqual(9);
    expect(await tablesHolding(db, EMAIL)).toEqual({});
    expect(await tablesHolding(db, CANARY)).toEqual({});
    expect(await tablesHolding(db, 'browser-of-piet')).toEqual({});
    // What is not theirs stays.
    expect(await tablesHolding(db, 'KEEP-mentioning')).toMatchObject({ cases: 1 });
    expect(await tablesHolding(db, 'KEEP-unrelated')).toMatchObject({ cases: 1 });
    const other = await request(`/v1/admin/sites/demo/cases/${mentioning.reference}`);
    expect((await other.json()).description).toBe('Mijn buurman ([erased]) heeft het ook. KEEP-mentioning');
    expect((await request(`/v1/admin/sites/demo/cases/${unrelated.reference}`)).status).toBe(200);

    // The self-help stays counted in the documentation fix report; only the cases are gone.
    const totalsAfter = await docsTotals();
    expect(totalsAfter).toMatchObject({ reports: totalsBefore.reports, failed: totalsBefore.failed, unanswered: totalsBefore.unanswered });
    expect(totalsAfter.cases).toBe(totalsBefore.cases - 2);
    const { rows } = await db.query<{ answers: object; environment: object; report_id: string }>(
      `SELECT answers, environment, report_id FROM attempts WHERE site = 'demo' AND topic = 'other'`,
    );
    expect(rows).toHaveLength(6);
    for (const row of rows) {
      expect(row.answers).toEqual({});
      expect(row.environment).toEqual({ os: { name: 'Windows', version: '10' } });
      expect(row.report_id).not.toMatch(/^report-/);
    }
    expect(new Set(rows.map((row) => row.report_id)).size).toBe(2);
  });

  it('answers the customer\'s token and e-mail link of an erased case like a case that never was', async () => {
    const missing = await request('/v1/cases/LK-2222-2222', { token: first.token });
    for (const token of [first.token, repeat.token, caseLinkToken(DEMO_SECRET_KEY, 'demo', first.reference)]) {
      const response = await request(`/v1/cases/${first.reference}`, { token });
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual(await missing.clone().json());
    }
    const message = await request(`/v1/cases/${first.reference}/messages`, { body: { text: 'Hallo?' }, token: first.token });
    expect(message.status).toBe(404);
  });

  it('erases again without error: nothing is left, so every count is 0', async () => {
    const response = await request('/v1/admin/sites/demo/contacts/erase', { body: { email: EMAIL } });
    expect(response.status).toBe(200);
    expect(v.parse(ErasureSchema, await response.json()).erased).toEqual(ZERO);
    const exported = v.parse(PrivacyExportSchema, await (await request('/v1/admin/sites/demo/contacts/export', { body: { email: EMAIL } })).json());
    expect(exported).toMatchObject({ cases: [], mentionedIn: [] });
  });

  it('records each export and erasure in the privacy log, without the address', async () => {
    const response = await request('/v1/admin/sites/demo/privacy-log');
    expect(response.status).toBe(200);
    const { entries } = v.parse(PrivacyLogSchema, await response.json());
    expect(entries.map((entry) => [entry.action, entry.scope, entry.reference])).toEqual([
      ['export', 'contact', null],
      ['erase', 'contact', null],
      ['erase', 'contact', null],
      ['export', 'case', first.reference],
      ['export', 'contact', null],
    ]);
    expect(entries[2]!.counts).toMatchObject({ cases: 2, tokens: 3 });
    expect(JSON.stringify(entries)).not.toContain('piet');
  });
});

describe('privacy: one case', () => {
  it('erases a case with its timeline and tokens; a second erasure and an export find no case (404)', async () => {
    const filed = await file('demo', { description: 'Eén zaak. ERASE-ONE', contact: { email: 'een@example.org' }, report: 'report-three-003' });
    const kept = await file('demo', { topic: 'internet', answers: INTERNET_ANSWERS, description: 'Andere zaak. KEEP-ONE', contact: { email: 'een@example.org' } });
    const response = await request(`/v1/admin/sites/demo/cases/${filed.reference}/erase`, { method: 'POST' });
    expect(response.status).toBe(200);
    expect(v.parse(ErasureSchema, await response.json()).erased).toMatchObject({ cases: 1, tokens: 1, events: 1, mentionsRedacted: 0 });
    expect(await tablesHolding(db, 'ERASE-ONE')).toEqual({});
    expect(await tablesHolding(db, 'KEEP-ONE')).toEqual({ cases: 1 });
    expect((await request(`/v1/admin/sites/demo/cases/${kept.reference}`)).status).toBe(200);
    for (const [path, method] of [[`${filed.reference}/erase`, 'POST'], [`${filed.reference}/export`, 'GET'], [filed.reference, 'GET']] as const) {
      const again = await request(`/v1/admin/sites/demo/cases/${path}`, { method });
      expect(again.status).toBe(404);
      expect((await again.json()).error.code).toBe('case_not_found');
    }
  });

  it('leaves a longer address that contains the erased one alone', async () => {
    await file('demo', { description: 'Geen verbinding. ERASE-SHORT', contact: { email: 'ab@example.org' } });
    const longer = await file('demo', { description: 'Mijn vrouw schreef ook, vanaf ab@example.org.', contact: { email: 'xab@example.org' } });
    const response = await request('/v1/admin/sites/demo/contacts/erase', { body: { email: 'ab@example.org' } });
    expect(v.parse(ErasureSchema, await response.json()).erased).toMatchObject({ cases: 1, mentionsRedacted: 1 });
    const kept = await (await request(`/v1/admin/sites/demo/cases/${longer.reference}`)).json();
    expect(kept).toMatchObject({ email: 'xab@example.org', description: 'Mijn vrouw schreef ook, vanaf [erased].' });
  });

  it('erases only within the site whose key was sent', async () => {
    const elsewhere = await file('acme', { description: 'Op een andere site. KEEP-ACME', contact: { email: 'twee@example.org' } });
    expect((await request(`/v1/admin/sites/demo/cases/${elsewhere.reference}/erase`, { method: 'POST' })).status).toBe(404);
    const byAddress = await request('/v1/admin/sites/demo/contacts/erase', { body: { email: 'twee@example.org' } });
    expect(v.parse(ErasureSchema, await byAddress.json()).erased.cases).toBe(0);
    expect(await tablesHolding(db, 'KEEP-ACME')).toEqual({ cases: 1 });
  });
});

describe('privacy: refusals', () => {
  it('asks for a secret key of the site', async () => {
    for (const token of [null, 'acme-secret-key-0123456789abcdef']) {
      const response = await request('/v1/admin/sites/demo/contacts/erase', { body: { email: 'een@example.org' }, token });
      expect(response.status).toBe(401);
      expect((await response.json()).error.code).toBe('unauthorized');
    }
    expect((await request('/v1/admin/sites/demo/privacy-log', { token: null })).status).toBe(401);
  });

  it('refuses a body without an e-mail address, naming the field', async () => {
    for (const body of [{}, { email: 'not an address' }]) {
      const response = await request('/v1/admin/sites/demo/contacts/export', { body });
      expect(response.status).toBe(422);
      const { error } = await response.json();
      expect(error.fields).toEqual([expect.objectContaining({ path: 'email' })]);
    }
  });
});
