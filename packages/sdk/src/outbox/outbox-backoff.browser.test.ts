/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { createClient, createOutbox } from '@loket/sdk';
import { createCaseServiceStandIn } from '../test-support/case-service-stand-in';
import { freshDatabaseName, track, useOutboxTestHooks, worker } from '../test-support/outbox-helpers';

useOutboxTestHooks();

const client = createClient({ baseUrl: location.origin, site: 'demo', retries: 0, timeout: 300 });

describe('outbox: backoff', () => {
  it('waits 2 s after the first failure, doubling per failure up to the cap, and tries nothing before it is due', async () => {
    const service = createCaseServiceStandIn();
    worker.use(...service.handlers);
    let clock = 1_000_000;
    const outbox = track(createOutbox(client, {
      databaseName: freshDatabaseName(), automatic: false, now: () => clock, random: () => 0, baseDelay: 2000, maxDelay: 10_000,
    }));
    service.fail('network', 'network', 'network', 'network', 'network');
    await outbox.fileCase({ topic: 'internet', description: 'Geen internet.' }, 'key-backoff');
    const schedule: number[] = [];
    const attempts = () => service.requests.length;

    for (const waited of [2000, 4000, 8000, 10_000]) {
      const [item] = await outbox.pending();
      schedule.push(item!.nextAttemptAt - clock);
      clock += waited - 1;
      await outbox.flush();
      const before = attempts();
      expect(before, `nothing is sent ${waited - 1} ms after a failure`).to.equal(schedule.length);
      clock += 1;
      await outbox.flush();
      expect(attempts(), `a retry is sent ${waited} ms after a failure`).to.equal(before + 1);
    }
    expect(schedule).to.deep.equal([2000, 4000, 8000, 10_000]);
    const [item] = await outbox.pending();
    expect(item).to.deep.include({ attempts: 5, nextAttemptAt: clock + 10_000, lastError: 'network_error' });
    clock += 10_000;
    await outbox.flush();
    expect(await outbox.pending()).to.deep.equal([]);
    expect(service.cases).to.have.length(1);
  });

  it('shortens each wait by up to a quarter at random', async () => {
    const service = createCaseServiceStandIn();
    worker.use(...service.handlers);
    const clock = 5000;
    const outbox = track(createOutbox(client, { databaseName: freshDatabaseName(), automatic: false, now: () => clock, random: () => 0.5 }));
    service.fail('network');
    const result = await outbox.fileCase({ topic: 'internet', description: 'Geen internet.' }, 'key-jitter');
    expect(result.status === 'queued' && result.item.nextAttemptAt - clock).to.equal(1750);
  });

  it('sends everything on a forced flush, due or not', async () => {
    const service = createCaseServiceStandIn();
    worker.use(...service.handlers);
    const outbox = track(createOutbox(client, { databaseName: freshDatabaseName(), automatic: false, now: () => 0 }));
    service.fail('network');
    await outbox.fileCase({ topic: 'internet', description: 'Geen internet.' }, 'key-force');
    await outbox.flush();
    expect(service.cases).to.have.length(0);
    await outbox.flush({ force: true });
    expect(service.cases).to.have.length(1);
  });

  it("waits at least the server's Retry-After after a 429, however short the backoff", async () => {
    const service = createCaseServiceStandIn();
    worker.use(...service.handlers);
    let clock = 1_000_000;
    const outbox = track(createOutbox(client, { databaseName: freshDatabaseName(), automatic: false, now: () => clock, random: () => 0, baseDelay: 2000 }));
    service.fail({ status: 429, code: 'rate_limited', retryAfter: 42 });
    const result = await outbox.fileCase({ topic: 'internet', description: 'Geen internet.' }, 'key-rate-limited');
    expect(result.status === 'queued' && result.item).to.deep.include({ nextAttemptAt: clock + 42_000, lastError: 'rate_limited' });
    clock += 41_999;
    await outbox.flush();
    expect(service.requests).to.have.length(1);
    clock += 1;
    await outbox.flush();
    expect(service.requests).to.have.length(2);
    expect(service.cases).to.have.length(1);
  });
});
