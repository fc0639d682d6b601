import { copyFile, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './database';
import { migrate } from './migrate';
import { openPgliteDatabase } from './pglite-database';

const MIGRATIONS = fileURLToPath(new URL('./migrations/', import.meta.url));
let db: Database;
let dir: string;

beforeAll(async () => {
  db = await openPgliteDatabase();
  dir = await mkdtemp(join(tmpdir(), 'loket-migrations-'));
});
afterAll(async () => {
  await db.close();
  await rm(dir, { recursive: true, force: true });
});

async function copyMigrations(upTo: string): Promise<void> {
  for (const name of (await readdir(MIGRATIONS)).filter((file) => file.endsWith('.sql') && file <= upTo)) {
    await copyFile(join(MIGRATIONS, name), join(dir, name));
  }
}

describe('migration 006 on a database with cases', () => {
  it('keeps the tokens of existing cases working and counts their failed attempts', async () => {
    await copyMigrations('005_forgotten_evidence.sql');
    await migrate(db, `${dir}/`);
    await db.query(
      `INSERT INTO cases (id, reference, site, token_hash, topic, description, locale, articles_tried)
       VALUES ('00000000-0000-4000-8000-000000000001', 'LK-2222-3333', 'demo', 'aa', 'internet', 'Oud', 'nl',
               '[{"article":"a","outcome":"not_solved"},{"article":"b","outcome":"solved"}]')`,
    );
    await copyMigrations('006_case_handling.sql');
    expect(await migrate(db, `${dir}/`)).toEqual(['006_case_handling.sql']);
    const { rows: tokens } = await db.query('SELECT case_id, token_hash FROM case_tokens');
    expect(tokens).toEqual([{ case_id: '00000000-0000-4000-8000-000000000001', token_hash: 'aa' }]);
    const { rows } = await db.query('SELECT priority, level, failed_attempts, repeat_contacts, escalations, respond_by FROM cases');
    expect(rows).toEqual([{ priority: 'normal', level: 1, failed_attempts: 1, repeat_contacts: 0, escalations: [], respond_by: null }]);
  });
});
