import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { CaseCreatedSchema, CaseSchema } from '@loket/sdk';
import type { CaseCreated } from '@loket/sdk';
import { caseLinkToken } from '../cases/case-link-token';
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

async function fileCase(): Promise<CaseCreated> {
  clock = new Date('2026-11-23T09:00:00.000Z');
  const response = await app.request('/v1/sites/demo/cases', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ topic: 'other', answers: { subject: 'Modem' }, description: 'Het modem knippert rood.', articlesTried: [{ article: 'restart-modem', outcome: 'not_solved' }] }),
  });
  return v.parse(CaseCreatedSchema, await response.json());
}

function read(reference: string, token: string) {
  return app.request(`/v1/cases/${reference}`, { headers: { Authorization: `Bearer ${token}` } });
}

function sendMessage(created: Pick<CaseCreated, 'reference' | 'token'>, body: unknown, headers: Record<string, string> = {}) {
  return app.request(`/v1/cases/${created.reference}/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${created.token}`, ...headers },
    body: JSON.stringify(body),
  });
}

function support(reference: string, path: 'messages' | 'status', body: unknown) {
  return app.request(`/v1/admin/sites/demo/cases/${reference}/${path}`, {
    method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${DEMO_SECRET_KEY}` }, body: JSON.stringify(body),
  });
}

describe('GET /v1/cases/:reference', () => {
  it('returns the case with its timeline, oldest first', async () => {
    const created = await fileCase();
    const response = await read(created.reference.toLowerCase(), created.token);
    expect(response.status).toBe(200);
    const found = v.parse(CaseSchema, await response.json());
    expect(found).toMatchObject({ reference: created.reference, status: 'new', respondBy: '2026-11-24T08:00:00.000Z', emailUpdates: false });
    expect(found.timeline).toEqual([
      { id: expect.any(String), at: '2026-11-23T09:00:00.000Z', type: 'created', topic: 'other' },
      { id: expect.any(String), at: '2026-11-23T09:00:00.000Z', type: 'article_tried', article: 'restart-modem', outcome: 'not_solved' },
    ]);
  });

  it('opens the case with the link token of an e-mail, signed with a secret key of the site', async () => {
    const created = await fileCase();
    const link = await read(created.reference, caseLinkToken(DEMO_SECRET_KEY, 'demo', created.reference));
    expect(link.status).toBe(200);
    const otherKey = await read(created.reference, caseLinkToken('another-key-of-at-least-24-chars', 'demo', created.reference));
    expect(otherKey.status).toBe(404);
    const otherCase = await read(created.reference, caseLinkToken(DEMO_SECRET_KEY, 'demo', 'LK-2222-2222'));
    expect(otherCase.status).toBe(404);
  });
});

describe('POST /v1/cases/:reference/messages', () => {
  it('adds the customer\'s message to the timeline and returns the case', async () => {
    const created = await fileCase();
    clock = new Date('2026-11-23T10:00:00.000Z');
    const response = await sendMessage(created, { text: 'Het lampje is nu oranje.' });
    expect(response.status).toBe(201);
    const updated = v.parse(CaseSchema, await response.json());
    expect(updated.timeline.at(-1)).toEqual({ id: expect.any(String), at: '2026-11-23T10:00:00.000Z', type: 'message', author: 'customer', text: 'Het lampje is nu oranje.', question: false });
    expect(updated).toMatchObject({ status: 'new', updatedAt: '2026-11-23T10:00:00.000Z', respondBy: '2026-11-24T08:00:00.000Z' });
  });

  it('answers a question from support: the case is handled again and support owes a response from now', async () => {
    const created = await fileCase();
    clock = new Date('2026-11-23T11:00:00.000Z');
    expect((await support(created.reference, 'messages', { text: 'Welke kleur heeft het lampje?', question: true })).status).toBe(201);
    expect(v.parse(CaseSchema, await (await read(created.reference, created.token)).json())).toMatchObject({ status: 'waiting_for_customer', respondBy: null });
    // Tuesday 24 November 15:00 in Amsterdam: 8h of business time: 2.5h on Tuesday, 5.5h from Wednesday 08:30 → 14:00.
    clock = new Date('2026-11-24T14:00:00.000Z');
    const updated = v.parse(CaseSchema, await (await sendMessage(created, { text: 'Oranje.' })).json());
    expect(updated).toMatchObject({ status: 'in_progress', respondBy: '2026-11-25T13:00:00.000Z' });
    expect(updated.timeline.slice(-2)).toMatchObject([
      { type: 'message', author: 'customer', text: 'Oranje.' },
      { type: 'status', from: 'waiting_for_customer', to: 'in_progress' },
    ]);
  });

  it('reopens a solved case', async () => {
    const created = await fileCase();
    await support(created.reference, 'status', { status: 'solved' });
    const updated = v.parse(CaseSchema, await (await sendMessage(created, { text: 'Het is toch niet opgelost.' })).json());
    expect(updated.status).toBe('in_progress');
  });

  it('adds a message sent twice with the same Idempotency-Key once', async () => {
    const created = await fileCase();
    const first = await sendMessage(created, { text: 'Dubbel?' }, { 'Idempotency-Key': 'message-1' });
    const second = await sendMessage(created, { text: 'Dubbel?' }, { 'Idempotency-Key': 'message-1' });
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.headers.get('Idempotent-Replayed')).toBe('true');
    const timeline = v.parse(CaseSchema, await second.json()).timeline;
    expect(timeline.filter((event) => event.type === 'message')).toHaveLength(1);
    const reused = await sendMessage(created, { text: 'Iets anders' }, { 'Idempotency-Key': 'message-1' });
    expect(reused.status).toBe(422);
    expect((await reused.json()).error.code).toBe('idempotency_key_reused');
  });

  it('refuses a message to a closed case and says to file a new report', async () => {
    const created = await fileCase();
    await support(created.reference, 'status', { status: 'closed' });
    const response = await sendMessage(created, { text: 'Hallo?' });
    expect(response.status).toBe(409);
    const body = await response.json();
    expect(body.error.code).toBe('case_closed');
    expect(body.error.message).toMatch(/File a new report/);
  });

  it('refuses an empty message, and a wrong token like a missing case', async () => {
    const created = await fileCase();
    const empty = await sendMessage(created, { text: '   ' });
    expect(empty.status).toBe(422);
    expect((await empty.json()).error.fields).toEqual([{ path: 'text', code: 'required', message: 'Write a message.' }]);
    const wrong = await sendMessage({ reference: created.reference, token: 'wrong' }, { text: 'Hallo' });
    expect(wrong.status).toBe(404);
    expect((await wrong.json()).error.code).toBe('case_not_found');
    const { rows } = await db.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM case_events e JOIN cases c ON c.id = e.case_id WHERE c.reference = $1 AND e.type = 'message'`,
      [created.reference],
    );
    expect(rows[0]!.count).toBe(0);
  });

  it('logged no unexpected errors', () => {
    expect(errors).toEqual([]);
  });
});
