import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import type { Database, QueryOptions, Queryable } from './database';
import { DatabaseUnavailableError, isConnectionFailure } from './database-unavailable';

/** A statement for `pg`: named (prepared on each connection) when the caller asks for it. */
function statement(sql: string, params: unknown[] | undefined, options: QueryOptions | undefined): pg.QueryConfig {
  return options?.prepareAs ? { name: options.prepareAs, text: sql, values: params } : { text: sql, values: params };
}

/** Connections each server instance keeps open to PostgreSQL at most (see docs/deploy.md). */
export const POSTGRES_POOL_SIZE = 10;

/** How long {@link openPostgresDatabase} keeps trying to reach PostgreSQL before it gives up, unless told otherwise. */
export const POSTGRES_START_WAIT_MS = 30_000;

/** How long one new connection may take; a request that cannot get one in time is answered with 503. */
const CONNECT_TIMEOUT_MS = 5_000;
const START_RETRY_MS = 1_000;
/**
 * Idle time after which TCP keepalive probes a connection, so that one whose peer vanished without
 * a word (a network cut, not a refused or reset connection) is found and dropped.
 */
const KEEPALIVE_DELAY_MS = 10_000;

/** Options of {@link openPostgresDatabase}. */
export type PostgresOptions = {
  /**
   * How long to keep trying at start while PostgreSQL cannot be reached (refused, timed out,
   * starting up), e.g. when the database and Loket start together. Wrong credentials or a missing
   * database fail at once.
   *
   * @default POSTGRES_START_WAIT_MS (30 s)
   */
  startWaitMs?: number;
  /** Where it tells that PostgreSQL cannot be reached, and that it is back. @default console.error with a `[loket]` prefix */
  log?: (message: string) => void;
};

/** Where the server is, for messages: host and port, never the password. */
function describeServer(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    return `PostgreSQL at ${url.hostname || 'localhost'}:${url.port || '5432'}`;
  } catch {
    return 'PostgreSQL';
  }
}

/**
 * Opens a pool of connections to a PostgreSQL server, e.g. `postgres://loket@localhost/loket`,
 * waiting up to `startWaitMs` for the server to be reachable.
 *
 * When PostgreSQL goes away later, every query fails with {@link DatabaseUnavailableError}
 * (the API answers 503) until it is back; the pool then makes new connections by itself, so no
 * restart is needed. The first failure and the return are logged once each.
 *
 * @throws {DatabaseUnavailableError} when PostgreSQL could not be reached within `startWaitMs`.
 * @throws the driver's error for anything else, such as wrong credentials or a missing database.
 */
export async function openPostgresDatabase(connectionString: string, options: PostgresOptions = {}): Promise<Database> {
  const { startWaitMs = POSTGRES_START_WAIT_MS, log = (message: string) => console.error(`[loket] ${message}`) } = options;
  const server = describeServer(connectionString);
  const pool = new pg.Pool({ connectionString, max: POSTGRES_POOL_SIZE, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, keepAlive: true, keepAliveInitialDelayMillis: KEEPALIVE_DELAY_MS });
  let reachable = true;

  /** Turns a lost or refused connection into a DatabaseUnavailableError, and notes the outage once. */
  function unavailable(error: unknown): unknown {
    if (error instanceof DatabaseUnavailableError || !isConnectionFailure(error)) return error;
    if (reachable) {
      reachable = false;
      log(`${server} cannot be reached (${(error as Error).message}). The API answers 503 until it is back; nothing needs restarting.`);
    }
    return new DatabaseUnavailableError(`${server} cannot be reached (${(error as Error).message}).`, { cause: error });
  }

  async function guarded<T>(run: () => Promise<T>): Promise<T> {
    let result: T;
    try {
      result = await run();
    } catch (error) {
      throw unavailable(error);
    }
    if (!reachable) {
      reachable = true;
      log(`${server} is reachable again.`);
    }
    return result;
  }

  // A connection that breaks while idle in the pool is reported here; without a listener Node
  // would end the process. The pool drops it and opens a new one when needed.
  pool.on('error', (error) => void unavailable(error));

  // Fail at start, with the server's own words, rather than on the first request.
  for (const startedAt = Date.now(); ; ) {
    try {
      (await pool.connect()).release();
      break;
    } catch (error) {
      if (!isConnectionFailure(error)) {
        await pool.end();
        throw error;
      }
      const waited = Date.now() - startedAt;
      if (waited + START_RETRY_MS > startWaitMs) {
        await pool.end();
        throw new DatabaseUnavailableError(
          `${server} could not be reached within ${Math.round(startWaitMs / 1000)} s (${(error as Error).message}). ` +
            'Check LOKET_DATABASE_URL and that the database server runs and accepts connections from here.',
          { cause: error },
        );
      }
      if (reachable) log(`${server} cannot be reached yet (${(error as Error).message}); trying again for up to ${Math.round(startWaitMs / 1000)} s.`);
      reachable = false;
      await sleep(START_RETRY_MS);
    }
  }
  reachable = true;

  return {
    kind: 'postgres',
    query: (sql, params, queryOptions) => guarded(async () => ({ rows: (await pool.query(statement(sql, params, queryOptions))).rows })),
    exec: (sql) => guarded(async () => void (await pool.query(sql))),
    transaction: (work) =>
      guarded(async () => {
        const client = await pool.connect();
        // A connection that breaks between two statements is reported on the client; the next
        // statement then fails as not queryable.
        const onLost = (error: Error) => void unavailable(error);
        client.on('error', onLost);
        let broken: Error | undefined;
        try {
          await client.query('BEGIN');
          const tx: Queryable = {
            query: async (sql, params, queryOptions) => {
              try {
                return { rows: (await client.query(statement(sql, params, queryOptions))).rows };
              } catch (error) {
                throw unavailable(error);
              }
            },
          };
          const result = await work(tx);
          await client.query('COMMIT');
          return result;
        } catch (error) {
          await client.query('ROLLBACK').catch((rollbackError: Error) => (broken = rollbackError));
          throw error;
        } finally {
          client.off('error', onLost);
          // A connection that could not roll back is not given back to the pool.
          client.release(broken);
        }
      }),
    close: () => pool.end(),
  };
}
