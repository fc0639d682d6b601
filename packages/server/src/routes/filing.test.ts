import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { CaseCreatedSchema, CaseSchema, SupportCaseSchema } from '@loket/sdk';
import type { CaseCreated, SupportCase } from '@loket/sdk';
import type { Database } from '../store/database';
import { createTestApp, DEMO_SECRET_KEY } from '../test-support';

let app: Awaited<ReturnType<typeof createTestApp>>['app'];
let db: Database;
let errors: unknown[];
// Monday 23 November 2026, 10:00 in Amsterdam.
let clock = new Date('2026-11-23T09:00:00.000Z');

beforeAll(async () => {
  ({ app, db, errors } = await createTestApp({ now: () => clock }));
});
afterAll(() => db.close());

let counter = 0;
/** A fresh contact per test, so tests never link to each other's cases. */
function contact() {
  counter += 1;
  return { email: `klant${counter}@example.nl`, browser: `browser-id-${String(counter).padStart(8, '0')}` };
}

const report = { topic: 'other', answers: { subject: 'Contract' }, description: 'Wanneer loopt mijn contract af?' };

async function file(body: object, headers: Record<string, string> = {}) {
  const response = await app.request('/v1/sites/demo/cases', {
    method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body),
  });
  expect(response.status).toBe(201);
  return { response, created: v.parse(CaseCreatedSchema, await response.json()) };
}

async function supportView(reference: string): Promise<SupportCase> {
  const response = await app.request(`/v1/admin/sites/demo/cases/${reference}`, { headers: { Authorization: `Bearer ${DEMO_SECRET_KEY}` } });
  expect(response.status).toBe(200);
  return v.parse(SupportCaseSchema, await response.json());
}

async function customerView(created: Pick<CaseCreated, 'reference' | 'token'>) {
  const response = await app.request(`/v1/cases/${created.reference}`, { headers: { Authorization: `Bearer ${created.token}` } });
  expect(response.status).toBe(200);
  return v.parse(CaseSchema, await response.json());
}

async function casesOf(email: string): Promise<number> {
  const { rows } = await db.query<{ count: number }>('SELECT count(*)::int AS count FROM cases WHERE lower(email) = lower($1)', [email]);
  return rows[0]!.count;
}

