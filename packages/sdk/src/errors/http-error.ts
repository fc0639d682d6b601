import { LoketError } from './loket-error';
import type { ErrorCode } from './loket-error';

/**
 * The server answered with an error status. `status` is the HTTP status, `code` the server's
 * stable error code.
 */
export class HttpError extends LoketError {
  override name = 'LoketHttpError';
  /** HTTP status of the response, e.g. `404`. */
  readonly status: number;
  /**
   * Milliseconds the server asked to wait before sending the request again (its `Retry-After`,
   * sent with 429 `rate_limited` and 503 `unavailable`); `undefined` when it did not say.
   */
  readonly retryAfter: number | undefined;

  constructor(status: number, code: ErrorCode, message: string, options: { cause?: unknown; retryAfter?: number | undefined } = {}) {
    super(code, message, options);
    this.status = status;
    this.retryAfter = options.retryAfter;
  }
}

/** Tells whether a value is an {@link HttpError}, across realms too. */
export function isHttpError(value: unknown): value is HttpError {
  return value instanceof HttpError || (value instanceof Error && value.name === 'LoketHttpError');
}
