import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@loket/sdk';
import { createApp } from '../app';
import { loadSites } from '../sites/load-sites';
import type { Site } from '../sites/site-schema';
import type { Database } from '../store/database';
import { DEMO_SITES_DIR, openTestDatabase } from '../test-support';
import { createRateLimiter } from './rate-limiter';
import type { RateLimiter } from './rate-limiter';

let db: Database;
let sites: Map<string, Site>;
// A minute starts at a multiple of 60 000 ms; the tests start 10 s into one.
let clock = Date.UTC(2026, 10, 23, 9, 0, 10);
const limiters: RateLimiter[] = [];

beforeAll(async () => {
  db = await openTestDatabase();
  const demo = (await loadSites(DEMO_SITES_DIR)).get('demo')!;
  sites = new Map([['demo', { ...demo, rateLimits: { cases: 2, selfHelp: 3, caseAccess: 600 } }]]);
});
afterEach(async () => {
  await Promise.all(limiters.splice(0).map((limiter) => limiter.stop()));
});
afterAll(() => db.close());

/** An instance of the case service on the test database, behind one proxy, with its own limiter. */
function startInstance() {
  // Rounds of sharing only when a test asks for them.
  const limiter = createRateLimiter({ db, now: () => clock, syncIntervalMs: 3_600_000, logError: (error) => { throw error; } });
  limiters.push(limiter);
  const app = createApp({ db, sites, now: () => new Date(clock), rateLimiter: limiter, trustedProxies: 1 });
  const post = (path: string, body: object, address: string) =>
    app.request(path, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': address }, body: JSON.stringify(body) });
  let reports = 0;
  return {
    limiter,
    fileCase: (address: string) => {
      reports += 1;
      return post('/v1/sites/demo/cases', { topic: 'other', answers: { subject: 'Contract' }, description: `Vraag ${reports} over mijn contract` }, address);
    },
    suggest: (address: string) => post('/v1/sites/demo/suggest', { text: 'geen internet', locale: 'nl' }, address),
  };
}

async function statuses(responses: Array<Response | Promise<Response>>): Promise<number[]> {
  return (await Promise.all(responses)).map((response) => response.status);
}

async function casesFiled(): Promise<number> {
  return (await db.query<{ count: number }>('SELECT count(*)::int AS count FROM cases')).rows[0]!.count;
}

describe('rate limits', () => {
  it('answers 429 with Retry-After and a message saying when, once an address used up its limit', async () => {
    const instance = startInstance();
    clock = Date.UTC(2026, 10, 23, 9, 0, 10);
    expect(await statuses([instance.fileCase('198.51.100.1'), instance.fileCase('198.51.100.1')])).toEqual([201, 201]);
    const filed = await casesFiled();

    const refused = await instance.fileCase('198.51.100.1');

    expect(refused.status).toBe(429);
    expect(refused.headers.get('Retry-After')).toBe('50');
    expect(await refused.json()).toEqual({
      error: { code: ERROR_CODES.rateLimited, message: 'Too many reports from this address: at most 2 a minute. Send the request again in 50 seconds (Retry-After).' },
    });
    expect(await casesFiled()).toBe(filed);
  });

  it('counts each address and each kind of request apart', async () => {
    const instance = startInstance();
    clock = Date.UTC(2026, 10, 23, 9, 1, 0);
    expect(await statuses([instance.fileCase('198.51.100.2'), instance.fileCase('198.51.100.2'), instance.fileCase('198.51.100.2')])).toEqual([201, 201, 429]);
    expect((await instance.fileCase('198.51.100.3')).status).toBe(201);
    expect(await statuses([1, 2, 3, 4].map(() => instance.suggest('198.51.100.2')))).toEqual([200, 200, 200, 429]);
  });

  it('lets the address in again when the minute is over', async () => {
    const instance = startInstance();
    clock = Date.UTC(2026, 10, 23, 9, 2, 59, 500);
    expect(await statuses([1, 2, 3].map(() => instance.suggest('198.51.100.4')))).toEqual([200, 200, 200]);
    const refused = await instance.suggest('198.51.100.4');
    expect([refused.status, refused.headers.get('Retry-After')]).toEqual([429, '1']);

    clock = Date.UTC(2026, 10, 23, 9, 3, 0);

    expect((await instance.suggest('198.51.100.4')).status).toBe(200);
  });

  it('holds across instances on one database once they have shared their counts', async () => {
    const [first, second] = [startInstance(), startInstance()];
    clock = Date.UTC(2026, 10, 23, 9, 4, 0);
    expect(await statuses([first.suggest('198.51.100.5'), first.suggest('198.51.100.5')])).toEqual([200, 200]);
    expect((await second.suggest('198.51.100.5')).status).toBe(200);

    // A round each, as every second; the first learns of the second's hit in its next round.
    await first.limiter.sync();
    await second.limiter.sync();
    await first.limiter.sync();

    expect((await first.suggest('198.51.100.5')).status).toBe(429);
    expect((await second.suggest('198.51.100.5')).status).toBe(429);
  });

  it('refuses a client through an instance that saw fewer requests than the limit, counting the others', async () => {
    const [first, second] = [startInstance(), startInstance()];
    clock = Date.UTC(2026, 10, 23, 9, 5, 0);
    expect(await statuses([first.suggest('198.51.100.6'), first.suggest('198.51.100.6')])).toEqual([200, 200]);
    await first.limiter.sync();
    // The second has not heard of this client: it serves the third request and shares it.
    expect((await second.suggest('198.51.100.6')).status).toBe(200);
    await second.limiter.sync();

    expect((await second.suggest('198.51.100.6')).status).toBe(429);
  });

  it('makes no round trips while it counts no requests, and shares them within a round when it does', async () => {
    let queries = 0;
    const counting = { query: (...args: Parameters<Database['query']>) => ((queries += 1), db.query(...args)) } as Database;
    const limiter = createRateLimiter({ db: counting, syncIntervalMs: 20, now: () => clock, logError: (error) => { throw error; } });
    limiters.push(limiter);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(queries).toBe(0);

    clock = Date.UTC(2026, 10, 23, 9, 5, 30);
    expect(limiter.take({ site: 'demo', bucket: 'selfHelp', address: '198.51.100.8' }, 3)).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 200));

    expect(queries).toBeGreaterThanOrEqual(1);
    const { rows } = await db.query<{ hits: number }>('SELECT hits FROM rate_limit_counts WHERE address = $1', ['198.51.100.8']);
    expect(rows).toEqual([{ hits: 1 }]);
  });

  it('deletes the counts of past minutes, keeping the one before the current', async () => {
    const instance = startInstance();
    clock = Date.UTC(2026, 10, 23, 9, 6, 0);
    await instance.suggest('198.51.100.7');
    await instance.limiter.sync();
    const windows = async () => (await db.query<{ window_start: Date }>('SELECT DISTINCT window_start FROM rate_limit_counts ORDER BY 1')).rows.map((row) => new Date(row.window_start).toISOString());

    clock = Date.UTC(2026, 10, 23, 9, 8, 30);
    await instance.suggest('198.51.100.7');
    await instance.limiter.sync();

    expect(await windows()).toEqual(['2026-11-23T09:08:00.000Z']);
    clock = Date.UTC(2026, 10, 23, 9, 9, 1);
    await instance.suggest('198.51.100.7');
    await instance.limiter.sync();
    expect(await windows()).toEqual(['2026-11-23T09:08:00.000Z', '2026-11-23T09:09:00.000Z']);
  });
});
