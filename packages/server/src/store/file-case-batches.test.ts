import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSites } from '../sites/load-sites';
import type { Site } from '../sites/site-schema';
import { DEMO_SITES_DIR, openTestDatabase } from '../test-support';
import type { Database, QueryOptions } from './database';
import { DatabaseUnavailableError } from './database-unavailable';
import { fileCase } from './file-case';
import type { FileCaseResult, NewReport } from './file-case';

// On PostgreSQL, reports that arrive while others are being stored are filed together, in one
// call of loket_file_cases (migration 021). These tests send bursts of reports at once, so that
// batches form, and check that each report comes out as it would have on its own. PGlite files
// each report alone.
let db: Database;
let site: Site;

beforeAll(async () => {
  db = await openTestDatabase();
  site = (await loadSites(DEMO_SITES_DIR)).get('demo')!;
});
afterAll(() => db.close());

/**
 * The database, seen through a wrapper of its own (so it has batches of its own), that counts the
 * batch calls and their filings, and can make the next batch calls fail.
 */
function watched(failNextBatches: unknown[] = []) {
  const batches: number[] = [];
  const query = async (sql: string, params?: unknown[], options?: QueryOptions) => {
    if (sql.includes('loket_file_cases(')) {
      batches.push((JSON.parse(params![0] as string) as { filings: unknown[] }).filings.length);
      const failure = failNextBatches.shift();
      if (failure) throw failure;
    }
    return db.query(sql, params, options);
  };
  const watchedDb: Database = { ...db, query: query as Database['query'] };
  return { db: watchedDb, batches };
}

let counter = 0;
function report(contact: NewReport['contact'] = {}): NewReport {
  counter += 1;
  return {
    topic: 'other', answers: { subject: 'Contract' }, description: `Vraag ${counter} over mijn contract.`, environment: {},
    articlesTried: [{ article: 'restart-modem', outcome: 'not_solved' }], locale: 'nl',
    contact: { browser: `batch-browser-${counter}`, ...contact },
  };
}

function fileAll(target: Database, reports: NewReport[], keys: Array<string | undefined> = []): Promise<FileCaseResult[]> {
  const now = new Date();
  return Promise.all(reports.map((each, index) => fileCase(target, site, each, { idempotencyKey: keys[index], now })));
}

function created(result: FileCaseResult) {
  if (result.kind === 'key_reused') throw new Error('Expected a case, got key_reused.');
  return result.created;
}

async function storedCase(reference: string) {
  const { rows } = await db.query<{ id: string; repeat_contacts: number; description: string }>(
    'SELECT id, repeat_contacts, description FROM cases WHERE reference = $1', [reference]);
  const row = rows[0]!;
  const count = async (table: string) =>
    (await db.query<{ count: number }>(`SELECT count(*)::int AS count FROM ${table} WHERE case_id = $1`, [row.id])).rows[0]!.count;
  return { ...row, events: await count('case_events'), tokens: await count('case_tokens'), keys: await count('idempotency_keys') };
}

it('files each report alone on PGlite, and in batches on PostgreSQL', async () => {
  const { db: target, batches } = watched();
  const results = await fileAll(target, Array.from({ length: 10 }, () => report()));
  expect(results.every((result) => result.kind === 'created')).toBe(true);
  expect(batches.length > 0).toBe(db.kind === 'postgres');
});

