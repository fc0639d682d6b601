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

// A dollar-quoted body, such as a function's (`$$ … $$`, `$body$ … $body$`): kept whole.
const DOLLAR_QUOTED = /\$(\w*)\$[\s\S]*?\$\1\$/g;

/**
 * Splits a migration into statements, so each runs inside the one transaction: a statement ends
 * with `;` at the end of a line, except inside a dollar-quoted body.
 */
export function splitStatements(sql: string): string[] {
  const statements: string[] = [];
  let current = '';
  const addOutsideQuotes = (text: string) => {
    const [first = '', ...rest] = text.replace(/^\s*--.*$/gm, '').split(/;\s*$/m);
    current += first;
    for (const next of rest) {
      statements.push(current);
      current = next;
    }
  };
  let end = 0;
  for (const quoted of sql.matchAll(DOLLAR_QUOTED)) {
    addOutsideQuotes(sql.slice(end, quoted.index));
    current += quoted[0];
    end = quoted.index + quoted[0].length;
  }
  addOutsideQuotes(sql.slice(end));
  statements.push(current);
  return statements.map((statement) => statement.trim()).filter((statement) => statement.length > 0);
}
