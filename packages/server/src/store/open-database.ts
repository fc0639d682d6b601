import { join } from 'node:path';
import type { Database } from './database';
import { migrate } from './migrate';
import { openPgliteDatabase } from './pglite-database';
import { openPostgresDatabase } from './postgres-database';

/** Where the case service keeps its data. */
export type DatabaseOptions = {
  /** A PostgreSQL connection string; when set, PostgreSQL is used instead of PGlite. */
  databaseUrl?: string;
  /** Folder for the embedded database; `undefined` keeps it in memory. */
  dataDir?: string;
  /**
   * How long to wait at start for a PostgreSQL server that cannot be reached yet.
   * @default POSTGRES_START_WAIT_MS (30 s)
   */
  startWaitMs?: number;
};

/**
 * Opens the configured database and runs the migrations that have not run yet. A PostgreSQL server
 * that cannot be reached is waited for up to `startWaitMs`.
 *
 * @throws {DatabaseUnavailableError} when PostgreSQL could not be reached in that time.
 * @throws {DatabaseInUseError} when another running process has the embedded database open.
 * @example
 * const db = await openDatabase({ dataDir: '.loket' });
 */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const db = options.databaseUrl
    ? await openPostgresDatabase(options.databaseUrl, options.startWaitMs === undefined ? {} : { startWaitMs: options.startWaitMs })
    : await openPgliteDatabase(options.dataDir ? join(options.dataDir, 'pgdata') : undefined);
  try {
    await migrate(db);
  } catch (error) {
    await db.close().catch(() => {});
    throw error;
  }
  return db;
}