describe.skipIf(!process.env.LOKET_TEST_DATABASE_URL)('filing reports that arrive at once, on PostgreSQL', () => {
  it('stores each as a case of its own, with its token, events and key, in batches', async () => {
    const { db: target, batches } = watched();
    const reports = Array.from({ length: 24 }, () => report());
    const results = (await fileAll(target, reports, reports.map((_, index) => `burst-key-${counter}-${index}`))).map(created);

    expect(batches.length).toBeGreaterThan(0);
    expect(batches.every((size) => size >= 2)).toBe(true);
    expect(new Set(results.map((result) => result.reference)).size).toBe(24);
    for (const [index, result] of results.entries()) {
      expect(result).toMatchObject({ status: 'new', linked: false });
      const stored = await storedCase(result.reference);
      expect(stored).toMatchObject({ description: reports[index]!.description, repeat_contacts: 0, events: 2, tokens: 1, keys: 1 });
    }
  });

  it('puts reports from one browser in one case, when they come in the same burst as others', async () => {
    const { db: target, batches } = watched();
    const browser = `same-browser-${counter}`;
    const reports = [...Array.from({ length: 8 }, () => report()), report({ browser }), report({ browser }), report({ browser })];
    const results = (await fileAll(target, reports)).map(created);

    expect(batches.length).toBeGreaterThan(0);
    const sameBrowser = results.slice(8);
    expect(new Set(sameBrowser.map((result) => result.reference)).size).toBe(1);
    expect(sameBrowser.filter((result) => result.linked)).toHaveLength(2);
    expect(new Set(sameBrowser.map((result) => result.token)).size).toBe(3);
    expect(await storedCase(sameBrowser[0]!.reference)).toMatchObject({ repeat_contacts: 2, tokens: 3 });
  });

  it('answers the same report sent twice under one key with one case, in a burst and after it', async () => {
    const { db: target } = watched();
    const again = report();
    const twice = `twice-${counter}`;
    const reports = [...Array.from({ length: 8 }, () => report()), again, again];
    const keys = [...reports.slice(0, 8).map((_, index) => `other-key-${counter}-${index}`), twice, twice];
    const results = (await fileAll(target, reports, keys)).map(created);
    expect(results[9]).toEqual(results[8]);

    const later = await fileAll(target, [...Array.from({ length: 6 }, () => report()), again], [...Array.from({ length: 6 }, () => undefined), twice]);
    expect(created(later[6]!)).toEqual(results[8]);
    expect(await storedCase(results[8]!.reference)).toMatchObject({ repeat_contacts: 0, keys: 1 });
  });

  it('refuses another report under a key already used, without touching its neighbours', async () => {
    const { db: target } = watched();
    const [first] = await fileAll(target, [report()], ['reused-key']);
    const results = await fileAll(target, [...Array.from({ length: 6 }, () => report()), report()], [undefined, undefined, undefined, undefined, undefined, undefined, 'reused-key']);
    expect(results[6]).toEqual({ kind: 'key_reused' });
    expect(results.slice(0, 6).every((result) => result.kind === 'created')).toBe(true);
    expect(created(first!).linked).toBe(false);
  });

  it("adds a report to the contact's open case when it comes in a burst", async () => {
    const { db: target } = watched();
    const email = `open-case-${counter}@example.nl`;
    const [first] = await fileAll(target, [report({ email })]);
    const results = (await fileAll(target, [...Array.from({ length: 6 }, () => report()), report({ email, browser: 'another-browser' })])).map(created);
    expect(results[6]).toMatchObject({ reference: created(first!).reference, linked: true });
    expect(await storedCase(results[6]!.reference)).toMatchObject({ repeat_contacts: 1, tokens: 2 });
  });

  it('files each report of a failed batch again on its own', async () => {
    const refused = Object.assign(new Error('duplicate key value violates unique constraint "cases_reference_key"'), { code: '23505' });
    const { db: target, batches } = watched([refused]);
    const reports = Array.from({ length: 10 }, () => report());
    const results = (await fileAll(target, reports)).map(created);
    expect(batches[0]).toBeGreaterThanOrEqual(2);
    expect(new Set(results.map((result) => result.reference)).size).toBe(10);
    for (const result of results) expect(await storedCase(result.reference)).toMatchObject({ events: 2, tokens: 1 });
  });

  it('fails every report of the batch, and files none of them alone, when the database cannot be reached', async () => {
    const gone = new DatabaseUnavailableError('PostgreSQL at db:5432 cannot be reached (Connection terminated).');
    const { db: target, batches } = watched([gone]);
    const reports = Array.from({ length: 10 }, () => report());
    const results = await Promise.allSettled(reports.map((each) => fileCase(target, site, each, { now: new Date() })));
    const failed = results.filter((result) => result.status === 'rejected');
    expect(failed.length).toBe(batches[0]);
    for (const failure of failed) expect((failure as PromiseRejectedResult).reason).toBe(gone);
    const { rows } = await db.query<{ count: number }>('SELECT count(*)::int AS count FROM cases WHERE description = ANY($1)', [reports.map((each) => each.description)]);
    expect(rows[0]!.count).toBe(10 - failed.length);
  });
});
