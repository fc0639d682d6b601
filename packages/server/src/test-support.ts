import { fileURLToPath } from 'node:url';
import { createApp } from './app';
import { loadSites } from './sites/load-sites';
import type { Database } from './store/database';
import { openDatabase } from './store/open-database';

/** The demo site's configuration folder, used as realistic test data. */
export const DEMO_SITES_DIR = fileURLToPath(new URL('../../demo-site/sites/', import.meta.url));

/** Opens an in-memory PGlite with the schema and an app on top of it, for one test file. */
export async function createTestApp(): Promise<{ app: ReturnType<typeof createApp>; db: Database; errors: unknown[] }> {
  const db = await openDatabase({});
  const errors: unknown[] = [];
  const app = createApp({ db, sites: await loadSites(DEMO_SITES_DIR), logError: (error) => errors.push(error) });
  return { app, db, errors };
}
