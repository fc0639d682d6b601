/** Stable error codes that the server and the SDK use. */
export const ERROR_CODES = {
  invalidJson: 'invalid_json',
  unsupportedMediaType: 'unsupported_media_type',
  validationFailed: 'validation_failed',
  bodyTooLarge: 'body_too_large',
  siteNotFound: 'site_not_found',
  caseNotFound: 'case_not_found',
  idempotencyKeyReused: 'idempotency_key_reused',
  invalidIdempotencyKey: 'invalid_idempotency_key',
  invalidLocale: 'invalid_locale',
  invalidResponse: 'invalid_response',
  notFound: 'not_found',
  unauthorized: 'unauthorized',
  originNotAllowed: 'origin_not_allowed',
  caseClosed: 'case_closed',
  internal: 'internal_error',
  unavailable: 'unavailable',
  rateLimited: 'rate_limited',
  network: 'network_error',
  timeout: 'timeout',
} as const;

/** One of the stable error codes; unknown codes from newer servers are kept as strings. */
export type ErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES] | (string & {});

/** Options for {@link LoketError}. */
export type LoketErrorOptions = {
  /** The underlying failure, kept for debugging. */
  cause?: unknown;
};

/**
 * Base class of every error the SDK throws. `code` is stable and safe to branch on;
 * `message` is English and meant for developers, not for customers.
 *
 * @example
 * try { await client.cases.create(input); }
 * catch (error) { if (isLoketError(error) && error.code === 'site_not_found') { … } }
 */
export class LoketError extends Error {
  override name = 'LoketError';
  /** Stable machine-readable code, e.g. `validation_failed`. */
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options: LoketErrorOptions = {}) {
    super(message, { cause: options.cause });
    this.code = code;
  }
}

/**
 * Tells whether a value is a {@link LoketError} (or a subclass). Checks the name too, so it works
 * across realms (iframes, duplicated bundles).
 */
export function isLoketError(value: unknown): value is LoketError {
  if (value instanceof LoketError) return true;
  return value instanceof Error && value.name.startsWith('Loket') && typeof (value as { code?: unknown }).code === 'string';
}
