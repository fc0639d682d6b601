import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { CaseCreatedSchema, SupportCaseSchema } from '@loket/sdk';
import type { Site } from '../sites/site-schema';
import type { Database } from '../store/database';
import { createTestApp, DEMO_SECRET_KEY } from '../test-support';
import { startOverdueSweeper, sweepOverdueCases } from './overdue-sweeper';

let app: Awaited<ReturnType<typeof createTestApp>>['app'];
let db: Database;
let sites: ReadonlyMap<string, Site>;
// Monday 23 November 2026, 10:00 in Amsterdam: a normal case is owed a response by Tuesday 09:00 (08:00Z).
let clock = new Date('2026-11-23T09:00:00.000Z');
const OVERDUE = new Date('2026-11-24T08:00:01.000Z');

beforeAll(async () => {
  ({ app, db, sites } = await createTestApp({ now: () => clock }));
});
afterAll(() => db.close());

async function file(): Promise<string> {
  clock = new Date('2026-11-23T09:00:00.000Z');
  const response = await app.request('/v1/sites/demo/cases', {
    method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ topic: 'other', answers: {}, description: 'Niemand reageert.' }),
  });
  return v.parse(CaseCreatedSchema, await response.json()).reference;
}

async function supportView(reference: string) {
  const response = await app.request(`/v1/admin/sites/demo/cases/${reference}`, { headers: { Authorization: `Bearer ${DEMO_SECRET_KEY}` } });
  return v.parse(SupportCaseSchema, await response.json());
}

function support(reference: string, path: 'messages' | 'status', body: unknown) {
  return app.request(`/v1/admin/sites/demo/cases/${reference}/${path}`, {
    method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${DEMO_SECRET_KEY}` }, body: JSON.stringify(body),
  });
}

describe('sweepOverdueCases', () => {
  it('escalates a case whose response time passed, once', async () => {
    const reference = await file();
    expect(await sweepOverdueCases(db, sites, new Date('2026-11-24T07:59:59.000Z'))).not.toContain(reference);
    expect(await sweepOverdueCases(db, sites, OVERDUE)).toContain(reference);
    const seen = await supportView(reference);
    expect(seen).toMatchObject({ priority: 'high', level: 2, escalations: ['response_time_breached'], updatedAt: OVERDUE.toISOString() });
    // Still owed since Tuesday 09:00: the earlier of that and the new promise.
    expect(seen.respondBy).toBe('2026-11-24T08:00:00.000Z');
    expect(seen.timeline.at(-1)).toMatchObject({ type: 'escalation', reason: 'response_time_breached', priority: 'high', level: 2, at: OVERDUE.toISOString() });
    expect(await sweepOverdueCases(db, sites, new Date('2026-11-30T12:00:00.000Z'))).not.toContain(reference);
    expect((await supportView(reference)).timeline.filter((event) => event.type === 'escalation')).toHaveLength(1);
  });

  it('leaves cases alone that support answered, that wait for the customer, or that are solved', async () => {
    const answered = await file();
    await support(answered, 'messages', { text: 'We kijken ernaar.' });
    const waiting = await file();
    await support(waiting, 'status', { status: 'waiting_for_customer' });
    const solved = await file();
    await support(solved, 'status', { status: 'solved' });
    const escalated = await sweepOverdueCases(db, sites, OVERDUE);
    expect(escalated).not.toContain(answered);
    expect(escalated).not.toContain(waiting);
    expect(escalated).not.toContain(solved);
    expect((await supportView(waiting)).escalations).toEqual([]);
  });

  it('does nothing on a site without the rule', async () => {
    const reference = await file();
    const withoutRule = new Map([...sites].map(([key, site]) => [key, { ...site, escalation: { ...site.escalation, responseTimeBreached: false } }]));
    expect(await sweepOverdueCases(db, withoutRule, OVERDUE)).toEqual([]);
    expect((await supportView(reference)).escalations).toEqual([]);
  });
});

describe('startOverdueSweeper', () => {
  it('sweeps at once and again every interval until stopped', async () => {
    const first = await file();
    let now = OVERDUE;
    const sweeper = startOverdueSweeper({ db, sites, intervalMs: 20, now: () => now, logError: (error) => { throw error; } });
    await expect.poll(async () => (await supportView(first)).escalations, { timeout: 5000 }).toEqual(['response_time_breached']);
    const second = await file();
    now = new Date('2026-12-01T12:00:00.000Z');
    await expect.poll(async () => (await supportView(second)).escalations, { timeout: 5000 }).toEqual(['response_time_breached']);
    await sweeper.stop();
    const third = await file();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await supportView(third)).escalations).toEqual([]);
  });
});