describe('filing a case', () => {
  it('promises a response within the service level, counted in business hours', async () => {
    clock = new Date('2026-11-23T09:00:00.000Z');
    const { created } = await file({ ...report, contact: contact() });
    // 8h from Monday 10:00: 7.5h on Monday (until 17:30), 30 minutes from Tuesday 08:30 → Tuesday 09:00.
    expect(created).toMatchObject({ status: 'new', linked: false, respondBy: '2026-11-24T08:00:00.000Z', createdAt: '2026-11-23T09:00:00.000Z' });
    expect(await customerView(created)).toMatchObject({ respondBy: '2026-11-24T08:00:00.000Z', emailUpdates: true });
  });

  it('keeps the e-mail address for support, and the browser id only as a hash', async () => {
    const who = contact();
    const { created } = await file({ ...report, contact: who });
    expect((await supportView(created.reference)).email).toBe(who.email);
    const { rows } = await db.query<Record<string, unknown>>('SELECT * FROM cases WHERE reference = $1', [created.reference]);
    expect(JSON.stringify(rows)).not.toContain(who.browser);
    expect(rows[0]!.browser_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('says no e-mail updates go out without an address', async () => {
    const { created } = await file(report);
    expect((await customerView(created)).emailUpdates).toBe(false);
  });
});

describe('repeat contacts', () => {
  it('adds a second report from the same e-mail address on the same topic to the open case', async () => {
    const who = contact();
    const first = (await file({ ...report, contact: { email: who.email } })).created;
    const second = (await file({ ...report, description: 'Ik heb nog steeds geen antwoord.', contact: { email: who.email.toUpperCase() } })).created;
    expect(second).toMatchObject({ reference: first.reference, linked: true, createdAt: first.createdAt });
    expect(second.token).not.toBe(first.token);
    expect(await casesOf(who.email)).toBe(1);
    // The new token opens the case from this browser, and the first still works.
    const seen = await customerView(second);
    expect(seen.timeline.at(-1)).toMatchObject({ type: 'repeat_contact', description: 'Ik heb nog steeds geen antwoord.', answers: report.answers, count: 1 });
    expect((await customerView(first)).reference).toBe(first.reference);
    expect((await supportView(first.reference)).repeatContacts).toBe(1);
  });

  it('recognises the same browser without an e-mail address', async () => {
    const who = contact();
    const first = (await file({ ...report, contact: { browser: who.browser } })).created;
    const second = (await file({ ...report, contact: { browser: who.browser, email: who.email } })).created;
    expect(second).toMatchObject({ reference: first.reference, linked: true });
    // The address given the second time is kept, so updates can go out.
    expect((await supportView(first.reference)).email).toBe(who.email);
  });

  it('opens a new case for another topic', async () => {
    const who = contact();
    const first = (await file({ ...report, contact: who })).created;
    const billing = { topic: 'billing', description: 'Ik wil mijn rekeningnummer wijzigen.', answers: { type: 'bank-account' }, contact: who };
    const other = (await file(billing)).created;
    expect(other).toMatchObject({ linked: false });
    expect(other.reference).not.toBe(first.reference);
  });

  it('opens a new case when the open one is solved, or was last updated before the window', async () => {
    const who = contact();
    const first = (await file({ ...report, contact: who })).created;
    await app.request(`/v1/admin/sites/demo/cases/${first.reference}/status`, {
      method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${DEMO_SECRET_KEY}` }, body: JSON.stringify({ status: 'solved' }),
    });
    const afterSolved = (await file({ ...report, contact: who })).created;
    expect(afterSolved).toMatchObject({ linked: false });
    expect(afterSolved.reference).not.toBe(first.reference);

    const start = clock;
    clock = new Date(start.getTime() + 15 * 24 * 3_600_000);
    const afterWindow = (await file({ ...report, contact: who })).created;
    clock = start;
    expect(afterWindow).toMatchObject({ linked: false });
    expect(afterWindow.reference).not.toBe(afterSolved.reference);
  });

  it('answers a retried linked report with the same answer, and adds it once', async () => {
    const who = contact();
    const first = (await file({ ...report, contact: who })).created;
    const again = { ...report, description: 'Nog een keer.', contact: who };
    const one = await file(again, { 'Idempotency-Key': `linked-${who.browser}` });
    const two = await file(again, { 'Idempotency-Key': `linked-${who.browser}` });
    expect(two.response.headers.get('Idempotent-Replayed')).toBe('true');
    expect(two.created).toEqual(one.created);
    expect(one.created).toMatchObject({ reference: first.reference, linked: true });
    const timeline = (await customerView(first)).timeline;
    expect(timeline.filter((event) => event.type === 'repeat_contact')).toHaveLength(1);
  });

  it('links one case when two reports from the same browser arrive at once', async () => {
    const who = contact();
    const results = await Promise.all([1, 2, 3].map((n) => file({ ...report, description: `Poging ${n}`, contact: who })));
    expect(new Set(results.map((result) => result.created.reference)).size).toBe(1);
    expect(results.filter((result) => result.created.linked)).toHaveLength(2);
  });
});

describe('escalation', () => {
  it('escalates at filing when two articles did not help, and shortens the promised time', async () => {
    clock = new Date('2026-11-23T09:00:00.000Z');
    const tried = [{ article: 'restart-modem', outcome: 'not_solved' }, { article: 'modem-lights', outcome: 'not_solved' }];
    const { created } = await file({ ...report, articlesTried: tried, contact: contact() });
    // High priority: 4h from Monday 10:00 → 14:00 (13:00Z), earlier than the normal 8h.
    expect(created.respondBy).toBe('2026-11-23T13:00:00.000Z');
    const seen = await supportView(created.reference);
    expect(seen).toMatchObject({ priority: 'high', level: 2, failedAttempts: 2, escalations: ['failed_attempts'] });
    expect(seen.timeline.map((event) => event.type)).toEqual(['created', 'article_tried', 'article_tried', 'escalation']);
    expect(seen.timeline[3]).toMatchObject({ type: 'escalation', reason: 'failed_attempts', priority: 'high', level: 2 });
  });

  it('does not escalate for one failed article or for articles that solved it', async () => {
    const tried = [{ article: 'restart-modem', outcome: 'not_solved' }, { article: 'modem-lights', outcome: 'solved' }];
    const { created } = await file({ ...report, articlesTried: tried, contact: contact() });
    expect(await supportView(created.reference)).toMatchObject({ priority: 'normal', level: 1, failedAttempts: 1, escalations: [] });
  });

  it('counts articles tried in repeat contacts, and escalates on the second repeat contact, each reason once', async () => {
    const who = contact();
    const first = (await file({ ...report, contact: who })).created;
    await file({ ...report, articlesTried: [{ article: 'restart-modem', outcome: 'not_solved' }], contact: who });
    expect(await supportView(first.reference)).toMatchObject({ repeatContacts: 1, failedAttempts: 1, escalations: [] });
    await file({ ...report, articlesTried: [{ article: 'modem-lights', outcome: 'not_solved' }], contact: who });
    const seen = await supportView(first.reference);
    expect(seen).toMatchObject({ repeatContacts: 2, failedAttempts: 2, priority: 'urgent', level: 3, escalations: ['failed_attempts', 'repeat_contacts'] });
    await file({ ...report, articlesTried: [{ article: 'outage-or-local', outcome: 'not_solved' }], contact: who });
    const later = await supportView(first.reference);
    expect(later.escalations).toEqual(['failed_attempts', 'repeat_contacts']);
    expect(later.timeline.filter((event) => event.type === 'escalation')).toHaveLength(2);
  });

  it('logged no unexpected errors', () => {
    expect(errors).toEqual([]);
  });
});
