import { existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { CaseCreatedSchema, CaseSchema, createSupportClient } from '@loket/sdk';
import type { CaseCreated, SupportCaseSummary } from '@loket/sdk';
import { ORDERS_FLOW, SITE_YAML, writeTempFiles } from './test-files';
import type { TempFolder } from './test-files';
import { startServerProcess } from './test-processes/start-server-process';
import type { ServerProcess } from './test-processes/start-server-process';
import { createTestPostgresDatabase } from './test-support';
import type { TestPostgresDatabase } from './test-support';

// The server is killed as the kernel's out-of-memory killer or a power cut would: no shutdown, no
// flush, an open lock file. On PGlite it restarts on the same data folder, on PostgreSQL (when
// LOKET_TEST_DATABASE_URL is set) on the same database.
const SERVER_URL = process.env.LOKET_TEST_DATABASE_URL;
const SECRET_KEY = 'crash-secret-key-0123456789abcdef';
const REPORTS = 160;
const CONCURRENCY = 8;
/** Cases answered with 201 before the kill; the rest is under way or not yet sent. */
const KILL_AFTER = 40;
/** A fresh embedded database is created at the first start; on a busy machine that takes a while. */
const START_TIMEOUT_MS = 90_000;
/** Some hundred requests one after another, on a busy machine. */
const REQUESTS_TIMEOUT_MS = 60_000;

/** What the customer's browser knows of one report it sent. */
type Sent = { key: string; description: string; created?: CaseCreated; replayed?: boolean };

let sites: TempFolder;
let data: TempFolder;
let postgres: TestPostgresDatabase | undefined;
let server: ServerProcess | undefined;

function databaseArgs(): string[] {
  return postgres ? ['--database-url', postgres.url] : ['--data-dir', join(data.dir, 'loket')];
}

function reportBody(sent: Sent) {
  return { topic: 'orders', answers: { arrived: 'no' }, description: sent.description, contact: { browser: `browser-${sent.key}` } };
}

/**
 * Sends one report with its idempotency key. Resolves with the case on 201, with undefined when no
 * answer came (the server died under it or was not there); any other answer fails the test.
 */
async function file(url: string, sent: Sent): Promise<{ created: CaseCreated; replayed: boolean } | undefined> {
  let response: Response;
  try {
    response = await fetch(`${url}/v1/sites/acme/cases`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': sent.key },
      body: JSON.stringify(reportBody(sent)),
    });
  } catch {
    return undefined;
  }
  const text = await response.text().catch(() => undefined);
  // The connection may break after the status line, before the body: no answer either.
  if (text === undefined) return undefined;
  expect(response.status, text).toBe(201);
  return { created: v.parse(CaseCreatedSchema, JSON.parse(text)), replayed: response.headers.get('Idempotent-Replayed') === 'true' };
}

describe(`the server killed with SIGKILL while cases are filed (${SERVER_URL ? 'PostgreSQL' : 'PGlite data folder'})`, () => {
  const reports: Sent[] = Array.from({ length: REPORTS }, (_, index) => {
    const key = `crash-${process.pid}-${String(index).padStart(4, '0')}`;
    return { key, description: `Bestelling niet aangekomen (${key})` };
  });
  let answeredBeforeKill = 0;
  let unansweredAtKill = 0;

  beforeAll(async () => {
    // Every report comes from this one address, as fast as it can: a rate limit it never meets.
    sites = await writeTempFiles({ 'acme/site.yaml': `${SITE_YAML}secretKeys: [${SECRET_KEY}]\nrateLimits: { cases: 1000000 }\n`, 'acme/flows/orders.yaml': ORDERS_FLOW });
    data = await writeTempFiles({});
    if (SERVER_URL) postgres = await createTestPostgresDatabase(SERVER_URL);
    server = await startServerProcess(['--sites', sites.dir, ...databaseArgs()], START_TIMEOUT_MS);

    // Customers file concurrently; the server dies under them once KILL_AFTER were answered.
    const first = server;
    let next = 0;
    let killing: Promise<void> | undefined;
    const customer = async () => {
      while (next < reports.length) {
        const sent = reports[next++]!;
        const answer = await file(first.url, sent);
        if (answer) Object.assign(sent, answer);
        if (reports.filter((report) => report.created).length >= KILL_AFTER) killing ??= first.kill();
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, customer));
    await killing;
    answeredBeforeKill = reports.filter((report) => report.created).length;
    unansweredAtKill = reports.length - answeredBeforeKill;
  }, START_TIMEOUT_MS + 30_000);

  afterAll(async () => {
    await server?.stop();
    await postgres?.drop();
    await data?.remove();
    await sites?.remove();
  });

  it('restarts on the same data by itself after the kill (no lock to delete by hand)', async () => {
    expect(answeredBeforeKill).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(unansweredAtKill).toBeGreaterThan(0);
    // The killed process left its lock on the data folder behind.
    if (!postgres) expect(existsSync(join(data.dir, 'loket', 'pgdata.lock'))).toBe(true);
    server = await startServerProcess(['--sites', sites.dir, ...databaseArgs()], START_TIMEOUT_MS);
    expect(server.output()).not.toMatch(/in use by another Loket process/);
  }, START_TIMEOUT_MS);

  it('files every report that got no answer when it is sent again with the same key', async () => {
    const unanswered = reports.filter((report) => !report.created);
    // Retried the way the SDK's outbox does: the same key and body until an answer comes.
    for (const sent of unanswered) {
      for (let attempt = 1; !sent.created; attempt += 1) {
        const answer = await file(server!.url, sent);
        if (answer) Object.assign(sent, answer);
        else if (attempt >= 5) throw new Error(`No answer for ${sent.key} after ${attempt} attempts:\n${server!.output()}`);
        else await sleep(200);
      }
    }
    expect(reports.every((report) => report.created)).toBe(true);
  }, REQUESTS_TIMEOUT_MS);

  it('keeps every case it answered 201 for before the kill, readable with its token', async () => {
    for (const sent of reports.slice(0, answeredBeforeKill)) {
      const response = await fetch(`${server!.url}/v1/cases/${sent.created!.reference}`, { headers: { Authorization: `Bearer ${sent.created!.token}` } });
      expect(response.status, sent.key).toBe(200);
      expect(v.parse(CaseSchema, await response.json())).toMatchObject({ reference: sent.created!.reference, description: sent.description, status: 'new' });
    }
  }, REQUESTS_TIMEOUT_MS);

  it('files one case per idempotency key, however often a report was sent', async () => {
    // Every report once more: each is answered with the case it already has.
    for (const sent of reports) {
      const again = await file(server!.url, sent);
      expect(again, sent.key).toEqual({ created: sent.created, replayed: true });
    }
    expect(new Set(reports.map((sent) => sent.created!.reference)).size).toBe(reports.length);
    const support = createSupportClient({ baseUrl: server!.url, site: 'acme', secretKey: SECRET_KEY });
    const stored: SupportCaseSummary[] = [];
    for (let cursor: string | undefined; ; ) {
      const page = await support.cases.list({ limit: 100, ...(cursor ? { cursor } : {}) });
      stored.push(...page.cases);
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    expect(stored.map((item) => item.description).sort()).toEqual(reports.map((sent) => sent.description).sort());
    // A report filed twice from its browser would show as a repeat contact on its case instead.
    expect(stored.filter((item) => item.repeatContacts > 0)).toEqual([]);
  }, REQUESTS_TIMEOUT_MS);
});
