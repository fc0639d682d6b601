import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from '../store/database';
import { DatabaseInUseError } from '../store/data-dir-lock';
import { openDatabase } from '../store/open-database';
import type { DatabaseOptions } from '../store/open-database';
import { UsageError } from './usage-error';

/**
 * Opens the database the server uses, for a command that works on what it stored; never a new,
 * empty one in a folder named by mistake.
 *
 * @throws {UsageError} saying what to do when there is no database there or it cannot be opened.
 */
export async function openCommandDatabase(options: DatabaseOptions): Promise<Database> {
  if (!options.databaseUrl && options.dataDir && !existsSync(join(options.dataDir, 'pgdata'))) {
    throw new UsageError(`There is no Loket database in ${options.dataDir}. Name the folder the server uses with --data-dir (LOKET_DATA_DIR), or its PostgreSQL with --database-url.`);
  }
  try {
    return await openDatabase(options);
  } catch (error) {
    if (error instanceof DatabaseInUseError) throw new UsageError(error.message);
    const reason = (error as Error).message;
    if (options.databaseUrl) throw new UsageError(`Could not open the PostgreSQL database (${reason}). Check --database-url (LOKET_DATABASE_URL) and that the database server runs.`);
    throw new UsageError(
      `Could not open the embedded database in ${options.dataDir} (${reason}). Check the folder, or use the server's PostgreSQL with --database-url.`,
    );
  }
}
