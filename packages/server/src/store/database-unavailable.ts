/**
 * The database cannot be reached right now: the connection was refused, broke or timed out, or
 * the server is shutting down or starting up. The request may succeed when sent again once the
 * database is back; the API answers it with 503 `unavailable` and `Retry-After`.
 *
 * A write whose connection broke while it committed may or may not have been stored; the client
 * sends it again with the same Idempotency-Key, which stores it once either way.
 */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';

  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, options);
  }
}

/** Errors of Node's sockets and name lookups that mean the database server was not reached or went away. */
const CONNECTION_ERRNOS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ECONNABORTED', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EHOSTDOWN', 'ENOTFOUND', 'EAI_AGAIN']);

/**
 * PostgreSQL's SQLSTATEs of a server that cannot serve now but may soon: class 08 (connection
 * exception) by prefix, and admin_shutdown, crash_shutdown, cannot_connect_now (starting up or
 * in recovery) and too_many_connections.
 */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);

/** What node-postgres says, without a code, when a connection ends or cannot be made in time. */
const CONNECTION_MESSAGES = [
  /^Connection terminated/,
  /^timeout exceeded when trying to connect/,
  /is not queryable/,
];

/**
 * Tells whether an error from node-postgres means the database could not be reached or the
 * connection was lost, as opposed to a statement that failed (a constraint, a syntax error, wrong
 * credentials), which would fail the same way again.
 */
export function isConnectionFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  // Several addresses tried for one name (localhost: ::1 and 127.0.0.1), each refused.
  if (error instanceof AggregateError) return error.errors.length > 0 && error.errors.every(isConnectionFailure);
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (CONNECTION_ERRNOS.has(code) || UNAVAILABLE_SQLSTATES.has(code) || code.startsWith('08'))) return true;
  return CONNECTION_MESSAGES.some((pattern) => pattern.test(error.message));
}
