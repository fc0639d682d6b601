import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../store/database';
import { openTestDatabase } from '../test-support';
import { startDeliveryWorker } from './delivery-worker';
import { addEvents, insertCase, makeSite } from './test-fixtures';
import { startWebhookReceiver } from './test-webhook-receiver';
import type { WebhookReceiver } from './test-webhook-receiver';

let db: Database;
let receiver: WebhookReceiver;

beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(() => db.close());
beforeEach(async () => {
  await db.query('DELETE FROM cases');
  receiver = await startWebhookReceiver();
});
afterEach(() => receiver.close());

const sitesFor = (url: string) => new Map([['work', makeSite('work', { webhooks: [{ url, secret: 'whsec' }] })]]);

async function waitFor(check: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('startDeliveryWorker', () => {
  it('delivers at start and again soon after kick, long before the next interval', async () => {
    const filed = await insertCase(db, { site: 'work' });
    const worker = startDeliveryWorker({ db, sites: sitesFor(receiver.url), intervalMs: 60_000, logError: (error) => { throw error; } });
    try {
      await waitFor(() => receiver.received.length === 1, 'the created event');
      await addEvents(db, filed.id, [{ type: 'status', data: { from: 'new', to: 'in_progress' } }]);
      worker.kick();
      await waitFor(() => receiver.received.length === 2, 'the status event after kick');
      expect(receiver.received.map((request) => request.headers['loket-event'])).toEqual(['created', 'status']);
    } finally {
      await worker.stop();
    }
  });

  it('stop waits for the round under way, which logs the failure, and then runs no more rounds', async () => {
    receiver.answer = () => new Promise((resolve) => setTimeout(() => resolve(500), 300));
    const errors: unknown[] = [];
    await insertCase(db, { site: 'work' });
    const worker = startDeliveryWorker({ db, sites: sitesFor(receiver.url), intervalMs: 20, logError: (error) => errors.push(error) });
    await waitFor(() => receiver.received.length === 1, 'the first request');

    await worker.stop();

    const { rows } = await db.query<{ attempts: number; last_error: string | null }>('SELECT attempts, last_error FROM deliveries');
    expect(rows).toEqual([{ attempts: 1, last_error: expect.stringContaining('answered 500') }]);
    expect(errors.map((error) => (error as Error).message)).toEqual([expect.stringMatching(/^Delivery \S+ \(webhook to http:\/\/127\.0\.0\.1:\d+\) failed on attempt 1; next attempt at /)]);
    receiver.answer = () => 204;
    await insertCase(db, { site: 'work' });
    worker.kick();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(receiver.received).toHaveLength(1);
  });
});
