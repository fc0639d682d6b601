// For the privacy tests: finds text in every table of the database, including tables added after
// these tests were written, so a table that erasure forgets makes them fail.
import type { Queryable } from '../store/database';

/**
 * The tables of the database's schema (with how many rows) that hold `needle` anywhere in a row,
 * compared without regard to case, in any column and inside JSON.
 */
export async function tablesHolding(db: Queryable, needle: string): Promise<Record<string, number>> {
  const { rows: tables } = await db.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const found: Record<string, number> = {};
  for (const { table_name: table } of tables) {
    const { rows } = await db.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM "${table.replaceAll('"', '""')}" AS r WHERE strpos(lower(row_to_json(r)::text), lower($1)) > 0`,
      [needle],
    );
    if (rows[0]!.count > 0) found[table] = rows[0]!.count;
  }
  return found;
}

/** How many tables the database's schema has: a scan that saw none would prove nothing. */
export async function countTables(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ count: number }>(
    `SELECT count(*)::int AS count FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`,
  );
  return rows[0]!.count;
}
