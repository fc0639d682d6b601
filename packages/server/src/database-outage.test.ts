import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { CaseCreatedSchema, CaseSchema, createClient, createOutbox, ERROR_CODES } from '@loket/sdk';
import type { CaseCreated, OutboxEvent } from '@loket/sdk';
import { ORDERS_FLOW, SITE_YAML, writeTempFiles } from './test-files';
import type { TempFolder } from './test-files';
import { startServerProcess } from './test-processes/start-server-process';
import type { ServerProcess } from './test-processes/start-server-process';
import { startTcpProxy } from './test-processes/tcp-proxy';
import type { TcpProxy } from './test-processes/tcp-proxy';
import { DatabaseUnavailableError } from './store/database-unavailable';
import { openDatabase } from './store/open-database';
import { createTestPostgresDatabase } from './test-support';
import type { TestPostgresDatabase } from './test-support';

// PostgreSQL goes away for the server while the shared PostgreSQL keeps running for everyone
// else: the server reaches its database through a TCP proxy in this process, which the test cuts
// (every connection reset, new ones too) and restores. An embedded database cannot go away.
const SERVER_URL = process.env.LOKET_TEST_DATABASE_URL;
const SKIPPED = 'skipped: set LOKET_TEST_DATABASE_URL to a PostgreSQL server, as the PostgreSQL pass of `npm test` does';
if (!SERVER_URL) console.info(`The database going away under a running server: ${SKIPPED}.`);

let sites: TempFolder;
let database: TestPostgresDatabase;
let proxy: TcpProxy;
let server: ServerProcess | undefined;
let counter = 0;
/** Loading the server from its sources takes a while on a busy machine. */
const START_TIMEOUT_MS = 90_000;

/** The test database's URL, through the proxy. */
function throughProxy(): string {
  const url = new URL(database.url);
  url.hostname = '127.0.0.1';
  url.port = String(proxy.port);
  return url.toString();
}

function report(description: string) {
  return { topic: 'orders', answers: { arrived: 'no' }, description, contact: { browser: `browser-outage-${process.pid}-${++counter}` } };
}

function file(body: object, key = `outage-${process.pid}-${++counter}`) {
  return fetch(`${server!.url}/v1/sites/acme/cases`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
    body: JSON.stringify(body),
  });
}

async function readCase(created: CaseCreated) {
  const response = await fetch(`${server!.url}/v1/cases/${created.reference}`, { headers: { Authorization: `Bearer ${created.token}` } });
  expect(response.status).toBe(200);
  return v.parse(CaseSchema, await response.json());
}

/** How many lines of the server's output match `pattern`. */
function logged(pattern: RegExp): number {
  return server!.output().split('\n').filter((line) => pattern.test(line)).length;
}

