import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSites } from '../sites/load-sites';
import type { Site } from '../sites/site-schema';
import { fileCase } from '../store/file-case';
import type { Database } from '../store/database';
import { DEMO_SITES_DIR, openTestDatabase } from '../test-support';
import { hasReceiverFor } from './event-receivers';
import { runDeliveryRound } from './run-delivery-round';
import { startWebhookReceiver } from './test-webhook-receiver';

let db: Database;
let demo: Site;

beforeAll(async () => {
  db = await openTestDatabase();
  demo = (await loadSites(DEMO_SITES_DIR)).get('demo')!;
});
afterAll(() => db.close());

const EMAIL = { from: 'Zeewind <support@zeewind.example>', smtp: { host: 'localhost', port: 2525, secure: false }, caseLink: 'https://zeewind.example/support' };
const report = {
  topic: 'other',
  answers: { subject: 'Contract' },
  description: 'Wanneer loopt mijn contract af?',
  environment: {},
  articlesTried: [{ article: 'restart-modem', outcome: 'not_solved' as const }],
  locale: 'nl' as const,
  contact: {},
};

async function fannedOut(reference: string) {
  const { rows } = await db.query<{ type: string; fanned_out: boolean }>(
    `SELECT e.type, e.fanned_out_at IS NOT NULL AS fanned_out FROM case_events e JOIN cases c ON c.id = e.case_id
      WHERE c.reference = $1 ORDER BY e.seq`,
    [reference],
  );
  return rows.map((row) => [row.type, row.fanned_out]);
}

async function file(site: Site) {
  const result = await fileCase(db, site, report, { now: new Date() });
  if (result.kind !== 'created') throw new Error(`expected a new case, got ${result.kind}`);
  return result.created.reference;
}

describe('events without a receiver', () => {
  it('knows which events a site may tell someone about', () => {
    expect(hasReceiverFor({ webhooks: [] }, 'created')).toBe(false);
    expect(hasReceiverFor({ webhooks: [], email: EMAIL }, 'created')).toBe(false);
    expect(hasReceiverFor({ webhooks: [], email: EMAIL }, 'message')).toBe(true);
    expect(hasReceiverFor({ webhooks: [], email: EMAIL }, 'status')).toBe(true);
    expect(hasReceiverFor({ webhooks: [{ url: 'https://crm.example/hook', secret: 'x'.repeat(24) }] }, 'created')).toBe(true);
    const onlyEscalations = { webhooks: [{ url: 'https://crm.example/hook', secret: 'x'.repeat(24), events: ['escalation' as const] }] };
    expect(hasReceiverFor(onlyEscalations, 'escalation')).toBe(true);
    expect(hasReceiverFor(onlyEscalations, 'created')).toBe(false);
  });

  it('are written as fanned out, so the delivery worker never rewrites them', async () => {
    const reference = await file(demo);
    expect(await fannedOut(reference)).toEqual([['created', true], ['article_tried', true]]);
  });

  it('leave the events a webhook takes to the delivery worker, which sends them', async () => {
    const receiver = await startWebhookReceiver();
    try {
      const site: Site = { ...demo, webhooks: [{ url: `${receiver.url}/loket`, secret: 'whsec_zeewind_test_secret', events: ['article_tried'] }] };
      const reference = await file(site);
      expect(await fannedOut(reference)).toEqual([['created', true], ['article_tried', false]]);

      const round = await runDeliveryRound(db, new Map([['demo', site]]));

      expect(round).toMatchObject({ fannedOut: 1, delivered: 1, failed: [] });
      expect(receiver.received.map((request) => request.headers['loket-event'])).toEqual(['article_tried']);
      expect(await fannedOut(reference)).toEqual([['created', true], ['article_tried', true]]);
    } finally {
      await receiver.close();
    }
  });
});
