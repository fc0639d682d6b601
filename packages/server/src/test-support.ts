import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { createApp } from './app';
import { loadSites } from './sites/load-sites';
import type { Site } from './sites/site-schema';
import type { Database } from './store/database';
import { openDatabase } from './store/open-database';

/** The demo site's configuration folder, used as realistic test data. */
export const DEMO_SITES_DIR = fileURLToPath(new URL('../../demo-site/sites/', import.meta.url));

/** An empty database of its own on the PostgreSQL server of `LOKET_TEST_DATABASE_URL`. */
export type TestPostgresDatabase = {
  /** Its connection string. */
  url: string;
  /** Drops it; close every connection to it first. */
  drop(): Promise<void>;
};

/**
 * Creates an empty database (no tables) on the PostgreSQL server that `LOKET_TEST_DATABASE_URL`
 * names, for one test file.
 */
export async function createTestPostgresDatabase(serverUrl: string): Promise<TestPostgresDatabase> {
  const name = `loket_test_${randomBytes(6).toString('hex')}`;
  const onServer = async (sql: string) => {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    try {
      await admin.query(sql);
    } finally {
      await admin.end();
    }
  };
  await onServer(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => onServer(`DROP DATABASE IF EXISTS ${name}`) };
}

/**
 * Opens a fresh, migrated database for one test file: an in-memory PGlite, or, when
 * `LOKET_TEST_DATABASE_URL` names a PostgreSQL server, a new database on it that `close()` drops.
 */
export async function openTestDatabase(): Promise<Database> {
  const serverUrl = process.env.LOKET_TEST_DATABASE_URL;
  if (!serverUrl) return openDatabase({});
  const database = await createTestPostgresDatabase(serverUrl);
  const db = await openDatabase({ databaseUrl: database.url });
  return {
    ...db,
    async close() {
      await db.close();
      await database.drop();
    },
  };
}

/** A fresh database with an app on top of it (the demo site, or the sites given), for one test file. */
export async function createTestApp(options: { now?: () => Date; sites?: ReadonlyMap<string, Site>; onCaseChanged?: () => void } = {}): Promise<{
  app: ReturnType<typeof createApp>;
  db: Database;
  errors: unknown[];
  sites: ReadonlyMap<string, Site>;
}> {
  const db = await openTestDatabase();
  const errors: unknown[] = [];
  const sites = options.sites ?? (await loadSites(DEMO_SITES_DIR));
  const app = createApp({
    db,
    sites,
    logError: (error) => errors.push(error),
    ...(options.now ? { now: options.now } : {}),
    ...(options.onCaseChanged ? { onCaseChanged: options.onCaseChanged } : {}),
  });
  return { app, db, errors, sites };
}

/** The demo site's secret key, for calling its admin API in tests. */
export const DEMO_SECRET_KEY = 'demo-secret-key-not-for-production';
