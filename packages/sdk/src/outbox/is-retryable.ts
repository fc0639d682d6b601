import { isHttpError } from '../errors/http-error';
import { isConnectionError } from '../errors/network-error';
import { isValidationError } from '../errors/validation-error';

// More than ky retries within one request (internal/create-api.ts): the outbox retries minutes later with the same idempotency key, by when a 425 or any 5xx may well have passed.
const RETRYABLE_STATUSES = new Set([408, 425, 429]);

/**
 * Tells whether a failed send may succeed later with the same request: the server could not be
 * reached (`NetworkError`), did not answer in time (`TimeoutError`), or answered 408, 425, 429 or
 * 5xx. Everything else (validation, unknown site, closed case) would fail the same way again.
 */
export function isRetryable(error: unknown): boolean {
  // The guards check names too, so errors from another realm or bundle count as well.
  if (isHttpError(error)) {
    // A validation error carries the server's status, which may be a 5xx; its fields stay wrong.
    return !isValidationError(error) && (RETRYABLE_STATUSES.has(error.status) || error.status >= 500);
  }
  return isConnectionError(error);
}
