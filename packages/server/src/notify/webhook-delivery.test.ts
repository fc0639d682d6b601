import * as v from 'valibot';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CaseEventSchema } from '@loket/sdk';
import type { Database } from '../store/database';
import { openTestDatabase } from '../test-support';
import type { WebhookPayload } from './delivery-payload';
import { runDeliveryRound } from './run-delivery-round';
import { addEvents, closedPort, insertCase, later, makeSite } from './test-fixtures';
import { startWebhookReceiver } from './test-webhook-receiver';
import type { WebhookReceiver } from './test-webhook-receiver';
import { verifyWebhookSignature } from './webhook-signature';

const SECRET = 'whsec_zeewind_test';
let db: Database;
let receiver: WebhookReceiver | undefined;

beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(() => db.close());
beforeEach(async () => {
  await db.query('DELETE FROM cases');
});
afterEach(async () => {
  await receiver?.close();
  receiver = undefined;
});

function sitesWith(webhooks: Array<{ url: string; events?: string[] }>) {
  return new Map([['hooks', makeSite('hooks', { webhooks: webhooks.map((hook) => ({ secret: SECRET, ...hook })) })]]);
}

async function delivery(eventId: string) {
  const { rows } = await db.query<{ id: string; attempts: number; last_error: string | null; delivered_at: Date | null; next_attempt_at: Date }>(
    'SELECT id, attempts, last_error, delivered_at, next_attempt_at FROM deliveries WHERE event_id = $1',
    [eventId],
  );
  expect(rows).toHaveLength(1);
  return rows[0]!;
}

