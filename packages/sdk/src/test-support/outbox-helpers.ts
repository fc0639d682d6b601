/// <reference types="mocha" />
import { setupWorker } from 'msw/browser';
import type { Outbox, OutboxEvent } from '../index';

/** The API stand-in: msw in a service worker, so the SDK's real fetches reach it. */
export const worker = setupWorker();

let databases = 0;
const opened: { name: string; outboxes: Outbox[] }[] = [];

/** A fresh IndexedDB database name per test, deleted after it. */
export function freshDatabaseName(): string {
  const name = `loket-outbox-test-${Date.now()}-${databases++}`;
  opened.push({ name, outboxes: [] });
  return name;
}

/** Remembers an outbox so it is closed after the test. */
export function track(outbox: Outbox): Outbox {
  opened.at(-1)?.outboxes.push(outbox);
  return outbox;
}

/** Registers the hooks of an outbox test file: the stand-in, and cleanup of outboxes and databases. */
export function useOutboxTestHooks(): void {
  before(() => worker.start({ quiet: true, onUnhandledRequest: 'error' }));
  afterEach(async () => {
    worker.resetHandlers();
    for (const { name, outboxes } of opened.splice(0)) {
      for (const outbox of outboxes) outbox.close();
      await new Promise<void>((resolve) => {
        const request = indexedDB.deleteDatabase(name);
        request.onsuccess = request.onerror = request.onblocked = () => resolve();
      });
    }
  });
  after(() => worker.stop());
}

/** Resolves with the next event of `type`, or rejects after `timeout` ms so a test fails instead of hanging. */
export function nextEvent<T extends OutboxEvent['type']>(outbox: Outbox, type: T, timeout = 3000): Promise<Extract<OutboxEvent, { type: T }>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`No '${type}' event within ${timeout} ms.`));
    }, timeout);
    const stop = outbox.subscribe((event) => {
      if (event.type !== type) return;
      clearTimeout(timer);
      stop();
      resolve(event as Extract<OutboxEvent, { type: T }>);
    });
  });
}

/** Collects every event of an outbox. */
export function recordEvents(outbox: Outbox): OutboxEvent[] {
  const events: OutboxEvent[] = [];
  outbox.subscribe((event) => events.push(event));
  return events;
}
