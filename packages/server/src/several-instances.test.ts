import { readdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import pg from 'pg';
import { CaseCreatedSchema, CaseSchema } from '@loket/sdk';
import type { CaseCreated } from '@loket/sdk';
import { startWebhookReceiver } from './notify/test-webhook-receiver';
import type { WebhookReceiver } from './notify/test-webhook-receiver';
import { ORDERS_FLOW, SITE_YAML, writeTempFiles } from './test-files';
import type { TempFolder } from './test-files';
import { startServerProcess } from './test-processes/start-server-process';
import type { ServerProcess } from './test-processes/start-server-process';
import { createTestPostgresDatabase } from './test-support';
import type { TestPostgresDatabase } from './test-support';

// Several instances share nothing but the database, so only PostgreSQL can show it: an embedded
// database belongs to one process.
const SERVER_URL = process.env.LOKET_TEST_DATABASE_URL;
const SKIPPED = 'skipped: set LOKET_TEST_DATABASE_URL to a PostgreSQL server, as the PostgreSQL pass of `npm test` does';
if (!SERVER_URL) console.info(`Two server processes on one PostgreSQL: ${SKIPPED}.`);

let database: TestPostgresDatabase;
let sites: TempFolder;
let receiver: WebhookReceiver;
let instances: ServerProcess[] = [];

async function query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

let counter = 0;
/** A report on the orders topic from a browser of its own, unless one is given. */
function report(description: string, browser = `browser-${process.pid}-${String(++counter).padStart(6, '0')}`) {
  return { topic: 'orders', answers: { arrived: 'no' }, description, contact: { browser } };
}

async function file(instance: ServerProcess, body: object, headers: Record<string, string> = {}) {
  const response = await fetch(`${instance.url}/v1/sites/acme/cases`, {
    method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body),
  });
  expect(response.status).toBe(201);
  return { replayed: response.headers.get('Idempotent-Replayed') === 'true', created: v.parse(CaseCreatedSchema, await response.json()) };
}

async function read(instance: ServerProcess, created: CaseCreated) {
  const response = await fetch(`${instance.url}/v1/cases/${created.reference}`, { headers: { Authorization: `Bearer ${created.token}` } });
  expect(response.status).toBe(200);
  return v.parse(CaseSchema, await response.json());
}

describe.skipIf(!SERVER_URL)(`two server processes on one PostgreSQL${SERVER_URL ? '' : ` (${SKIPPED})`}`, () => {
  beforeAll(async () => {
    receiver = await startWebhookReceiver();
    sites = await writeTempFiles({
      // A low limit on self-help requests, for the shared rate limit; filing and reading keep theirs.
      'acme/site.yaml': `${SITE_YAML}rateLimits: { selfHelp: 4 }\nwebhooks:\n  - { url: ${receiver.url}/loket, secret: whsec_two_instances }\n`,
      'acme/flows/orders.yaml': ORDERS_FLOW,
    });
    database = await createTestPostgresDatabase(SERVER_URL!);
    // Both start at once on an empty database: one runs the migrations, the other waits for it.
    const started = await Promise.allSettled([1, 2].map(() => startServerProcess(['--sites', sites.dir, '--database-url', database.url])));
    instances = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
    const failed = started.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
  }, 60_000);

  afterAll(async () => {
    await Promise.all(instances.map((instance) => instance.stop()));
    await database?.drop();
    await receiver?.close();
    await sites?.remove();
  });

  it('runs each migration once when both start at the same time', async () => {
    const files = (await readdir(new URL('./store/migrations/', import.meta.url))).filter((name) => name.endsWith('.sql'));
    const applied = await query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY name');
    expect(applied.map((row) => row.name)).toEqual(files.sort());
  });

  it('reads a case filed through one instance from the other', async () => {
    const [first, second] = instances as [ServerProcess, ServerProcess];
    const filed = await Promise.all([
      ...[1, 2, 3].map((n) => file(first, report(`Bestelling ${n} via de eerste`))),
      ...[1, 2, 3].map((n) => file(second, report(`Bestelling ${n} via de tweede`))),
    ]);
    for (const [index, { created }] of filed.entries()) {
      const other = index < 3 ? second : first;
      expect(await read(other, created)).toMatchObject({ reference: created.reference, topic: 'orders', status: 'new' });
    }
  });

  it('files one case for an idempotency key sent to both at once', async () => {
    const body = report('Een keer verstuurd, twee keer aangekomen');
    const headers = { 'Idempotency-Key': `two-instances-${process.pid}` };
    const answers = await Promise.all(instances.map((instance) => file(instance, body, headers)));
    expect(answers[0]!.created).toEqual(answers[1]!.created);
    expect(answers.filter((answer) => answer.replayed)).toHaveLength(1);
    const cases = await query('SELECT 1 FROM cases WHERE description = $1', [body.description]);
    expect(cases).toHaveLength(1);
  });

  it('adds two reports sent at once from one browser through both to one case', async () => {
    const browser = `browser-${process.pid}-together`;
    const [one, two] = await Promise.all(instances.map((instance, index) => file(instance, report(`Samen ${index}`, browser))));
    expect(one!.created.reference).toBe(two!.created.reference);
    expect([one!.created.linked, two!.created.linked].sort()).toEqual([false, true]);
    // In either order: each instance stamps its report with its own clock before waiting for the other.
    expect((await read(instances[0]!, two!.created)).timeline.map((event) => event.type).sort()).toEqual(['created', 'repeat_contact']);
  });

  it('shares rate limits: a client is refused through an instance that alone saw fewer requests than the limit', async () => {
    // The requests must fall in one minute, the window of the limits: with less than 15 s left, wait for the next.
    const left = 60_000 - (Date.now() % 60_000);
    if (left < 15_000) await new Promise((resolve) => setTimeout(resolve, left + 100));
    const [first, second] = instances as [ServerProcess, ServerProcess];
    const suggest = (instance: ServerProcess) => fetch(`${instance.url}/v1/sites/acme/suggest`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text: 'Mijn pakket is niet aangekomen', locale: 'nl' }),
    });
    // Each instance shares its counts in the second after it counted a request.
    const aRound = () => new Promise((resolve) => setTimeout(resolve, 2_500));
    for (let sent = 0; sent < 3; sent += 1) expect((await suggest(first)).status).toBe(200);
    await aRound();
    expect((await suggest(second)).status).toBe(200);
    await aRound();

    // The limit is 4: the second instance saw one request, the first three.
    const refused = await suggest(second);

    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('rate_limited');
  }, 30_000);

  it("delivers each event's webhook once, though both instances send", async () => {
    const events = await query<{ id: string }>('SELECT id FROM case_events');
    const delivered = () => receiver.received.map((request) => (JSON.parse(request.body) as { id: string }).id);
    for (let waited = 0; new Set(delivered()).size < events.length && waited < 15_000; waited += 100) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    // Give a second delivery of any event the time to arrive.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(delivered().sort()).toEqual(events.map((event) => event.id).sort());
  });
});