describe('webhook deliveries', () => {
  it('posts each event signed, with the case and the event as the timeline has it', async () => {
    receiver = await startWebhookReceiver();
    const sites = sitesWith([{ url: `${receiver.url}/loket` }]);
    const filed = await insertCase(db, { site: 'hooks', topic: 'internet' });
    const [messageId] = await addEvents(db, filed.id, [{ type: 'message', data: { author: 'support', text: 'Herstart uw modem.', question: false } }]);

    const report = await runDeliveryRound(db, sites);

    expect(report).toMatchObject({ fannedOut: 2, delivered: 2, failed: [] });
    const request = receiver.received.find((received) => received.headers['loket-event'] === 'message')!;
    expect(request.path).toBe('/loket');
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.headers['loket-delivery']).toBe((await delivery(messageId!)).id);
    expect(verifyWebhookSignature({ secret: SECRET, header: request.headers['loket-signature'], body: request.body })).toBe(true);
    const payload = JSON.parse(request.body) as WebhookPayload;
    expect(payload).toMatchObject({
      id: messageId,
      type: 'message',
      site: 'hooks',
      case: { reference: filed.reference, status: 'new', priority: 'normal', level: 1, topic: 'internet' },
      event: { id: messageId, type: 'message', author: 'support', text: 'Herstart uw modem.', question: false },
    });
    expect(payload.createdAt).toBe(payload.event.at);
    expect(() => v.parse(CaseEventSchema, payload.event)).not.toThrow();
    expect((await delivery(messageId!)).delivered_at).not.toBeNull();
  });

  it('keeps an event for a receiver that is down and delivers it exactly once after it is back', async () => {
    const port = await closedPort();
    const sites = sitesWith([{ url: `http://127.0.0.1:${port}/hook` }]);
    const filed = await insertCase(db, { site: 'hooks' });
    const { rows: [created] } = await db.query<{ id: string }>('SELECT id FROM case_events WHERE case_id = $1', [filed.id]);
    const start = new Date();

    const first = await runDeliveryRound(db, sites, start);
    expect(first.delivered).toBe(0);
    expect(first.failed.map((failure) => failure.error.message)).toEqual([expect.stringContaining('could not be reached')]);
    const failed = await delivery(created!.id);
    expect(failed).toMatchObject({ attempts: 1, delivered_at: null });
    expect(failed.last_error).toContain(`http://127.0.0.1:${port}/hook`);
    expect(new Date(failed.next_attempt_at).getTime()).toBe(start.getTime() + 15_000);

    expect(await runDeliveryRound(db, sites, later(start, 10_000))).toMatchObject({ delivered: 0, failed: [] });
    receiver = await startWebhookReceiver(port);
    expect(await runDeliveryRound(db, sites, later(start, 16_000))).toMatchObject({ delivered: 1, failed: [] });
    await runDeliveryRound(db, sites, later(start, 7_200_000));

    expect(receiver.received.map((request) => JSON.parse(request.body).id)).toEqual([created!.id]);
    expect(await delivery(created!.id)).toMatchObject({ attempts: 2, last_error: null });
  });

  it('retries after a 500 with the same delivery id and body, and backs off doubling', async () => {
    receiver = await startWebhookReceiver();
    let failuresLeft = 2;
    receiver.answer = () => (failuresLeft-- > 0 ? 500 : 200);
    const sites = sitesWith([{ url: receiver.url }]);
    const filed = await insertCase(db, { site: 'hooks' });
    const start = new Date();

    const first = await runDeliveryRound(db, sites, start);
    expect(first.failed[0]!.error.message).toContain('answered 500: receiver broke');
    const second = await runDeliveryRound(db, sites, later(start, 15_000));
    expect(second.failed[0]!.nextAttemptAt).toEqual(later(start, 15_000 + 30_000));
    expect(await runDeliveryRound(db, sites, later(start, 45_000))).toMatchObject({ delivered: 1, failed: [] });

    expect(receiver.received).toHaveLength(3);
    expect(new Set(receiver.received.map((request) => request.headers['loket-delivery'])).size).toBe(1);
    expect(new Set(receiver.received.map((request) => request.body)).size).toBe(1);
    expect(JSON.parse(receiver.received[0]!.body).case.reference).toBe(filed.reference);
  });

  it('sends a webhook only the event types it lists', async () => {
    receiver = await startWebhookReceiver();
    const sites = sitesWith([{ url: `${receiver.url}/status-only`, events: ['status'] }, { url: `${receiver.url}/all` }]);
    const filed = await insertCase(db, { site: 'hooks' });
    await addEvents(db, filed.id, [{ type: 'status', data: { from: 'new', to: 'in_progress' } }]);

    await runDeliveryRound(db, sites);

    const byPath = (path: string) => receiver!.received.filter((request) => request.path === path).map((request) => request.headers['loket-event']);
    expect(byPath('/status-only')).toEqual(['status']);
    expect(byPath('/all').sort()).toEqual(['created', 'status']);
  });

  it('delivers each event once when several rounds run at the same time', async () => {
    receiver = await startWebhookReceiver();
    const sites = sitesWith([{ url: receiver.url }]);
    for (let index = 0; index < 6; index++) await insertCase(db, { site: 'hooks' });

    const reports = await Promise.all([runDeliveryRound(db, sites), runDeliveryRound(db, sites), runDeliveryRound(db, sites)]);

    expect(reports.reduce((sum, report) => sum + report.fannedOut, 0)).toBe(6);
    expect(reports.reduce((sum, report) => sum + report.delivered, 0)).toBe(6);
    const ids = receiver.received.map((request) => JSON.parse(request.body).id as string);
    expect(ids).toHaveLength(6);
    expect(new Set(ids).size).toBe(6);
  });

  it('keeps the deliveries of a webhook removed from site.yaml, saying how to send them', async () => {
    receiver = await startWebhookReceiver();
    const filed = await insertCase(db, { site: 'hooks' });
    await runDeliveryRound(db, new Map(), new Date());
    expect((await db.query('SELECT 1 FROM deliveries')).rows).toEqual([]);

    await addEvents(db, filed.id, [{ type: 'status', data: { from: 'new', to: 'solved' } }]);
    await runDeliveryRound(db, sitesWith([{ url: `${receiver.url}/old` }]), new Date());
    receiver.answer = () => 503;
    await addEvents(db, filed.id, [{ type: 'status', data: { from: 'solved', to: 'closed' } }]);
    const start = new Date();
    await runDeliveryRound(db, sitesWith([{ url: `${receiver.url}/old` }]), start);
    const report = await runDeliveryRound(db, sitesWith([{ url: `${receiver.url}/new` }]), later(start, 20_000));

    expect(report.failed.map((failure) => failure.error.message)).toEqual([
      `Webhook ${receiver.url}/old is no longer listed under webhooks in site.yaml of site 'hooks'; add it back to deliver the events queued for it.`,
    ]);
    expect(receiver.received.map((request) => request.path)).toEqual(['/old', '/old']);
  });
});
