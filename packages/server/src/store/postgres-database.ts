import pg from 'pg';
import type { Database, QueryOptions } from './database';

/** A statement for `pg`: named (prepared on each connection) when the caller asks for it. */
function statement(sql: string, params: unknown[] | undefined, options: QueryOptions | undefined): pg.QueryConfig {
  return options?.prepareAs ? { name: options.prepareAs, text: sql, values: params } : { text: sql, values: params };
}

/** Connections each server instance keeps open to PostgreSQL at most (see docs/deploy.md). */
export const POSTGRES_POOL_SIZE = 10;

/** Opens a pool of connections to a PostgreSQL server, e.g. `postgres://loket@localhost/loket`. */
export async function openPostgresDatabase(connectionString: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString, max: POSTGRES_POOL_SIZE });
  // Fail at start, with the server's own words, rather than on the first request.
  const probe = await pool.connect();
  probe.release();
  return {
    kind: 'postgres',
    query: async (sql, params, options) => {
      const result = await pool.query(statement(sql, params, options));
      return { rows: result.rows };
    },
    async exec(sql) {
      await pool.query(sql);
    },
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work({
          query: async (sql, params, options) => ({ rows: (await client.query(statement(sql, params, options))).rows }),
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
