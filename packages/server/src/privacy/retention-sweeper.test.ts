import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { CaseCreatedSchema, PrivacyLogSchema } from '@loket/sdk';
import type { CaseStatus } from '@loket/sdk';
import { loadSites } from '../sites/load-sites';
import type { Site } from '../sites/site-schema';
import type { Database } from '../store/database';
import { createTestApp, DEMO_SECRET_KEY, DEMO_SITES_DIR } from '../test-support';
import { eraseExpiredCases, startRetentionSweeper } from './retention-sweeper';
import { tablesHolding } from './test-scan-tables';

let app: Awaited<ReturnType<typeof createTestApp>>['app'];
let db: Database;
let sites: Map<string, Site>;
const DAY = 24 * 60 * 60_000;
const START = new Date('2026-01-05T09:00:00.000Z');
let clock = START;

beforeAll(async () => {
  const demo = (await loadSites(DEMO_SITES_DIR)).get('demo')!;
  sites = new Map([
    ['demo', { ...demo, retention: { cases: '30d' } }],
    ['keeps', { ...demo, key: 'keeps', secretKeys: ['keeps-secret-key-0123456789abcdef'] }],
  ]);
  ({ app, db } = await createTestApp({ now: () => clock, sites }));
});
afterAll(() => db.close());

/** Files a case on `day` (days after START) and leaves it in `status` that day. */
async function caseOn(day: number, status: CaseStatus, text: string, site = 'demo'): Promise<string> {
  clock = new Date(START.getTime() + day * DAY);
  const filed = await app.request(`/v1/sites/${site}/cases`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ topic: 'other', answers: { subject: text }, description: text, contact: { email: `${text.toLowerCase()}@example.org` } }),
  });
  expect(filed.status).toBe(201);
  const { reference } = v.parse(CaseCreatedSchema, await filed.json());
  if (status !== 'new') {
    const key = site === 'demo' ? DEMO_SECRET_KEY : 'keeps-secret-key-0123456789abcdef';
    const changed = await app.request(`/v1/admin/sites/${site}/cases/${reference}/status`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${key}` },
      body: JSON.stringify({ status }),
    });
    expect(changed.status).toBe(200);
  }
  return reference;
}

async function references(): Promise<string[]> {
  const { rows } = await db.query<{ reference: string }>('SELECT reference FROM cases ORDER BY reference');
  return rows.map((row) => row.reference);
}

describe('retention period', () => {
  it('erases solved and closed cases unchanged for the period, in batches, and keeps open, recent and other sites\' cases', async () => {
    const expired = [await caseOn(0, 'closed', 'RETENTION-A'), await caseOn(1, 'solved', 'RETENTION-B'), await caseOn(2, 'closed', 'RETENTION-C')];
    const kept = [
      await caseOn(0, 'new', 'KEPT-OPEN'),
      await caseOn(1, 'waiting_for_customer', 'KEPT-WAITING'),
      await caseOn(20, 'closed', 'KEPT-RECENT'),
      await caseOn(0, 'closed', 'KEPT-OTHER-SITE', 'keeps'),
    ];
    // A closed case that changed again later (a message, a status change) counts from then.
    const changedLater = await caseOn(0, 'closed', 'KEPT-CHANGED-LATER');
    await db.query('UPDATE cases SET updated_at = $2 WHERE reference = $1', [changedLater, new Date(START.getTime() + 15 * DAY)]);

    const now = new Date(START.getTime() + 40 * DAY);
    const erased = await eraseExpiredCases(db, sites, now, { batchSize: 2 });
    expect([...erased.keys()]).toEqual(['demo']);
    expect(erased.get('demo')).toMatchObject({ cases: 3, tokens: 3 });
    expect(await references()).toEqual([...kept, changedLater].sort());
    for (const text of ['RETENTION-A', 'RETENTION-B', 'RETENTION-C']) expect(await tablesHolding(db, text)).toEqual({});
    for (const reference of expired) {
      expect((await db.query('SELECT 1 FROM case_events e JOIN cases c ON c.id = e.case_id WHERE c.reference = $1', [reference])).rows).toEqual([]);
    }

    // One log entry per batch: two, then one.
    const log = await app.request('/v1/admin/sites/demo/privacy-log', { headers: { Authorization: `Bearer ${DEMO_SECRET_KEY}` } });
    const { entries } = v.parse(PrivacyLogSchema, await log.json());
    expect(entries.map((entry) => [entry.action, entry.scope, entry.reference, entry.counts.cases])).toEqual([
      ['erase', 'retention', null, 1],
      ['erase', 'retention', null, 2],
    ]);

    // Nothing left to do: a second run erases nothing and logs nothing.
    expect((await eraseExpiredCases(db, sites, now)).size).toBe(0);
  });

  it('erases each case once when several instances run at the same time', async () => {
    const filed = [];
    for (let index = 0; index < 12; index += 1) filed.push(await caseOn(100, 'closed', `PARALLEL-${index}`));
    const now = new Date(START.getTime() + 200 * DAY);
    // The closed cases of the first test that were kept are past the period by now, too.
    const { rows } = await db.query<{ count: number }>(`SELECT count(*)::int AS count FROM cases WHERE site = 'demo' AND status IN ('solved', 'closed')`);
    expect(rows[0]!.count).toBe(filed.length + 2);
    const runs = await Promise.all([1, 2, 3].map(() => eraseExpiredCases(db, sites, now, { batchSize: 3 })));
    expect(runs.reduce((sum, run) => sum + (run.get('demo')?.cases ?? 0), 0)).toBe(filed.length + 2);
    expect(await tablesHolding(db, 'PARALLEL-')).toEqual({});
  });

  it('runs in the background when a site has a retention period', async () => {
    const reference = await caseOn(300, 'solved', 'BACKGROUND');
    const errors: unknown[] = [];
    const sweeper = startRetentionSweeper({ db, sites, now: () => new Date(START.getTime() + 400 * DAY), logError: (error) => errors.push(error) });
    try {
      await expect.poll(async () => (await references()).includes(reference), { timeout: 5000 }).toBe(false);
    } finally {
      await sweeper.stop();
    }
    expect(errors).toEqual([]);
  });
});
