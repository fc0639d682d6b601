import { serve } from '@hono/node-server';
import type { ServerType } from '@hono/node-server';
import { createApp } from './app';
import { createRateLimiter } from './http/rate-limiter';
import { startDeliveryWorker } from './notify/index';
import { startRetentionSweeper } from './privacy/retention-sweeper';
import { startOverdueSweeper } from './rules/overdue-sweeper';
import type { PublicFiles } from './static/serve-public-files';
import { loadSites } from './sites/load-sites';
import { openDatabase } from './store/open-database';
import type { Database } from './store/database';

/** How to start the case service. */
export type StartServerOptions = {
  /** TCP port; `0` picks a free one. @default 8787 */
  port?: number;
  /** Address to listen on. @default '127.0.0.1' (this machine only) */
  host?: string;
  /** Folder with one folder per site (`sites/demo/site.yaml`). */
  sitesDir: string;
  /** Folder of the embedded database; ignored when `databaseUrl` is set. In memory when absent. */
  dataDir?: string;
  /** PostgreSQL connection string; when set, PostgreSQL is used instead of PGlite. */
  databaseUrl?: string;
  /** Files to serve beside the API. */
  publicFiles?: PublicFiles;
  /**
   * Proxies (load balancers) in front of the server that append the client's address to
   * `X-Forwarded-For`, so rate limits count the client rather than the proxy; 0 when clients
   * connect directly. @default 0
   */
  trustedProxies?: number;
  /** Time between two rounds of sharing rate-limit counts with the other instances. @default 1000 */
  rateLimitSyncMs?: number;
};

/** A running case service. */
export type RunningServer = {
  /** Where it listens, e.g. `http://localhost:8787`. */
  url: string;
  port: number;
  db: Database;
  /** Stops taking requests, finishes the ones under way and closes the database. */
  close(): Promise<void>;
};

/**
 * Loads the sites, opens and migrates the database, starts the background work (escalating
 * overdue cases, sending e-mails and webhooks, erasing cases past the sites' retention periods,
 * sharing rate-limit counts with the other instances) and starts listening.
 *
 * @throws {SiteConfigError} when a site's configuration is wrong; nothing is started then.
 * @example
 * const server = await startServer({ sitesDir: 'sites', dataDir: '.loket', port: 8787 });
 */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const sites = await loadSites(options.sitesDir);
  const db = await openDatabase({ databaseUrl: options.databaseUrl, dataDir: options.dataDir });
  const deliveries = startDeliveryWorker({ db, sites });
  const rateLimiter = createRateLimiter({ db, ...(options.rateLimitSyncMs ? { syncIntervalMs: options.rateLimitSyncMs } : {}) });
  const app = createApp({
    db, sites, publicFiles: options.publicFiles, onCaseChanged: () => deliveries.kick(), rateLimiter, trustedProxies: options.trustedProxies ?? 0,
  });
  const host = options.host ?? '127.0.0.1';
  let server: ServerType;
  const port = await new Promise<number>((resolve, reject) => {
    server = serve({ fetch: app.fetch, port: options.port ?? 8787, hostname: host }, (info) => resolve(info.port));
    server.once('error', reject);
  }).catch(async (error: unknown) => {
    await rateLimiter.stop();
    await deliveries.stop();
    await db.close();
    throw error;
  });
  // Background work; each part stops before the database closes.
  const workers = [startOverdueSweeper({ db, sites }), deliveries, startRetentionSweeper({ db, sites }), rateLimiter];
  return {
    url: `http://${host === '127.0.0.1' ? 'localhost' : host}:${port}`,
    port,
    db,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Idle keep-alive connections would hold close() open; end them.
        (server as { closeIdleConnections?: () => void }).closeIdleConnections?.();
      });
      await Promise.all(workers.map((worker) => worker.stop()));
      await db.close();
    },
  };
}
