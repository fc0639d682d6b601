import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './database';
import { migrate, splitStatements } from './migrate';
import { openTestDatabase } from '../test-support';

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(() => db.close());

describe('migrate', () => {
  it('has run every migration once and runs none a second time', async () => {
    const { rows } = await db.query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY name');
    expect(rows.map((row) => row.name)).toContain('001_cases.sql');
    expect(await migrate(db)).toEqual([]);
  });

  it('creates the tables the case service needs', async () => {
    const { rows } = await db.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY table_name`,
    );
    expect(rows.map((row) => row.table_name)).toEqual(
      expect.arrayContaining(['attempts', 'case_events', 'case_tokens', 'cases', 'forgotten_evidence', 'idempotency_keys', 'schema_migrations']),
    );
  });

  it('keeps case tokens only in case_tokens', async () => {
    const { rows } = await db.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'cases'`,
    );
    expect(rows.map((row) => row.column_name)).not.toContain('token_hash');
  });

  it('rolls back a transaction that fails', async () => {
    await expect(
      db.transaction(async (tx) => {
        await tx.query(`INSERT INTO schema_migrations (name) VALUES ('999_half.sql')`);
        throw new Error('stop halfway');
      }),
    ).rejects.toThrow('stop halfway');
    const { rows } = await db.query(`SELECT 1 FROM schema_migrations WHERE name = '999_half.sql'`);
    expect(rows).toEqual([]);
  });
});

describe('splitStatements', () => {
  it('splits at a semicolon that ends a line, but keeps a function body whole', () => {
    const sql = `-- A table and a function.
CREATE TABLE t (n INT);
CREATE FUNCTION f() RETURNS INT LANGUAGE plpgsql AS $$
BEGIN
  -- Inside the body, a comment and semicolons stay.
  RETURN (SELECT count(*) FROM t);
END
$$;
CREATE INDEX t_n ON t (n);
`;
    expect(splitStatements(sql)).toEqual([
      'CREATE TABLE t (n INT)',
      'CREATE FUNCTION f() RETURNS INT LANGUAGE plpgsql AS $$\nBEGIN\n  -- Inside the body, a comment and semicolons stay.\n  RETURN (SELECT count(*) FROM t);\nEND\n$$',
      'CREATE INDEX t_n ON t (n)',
    ]);
  });
});
