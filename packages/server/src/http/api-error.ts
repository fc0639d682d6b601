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
