import { isHttpError } from '../errors/http-error';

const RETRYABLE_STATUSES = new Set([408, 425, 429]);

/**
 * Tells whether a failed send may succeed later with the same request: the server could not be
 * reached (`NetworkError`), did not answer in time (`TimeoutError`), or answered 408, 425, 429 or
 * 5xx. Everything else (validation, unknown site, closed case) would fail the same way again.
 */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  // By name, so errors from another realm or bundle count too (see isHttpError).
  if (error.name === 'LoketNetworkError' || error.name === 'LoketTimeoutError') return true;
  if (!isHttpError(error) || error.name === 'LoketValidationError') return false;
  return RETRYABLE_STATUSES.has(error.status) || error.status >= 500;
}
