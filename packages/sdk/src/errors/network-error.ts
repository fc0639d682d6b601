import { ERROR_CODES, LoketError, isLoketError } from './loket-error';

/** The server could not be reached (offline, DNS, refused connection, CORS). */
export class NetworkError extends LoketError {
  override name = 'LoketNetworkError';

  constructor(message = 'The Loket server could not be reached. Check the connection and the server address, then try again.', options: { cause?: unknown } = {}) {
    super(ERROR_CODES.network, message, options);
  }
}

/** The server did not answer in time. */
export class TimeoutError extends LoketError {
  override name = 'LoketTimeoutError';

  constructor(message = 'The Loket server did not answer in time. Try again in a moment.', options: { cause?: unknown } = {}) {
    super(ERROR_CODES.timeout, message, options);
  }
}

/**
 * Tells whether an error means the server could not be reached or did not answer in time: a
 * {@link LoketError} whose code is `network_error` or `timeout`, as on {@link NetworkError} and
 * {@link TimeoutError}. Checks the name and code too, so it works across realms (iframes,
 * duplicated bundles), like {@link isLoketError}.
 *
 * @param error - anything caught.
 * @returns `true` for a `network_error` or `timeout` code; `false` otherwise, also for non-errors.
 * @example
 * catch (error) { if (isConnectionError(error)) showNotice('No connection. Try again in a moment.'); }
 */
export function isConnectionError(error: unknown): boolean {
  return isLoketError(error) && (error.code === ERROR_CODES.network || error.code === ERROR_CODES.timeout);
}
