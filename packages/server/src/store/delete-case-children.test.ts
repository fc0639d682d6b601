import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadSites } from '../sites/load-sites';
import type { Site } from '../sites/site-schema';
import { DEMO_SITES_DIR, openTestDatabase } from '../test-support';
import type { Database } from './database';
import { fileCase } from './file-case';

// Migration 013 dropped the foreign keys from a case's token, events and idempotency key to the
// case (filing checked them four times per case); a trigger still deletes them with the case.
let db: Database;
let site: Site;

beforeAll(async () => {
  db = await openTestDatabase();
  site = (await loadSites(DEMO_SITES_DIR)).get('demo')!;
});
afterAll(() => db.close());

async function file(browser: string) {
  const result = await fileCase(db, site, {
    topic: 'other', answers: { subject: 'Contract' }, description: 'Wanneer loopt mijn contract af?', environment: {},
    articlesTried: [{ article: 'restart-modem', outcome: 'not_solved' }], locale: 'nl', contact: { browser },
  }, { idempotencyKey: `key-${browser}`, now: new Date() });
  if (result.kind !== 'created') throw new Error(`Expected a new case, got ${result.kind}.`);
  const { rows } = await db.query<{ id: string }>('SELECT id FROM cases WHERE reference = $1', [result.created.reference]);
  return rows[0]!.id;
}

async function rowsOf(caseId: string) {
  const count = async (table: string) =>
    (await db.query<{ count: number }>(`SELECT count(*)::int AS count FROM ${table} WHERE case_id = $1`, [caseId])).rows[0]!.count;
  return { events: await count('case_events'), tokens: await count('case_tokens'), keys: await count('idempotency_keys') };
}

it('deletes the token, events and idempotency key of a deleted case, and only those', async () => {
  const gone = await file('browser-deleted-case');
  const kept = await file('browser-kept-case');
  expect(await rowsOf(gone)).toEqual({ events: 2, tokens: 1, keys: 1 });

  await db.query('DELETE FROM cases WHERE id = $1', [gone]);

  expect(await rowsOf(gone)).toEqual({ events: 0, tokens: 0, keys: 0 });
  expect(await rowsOf(kept)).toEqual({ events: 2, tokens: 1, keys: 1 });
});
