import type { Database, Queryable } from '../store/database';

/**
 * A {@link Database} that runs everything in one open transaction, so the store functions, which
 * start transactions of their own, all write into it: the demo data is stored completely or not
 * at all, and much faster than in a thousand commits. Their transactions simply join the open
 * one; an error anywhere rolls the whole seed back, which is what the seed wants.
 */
export function databaseInTransaction(tx: Queryable, kind: Database['kind']): Database {
  const query: Queryable['query'] = (sql, params) => tx.query(sql, params);
  return {
    kind,
    query,
    async exec() {
      throw new Error('Scripts (migrations) cannot run inside the demo seed transaction; open the database with openDatabase first.');
    },
    transaction: (work) => work({ query }),
    async close() {
      // The caller owns the transaction and the database.
    },
  };
}
