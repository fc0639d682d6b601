import { describe, expect, it } from 'vitest';
import { isConnectionFailure } from './database-unavailable';

/** An error as node-postgres or Node's sockets give it: a message and maybe a code. */
function failure(message: string, code?: string): Error {
  return Object.assign(new Error(message), code === undefined ? {} : { code });
}

describe('isConnectionFailure', () => {
  it('counts a server that refused, reset or never answered the connection', () => {
    expect(isConnectionFailure(failure('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'))).toBe(true);
    expect(isConnectionFailure(failure('read ECONNRESET', 'ECONNRESET'))).toBe(true);
    expect(isConnectionFailure(failure('getaddrinfo ENOTFOUND db.internal', 'ENOTFOUND'))).toBe(true);
    expect(isConnectionFailure(failure('Connection terminated unexpectedly'))).toBe(true);
    expect(isConnectionFailure(failure('timeout exceeded when trying to connect'))).toBe(true);
    expect(isConnectionFailure(failure('Client has encountered a connection error and is not queryable'))).toBe(true);
  });

  it('counts localhost refused on each of its addresses', () => {
    const refused = new AggregateError([failure('connect ECONNREFUSED ::1:5432', 'ECONNREFUSED'), failure('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')]);
    expect(isConnectionFailure(refused)).toBe(true);
  });

  it('counts a PostgreSQL that is shutting down, starting up, full or lost the connection', () => {
    for (const code of ['57P01', '57P02', '57P03', '53300', '08006', '08001']) expect(isConnectionFailure(failure('the database system is shutting down', code)), code).toBe(true);
  });

  it('does not count a statement that failed, or wrong credentials, which would fail the same way again', () => {
    expect(isConnectionFailure(failure('duplicate key value violates unique constraint "cases_pkey"', '23505'))).toBe(false);
    expect(isConnectionFailure(failure('syntax error at or near "SELEC"', '42601'))).toBe(false);
    expect(isConnectionFailure(failure('password authentication failed for user "loket"', '28P01'))).toBe(false);
    expect(isConnectionFailure(failure('database "loket" does not exist', '3D000'))).toBe(false);
    expect(isConnectionFailure(new AggregateError([failure('x', 'ECONNREFUSED'), failure('y', '28P01')]))).toBe(false);
    expect(isConnectionFailure('ECONNREFUSED')).toBe(false);
  });
});
