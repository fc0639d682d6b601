/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { createClient, createOutbox, HttpError, ValidationError } from '@loket/sdk';
import type { OutboxOptions } from '@loket/sdk';
import { createCaseServiceStandIn } from '../test-support/case-service-stand-in';
import { freshDatabaseName, nextEvent, track, useOutboxTestHooks, worker } from '../test-support/outbox-helpers';

useOutboxTestHooks();

const client = createClient({ baseUrl: location.origin, site: 'demo', retries: 0, timeout: 300 });

function setUp(options: OutboxOptions = {}) {
  const service = createCaseServiceStandIn();
  worker.use(...service.handlers);
  const filed = service.seedCase({ topic: 'internet', description: 'Geen internet.' });
  const outbox = track(createOutbox(client, { databaseName: freshDatabaseName(), baseDelay: 60_000, ...options }));
  return { service, filed, outbox };
}

describe('outbox: adding a message', () => {
  it('keeps a message written while offline and adds it once, with the same key, when the browser is online again', async () => {
    const { service, filed, outbox } = setUp();
    await outbox.ready;
    service.fail('network');
    const result = await outbox.addMessage(filed.reference, filed.token, { text: 'Het lampje is nu rood.' }, 'msg-offline');
    expect(result.status).to.equal('queued');
    expect((await outbox.pending())[0]).to.deep.include({
      kind: 'message', key: 'msg-offline', reference: filed.reference, token: filed.token, input: { text: 'Het lampje is nu rood.' }, attempts: 1,
    });

    const sent = nextEvent(outbox, 'sent');
    window.dispatchEvent(new Event('online'));
    const event = await sent;
    expect(event.item.kind).to.equal('message');
    expect(event.result).to.deep.include({ reference: filed.reference });
    expect(service.cases[0]!.messages).to.deep.equal(['Het lampje is nu rood.']);
    expect(service.requests.map((request) => request.idempotencyKey)).to.deep.equal(['msg-offline', 'msg-offline']);
  });

  it('adds the message once when the server took it but the answer was lost', async () => {
    const { service, filed, outbox } = setUp();
    await outbox.ready;
    service.fail('lost-response');
    expect((await outbox.addMessage(filed.reference, filed.token, { text: 'Nog steeds niets.' }, 'msg-lost')).status).to.equal('queued');
    await outbox.flush({ force: true });
    expect(service.cases[0]!.messages).to.deep.equal(['Nog steeds niets.']);
    expect(await outbox.pending()).to.deep.equal([]);
  });

  it('retries a message after a 5xx on the backoff timer', async () => {
    const { service, filed, outbox } = setUp({ baseDelay: 50 });
    await outbox.ready;
    service.fail({ status: 502, code: 'bad_gateway' });
    const sent = nextEvent(outbox, 'sent');
    await outbox.addMessage(filed.reference, filed.token, { text: 'Graag terugbellen.' }, 'msg-502');
    await sent;
    expect(service.cases[0]!.messages).to.deep.equal(['Graag terugbellen.']);
  });

  it('throws an empty message and stores nothing', async () => {
    const { service, filed, outbox } = setUp();
    const error = await outbox.addMessage(filed.reference, filed.token, { text: ' ' }, 'msg-empty').catch((caught: unknown) => caught);
    expect(error).to.be.instanceOf(ValidationError);
    expect(service.requests).to.have.length(0);
    expect(await outbox.pending()).to.deep.equal([]);
  });

  it('throws case_closed at once and stores nothing', async () => {
    const { service, filed, outbox } = setUp();
    service.fail({ status: 409, code: 'case_closed' });
    const error = await outbox.addMessage(filed.reference, filed.token, { text: 'Toch nog een vraag.' }, 'msg-closed').catch((caught: unknown) => caught);
    expect(error).to.be.instanceOf(HttpError);
    expect(error).to.include({ status: 409, code: 'case_closed' });
    expect(await outbox.pending()).to.deep.equal([]);
  });

  it('removes a kept message when the case was closed meanwhile and reports it refused', async () => {
    const { service, filed, outbox } = setUp();
    await outbox.ready;
    service.fail('network', { status: 409, code: 'case_closed' });
    await outbox.addMessage(filed.reference, filed.token, { text: 'Nog iets.' }, 'msg-refused');
    const refused = nextEvent(outbox, 'refused');
    await outbox.flush({ force: true });
    const event = await refused;
    expect(event.item).to.deep.include({ kind: 'message', key: 'msg-refused', input: { text: 'Nog iets.' } });
    expect(event.error).to.include({ status: 409, code: 'case_closed' });
    expect(await outbox.pending()).to.deep.equal([]);
    expect(service.cases[0]!.messages).to.deep.equal([]);
  });
});
