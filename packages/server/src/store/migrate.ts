import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Database } from './database';

/** Folder of the SQL migrations; the build copies it next to the bundled server. */
const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

// Any fixed number: it names the lock that keeps two starting instances from migrating at once.
const MIGRATION_LOCK = 4_151_801;

/**
 * Brings the database schema up to date by running, in name order, each `.sql` file of the
 * migrations folder that has not run yet. The same files serve PGlite and PostgreSQL.
 *
 * @returns the names of the migrations that ran now.
 */
export async function migrate(db: Database, migrationsDir = MIGRATIONS_DIR): Promise<string[]> {
  const files = (await readdir(migrationsDir)).filter((name) => name.endsWith('.sql')).sort();
  return db.transaction(async (tx) => {
    // Lock first: two instances starting on a fresh PostgreSQL must not both create the table.
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      name TEXT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`);
    const applied = new Set(
      (await tx.query<{ name: string }>('SELECT name FROM schema_migrations')).rows.map((row) => row.name),
    );
    const ran: string[] = [];
    for (const name of files.filter((file) => !applied.has(file))) {
      const sql = await readFile(`${migrationsDir}${name}`, 'utf8');
      for (const statement of splitStatements(sql)) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (name) VALUES ($1)', [name]);
      ran.push(name);
    }
    return ran;
  });
}

/** Splits a migration into statements, so each runs inside the one transaction. */
function splitStatements(sql: string): string[] {
  return sql
    .replace(/^\s*--.*$/gm, '')
    .split(/;\s*$/m)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}
