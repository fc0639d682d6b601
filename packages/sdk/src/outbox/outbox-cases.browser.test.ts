/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { createClient, createOutbox, HttpError, ValidationError } from '@loket/sdk';
import type { CaseInput, Outbox, OutboxOptions } from '@loket/sdk';
import { createCaseServiceStandIn } from '../test-support/case-service-stand-in';
import { freshDatabaseName, nextEvent, recordEvents, track, useOutboxTestHooks, worker } from '../test-support/outbox-helpers';

useOutboxTestHooks();

const REPORT: CaseInput = { topic: 'internet', description: 'Geen internet sinds vanochtend.' };
const client = createClient({ baseUrl: location.origin, site: 'demo', retries: 0, timeout: 300 });

function setUp(options: OutboxOptions = {}) {
  const service = createCaseServiceStandIn();
  worker.use(...service.handlers);
  const databaseName = freshDatabaseName();
  // A long first delay keeps the backoff timer out of tests that retry by other means.
  const open = (more: OutboxOptions = {}): Outbox => track(createOutbox(client, { databaseName, baseDelay: 60_000, ...options, ...more }));
  return { service, databaseName, open };
}

describe('outbox: filing a case', () => {
  it('sends a case at once when the server answers', async () => {
    const { service, open } = setUp();
    const outbox = open();
    const result = await outbox.fileCase(REPORT, 'key-1');
    expect(result).to.deep.include({ status: 'sent' });
    expect(service.cases).to.have.length(1);
    expect(await outbox.pending()).to.deep.equal([]);
  });

  it('keeps a case filed while offline and sends it once, with the same key and input, when the browser is online again', async () => {
    const { service, open } = setUp();
    const outbox = open();
    await outbox.ready;
    service.fail('network');
    const result = await outbox.fileCase(REPORT, 'key-offline');
    expect(result.status).to.equal('queued');
    const [kept] = await outbox.pending();
    expect(kept).to.deep.include({ kind: 'case', key: 'key-offline', site: 'demo', attempts: 1, lastError: 'network_error', input: REPORT });
    expect(service.cases).to.have.length(0);

    const sent = nextEvent(outbox, 'sent');
    window.dispatchEvent(new Event('online'));
    const event = await sent;
    expect(event.item.key).to.equal('key-offline');
    expect(event.result).to.deep.include({ reference: 'LK-4F7Q-92KD' });
    expect(service.cases).to.have.length(1);
    expect(service.requests.map((request) => request.idempotencyKey)).to.deep.equal(['key-offline', 'key-offline']);
    expect(service.requests[1]!.body).to.deep.equal(service.requests[0]!.body);
    expect(await outbox.pending()).to.deep.equal([]);
  });

  it('sends a kept case when the page becomes visible again', async () => {
    const { service, open } = setUp();
    const outbox = open();
    await outbox.ready;
    service.fail('network');
    await outbox.fileCase(REPORT, 'key-visible');
    const sent = nextEvent(outbox, 'sent');
    // Headless Chromium is always visible: play the return to the tab.
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
      await sent;
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
    expect(service.cases).to.have.length(1);
  });

  it('retries after a 5xx on the backoff timer and files the case', async () => {
    const { service, open } = setUp({ baseDelay: 50 });
    const outbox = open();
    await outbox.ready;
    service.fail({ status: 503, code: 'unavailable' });
    const sent = nextEvent(outbox, 'sent');
    const result = await outbox.fileCase(REPORT, 'key-503');
    expect(result).to.deep.include({ status: 'queued' });
    expect(result.status === 'queued' && result.item.lastError).to.equal('unavailable');
    await sent;
    expect(service.cases).to.have.length(1);
    expect(service.requests.map((request) => request.idempotencyKey)).to.deep.equal(['key-503', 'key-503']);
  });

  it('keeps a case whose request timed out', async () => {
    const { service, open } = setUp();
    const outbox = open();
    await outbox.ready;
    service.fail('timeout');
    const result = await outbox.fileCase(REPORT, 'key-slow');
    expect(result.status === 'queued' && result.item.lastError).to.equal('timeout');
    await outbox.flush({ force: true });
    expect(service.cases).to.have.length(1);
    expect(await outbox.pending()).to.deep.equal([]);
  });

  it('sends again with the same key when the server filed the case but the answer was lost, and one case results', async () => {
    const { service, open } = setUp();
    const outbox = open();
    await outbox.ready;
    service.fail('lost-response');
    const result = await outbox.fileCase(REPORT, 'key-lost');
    expect(result.status).to.equal('queued');
    expect(service.cases).to.have.length(1);
    const sent = nextEvent(outbox, 'sent');
    await outbox.flush({ force: true });
    expect((await sent).result).to.deep.include({ reference: service.cases[0]!.created.reference, token: service.cases[0]!.created.token });
    expect(service.cases).to.have.length(1);
  });

  it('sends what an earlier page left when the page is opened again', async () => {
    const { service, open } = setUp();
    const first = open();
    await first.ready;
    service.fail('network');
    await first.fileCase(REPORT, 'key-reload');
    first.close();

    const second = open();
    const sent = nextEvent(second, 'sent');
    await second.ready;
    expect(second.persistent).to.equal(true);
    expect((await sent).item).to.deep.include({ key: 'key-reload', input: REPORT });
    expect(service.cases).to.have.length(1);
    expect(service.requests.map((request) => request.idempotencyKey)).to.deep.equal(['key-reload', 'key-reload']);
  });

  it('throws a validation error and stores nothing', async () => {
    const { service, open } = setUp();
    const outbox = open();
    const error = await outbox.fileCase({ topic: 'internet', description: '   ' }, 'key-invalid').catch((caught: unknown) => caught);
    expect(error).to.be.instanceOf(ValidationError);
    expect(service.requests).to.have.length(0);
    expect(await outbox.pending()).to.deep.equal([]);
  });

  it('throws a refusal by the server (unknown site) and stores nothing', async () => {
    const { service, open } = setUp();
    const outbox = open();
    service.fail({ status: 404, code: 'site_not_found' });
    const error = await outbox.fileCase(REPORT, 'key-404').catch((caught: unknown) => caught);
    expect(error).to.be.instanceOf(HttpError);
    expect(error).to.include({ status: 404, code: 'site_not_found' });
    expect(await outbox.pending()).to.deep.equal([]);
  });

  it('removes a kept case the server later refuses for good and reports it with the error', async () => {
    const { service, open } = setUp();
    const outbox = open();
    await outbox.ready;
    service.fail('network', { status: 422, code: 'validation_failed', fields: [{ path: 'topic', code: 'unknown_value', message: 'Unknown topic.' }] });
    await outbox.fileCase(REPORT, 'key-refused');
    const refused = nextEvent(outbox, 'refused');
    await outbox.flush({ force: true });
    const event = await refused;
    expect(event.item).to.deep.include({ key: 'key-refused', input: REPORT });
    expect(event.error).to.be.instanceOf(ValidationError);
    expect((event.error as ValidationError).fields[0]).to.include({ path: 'topic' });
    expect(await outbox.pending()).to.deep.equal([]);
  });

  it('files one case when two tabs send the same kept case at once, and only one reports it sent', async () => {
    const { service, open } = setUp();
    const first = open();
    await first.ready;
    service.fail('network');
    await first.fileCase(REPORT, 'key-tabs');
    const second = open();
    await second.ready;
    const events = recordEvents(first);
    const secondEvents = recordEvents(second);
    await Promise.all([first.flush({ force: true }), second.flush({ force: true })]);
    expect(service.cases).to.have.length(1);
    expect([...events, ...secondEvents].filter((event) => event.type === 'sent')).to.have.length(1);
    expect(await first.pending()).to.deep.equal([]);
  });

  it('sends only the items of its own site', async () => {
    const { service, databaseName } = setUp();
    const demo = track(createOutbox(client, { databaseName, automatic: false }));
    service.fail('network');
    await demo.fileCase(REPORT, 'key-site');
    const other = track(createOutbox(createClient({ baseUrl: location.origin, site: 'other', retries: 0 }), { databaseName, automatic: false }));
    await other.flush({ force: true });
    expect(await other.pending()).to.deep.equal([]);
    expect(service.requests).to.have.length(1);
    expect(await demo.pending()).to.have.length(1);
  });

  it('tells how many items wait whenever that changes', async () => {
    const counts: number[] = [];
    const { service, open } = setUp({ onPendingChange: (count) => counts.push(count) });
    const outbox = open();
    await outbox.ready;
    service.fail('network');
    await outbox.fileCase(REPORT, 'key-count');
    const sent = nextEvent(outbox, 'sent');
    await outbox.flush({ force: true });
    await sent;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(counts).to.deep.equal([0, 1, 0]);
  });

  it('tells the count once per flush, after every item it sent', async () => {
    const counts: number[] = [];
    const { service, open } = setUp({ onPendingChange: (count) => counts.push(count), automatic: false });
    const outbox = open();
    await outbox.ready;
    service.fail('network');
    await outbox.fileCase(REPORT, 'key-count-1');
    service.fail('network');
    await outbox.fileCase({ ...REPORT, description: 'Ook geen tv.' }, 'key-count-2');
    await new Promise((resolve) => setTimeout(resolve, 50));
    await outbox.flush({ force: true });
    expect(service.cases).to.have.length(2);
    expect(counts).to.deep.equal([0, 1, 2, 0]);
  });
});

describe('outbox: without IndexedDB', () => {
  it('keeps items in memory and says it is not persistent', async () => {
    const service = createCaseServiceStandIn();
    worker.use(...service.handlers);
    const outbox = track(createOutbox(client, { indexedDB: null, automatic: false }));
    expect(outbox.persistent).to.equal(false);
    service.fail('network');
    expect((await outbox.fileCase(REPORT, 'key-memory')).status).to.equal('queued');
    await outbox.flush({ force: true });
    expect(service.cases).to.have.length(1);
    expect(await outbox.pending()).to.deep.equal([]);
  });

  it('falls back to memory when IndexedDB cannot be opened (private mode)', async () => {
    const refusing = {
      open() {
        throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
      },
    } as unknown as IDBFactory;
    const outbox = track(createOutbox(client, { indexedDB: refusing, automatic: false }));
    await outbox.ready;
    expect(outbox.persistent).to.equal(false);
  });
});
