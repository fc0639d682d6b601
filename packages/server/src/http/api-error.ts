import { ERROR_CODES } from '@loket/sdk';
import type { FieldError } from '@loket/sdk';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * An error the API answers with its own status and JSON body
 * `{ "error": { "code", "message", "fields"? } }`. Messages say what to do next.
 */
export class ApiError extends Error {
  override name = 'ApiError';

  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly fields?: FieldError[],
  ) {
    super(message);
  }

  /** The JSON body of this error. */
  toBody() {
    return { error: { code: this.code, message: this.message, ...(this.fields ? { fields: this.fields } : {}) } };
  }
}

/** The site named in the path is not configured. */
export function siteNotFound(site: string): ApiError {
  return new ApiError(404, ERROR_CODES.siteNotFound, `Site '${site}' is not configured on this server. Check the data-site attribute of the script tag.`);
}

/** Seconds a client is asked to wait (`Retry-After`) before sending a request again that met a database outage. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

/** The database cannot be reached; the same request may succeed in a few seconds. */
export function databaseUnavailable(): ApiError {
  return new ApiError(
    503,
    ERROR_CODES.unavailable,
    'The case service cannot reach its database right now. Send the same request again in a few seconds (see Retry-After), ' +
      'with the same Idempotency-Key: it will not be stored twice.',
  );
}
