import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { lockDataDir } from './data-dir-lock';
import type { Database } from './database';

/**
 * Opens the embedded PostgreSQL (PGlite). With a `dataDir` the data is kept on disk there;
 * without one it lives in memory and is gone when the process ends (tests). A folder is used by
 * one process at a time (see {@link lockDataDir}).
 *
 * @throws {DatabaseInUseError} when another running process has the folder open.
 */
export async function openPgliteDatabase(dataDir?: string): Promise<Database> {
  if (dataDir) await mkdir(dataDir, { recursive: true });
  const unlock = dataDir ? await lockDataDir(dataDir) : async () => {};
  let db: PGlite;
  try {
    db = await PGlite.create(dataDir);
  } catch (error) {
    await unlock();
    throw error;
  }
  return {
    kind: 'pglite',
    query: (sql, params) => db.query(sql, params),
    async exec(sql) {
      await db.exec(sql);
    },
    transaction: (work) => db.transaction((tx) => work({ query: (sql, params) => tx.query(sql, params) })),
    async close() {
      try {
        await db.close();
      } finally {
        await unlock();
      }
    },
  };
}