describe.skipIf(!SERVER_URL)(`the database out of reach of a running server${SERVER_URL ? '' : ` (${SKIPPED})`}`, () => {
  beforeAll(async () => {
    sites = await writeTempFiles({ 'acme/site.yaml': SITE_YAML, 'acme/flows/orders.yaml': ORDERS_FLOW });
    database = await createTestPostgresDatabase(SERVER_URL!);
    const direct = new URL(database.url);
    proxy = await startTcpProxy({ target: { host: direct.hostname, port: Number(direct.port || 5432) } });
    server = await startServerProcess(['--sites', sites.dir, '--database-url', throughProxy()], START_TIMEOUT_MS);
  }, START_TIMEOUT_MS + 30_000);

  afterAll(async () => {
    proxy?.restore();
    await server?.stop();
    await proxy?.close();
    await database?.drop();
    await sites?.remove();
  });

  it('answers 503 unavailable with Retry-After and a clear message while the database is gone, and stays up', async () => {
    expect((await file(report('Voor de storing'))).status).toBe(201);
    proxy.cut();
    const response = await file(report('Tijdens de storing'));
    expect(response.status).toBe(503);
    expect(response.headers.get('Retry-After')).toBe('5');
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe(ERROR_CODES.unavailable);
    expect(body.error.message).toMatch(/cannot reach its database/);
    expect(body.error.message).toMatch(/same Idempotency-Key/);
    // Reading answers the same; the process itself still serves.
    expect((await fetch(`${server!.url}/v1/cases/LK-AAAA-AAAA`, { headers: { Authorization: 'Bearer x' } })).status).toBe(503);
    expect((await fetch(`${server!.url}/v1/health`)).status).toBe(200);
    // The outage is logged once, not once per request, and without a stack trace per request.
    expect(logged(/cannot be reached .*answers 503 until it is back/)).toBe(1);
    expect(logged(/\[loket\] Error/)).toBe(0);
  });

  it('keeps the report in the SDK outbox and files it once the database is back, without a restart', async () => {
    const client = createClient({ baseUrl: server!.url, site: 'acme', retries: 0, timeout: 8000 });
    // In memory, as in a browser without IndexedDB; retried quickly for the test.
    const outbox = createOutbox(client, { indexedDB: null, baseDelay: 200, maxDelay: 500 });
    const events: OutboxEvent[] = [];
    outbox.subscribe((event) => events.push(event));
    try {
      const description = 'Pakket kwijt terwijl de database weg was';
      const first = await outbox.fileCase(report(description), `outbox-${process.pid}`);
      expect(first).toMatchObject({ status: 'queued', item: { lastError: ERROR_CODES.unavailable } });
      // It keeps trying while the database stays away, and keeps the report.
      await expect.poll(() => events.filter((event) => event.type === 'queued').length, { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
      expect(await outbox.pending()).toHaveLength(1);

      proxy.restore();
      await expect.poll(() => events.some((event) => event.type === 'sent'), { timeout: 15_000 }).toBe(true);
      const sent = events.find((event) => event.type === 'sent')!;
      const created = v.parse(CaseCreatedSchema, sent.result);
      expect(await readCase(created)).toMatchObject({ reference: created.reference, description, status: 'new' });
      expect(await outbox.pending()).toEqual([]);
    } finally {
      outbox.close();
    }
    // The same process recovered by itself and says so once.
    expect((await file(report('Na de storing'))).status).toBe(201);
    expect(logged(/is reachable again/)).toBe(1);
  });

  it('files one case for a report retried through a second outage with the same key', async () => {
    const body = report('Twee keer verstuurd door een storing heen');
    const key = `outage-twice-${process.pid}`;
    const before = v.parse(CaseCreatedSchema, await (await file(body, key)).json());
    proxy.cut();
    expect((await file(body, key)).status).toBe(503);
    proxy.restore();
    const after = await file(body, key);
    expect(after.status).toBe(201);
    expect(after.headers.get('Idempotent-Replayed')).toBe('true');
    expect(v.parse(CaseCreatedSchema, await after.json())).toEqual(before);
  });

  it('waits at start for a database that is not there yet', async () => {
    // The running server's background work (deliveries, sharing rate-limit counts) would connect
    // through the proxy too, and its attempts would count as the new server's.
    await server?.stop();
    server = undefined;
    proxy.cut();
    const refused = proxy.connections;
    const starting = startServerProcess(['--sites', sites.dir, '--database-url', throughProxy()], START_TIMEOUT_MS);
    // Its first attempts to connect are refused; then the database comes up.
    await expect.poll(() => proxy.connections - refused, { timeout: START_TIMEOUT_MS }).toBeGreaterThanOrEqual(2);
    proxy.restore();
    const late = await starting;
    try {
      expect(late.output()).toMatch(/PostgreSQL at 127\.0\.0\.1:\d+ cannot be reached yet .*trying again for up to 30 s/);
      const response = await fetch(`${late.url}/v1/sites/acme/cases`, {
        method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(report('Na een late start')),
      });
      expect(response.status).toBe(201);
    } finally {
      await late.stop();
    }
  }, 2 * START_TIMEOUT_MS);

  it('gives up at start with a message that says what to check, when the database stays away', async () => {
    proxy.cut();
    try {
      const error = await openDatabase({ databaseUrl: throughProxy(), startWaitMs: 2_000 }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(DatabaseUnavailableError);
      expect((error as Error).message).toMatch(/^PostgreSQL at 127\.0\.0\.1:\d+ could not be reached within 2 s \(.+\)\. Check LOKET_DATABASE_URL and that the database server runs/);
    } finally {
      proxy.restore();
    }
  });
});
