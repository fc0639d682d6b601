import ky, { HTTPError } from 'ky';
import type { KyInstance } from 'ky';
import { readRetryAfter } from './retry-after';

/**
 * The longest `Retry-After` waited for within a request: a longer one (a rate limit's, up to a
 * minute) is not waited for with the customer looking at a spinner; the request fails at once
 * with the wait in `HttpError.retryAfter`, and the outbox sends it again when it is over.
 */
export const MAX_RETRY_AFTER_IN_REQUEST_MS = 5_000;

/** What {@link createApi} needs: the common part of the client options. */
export type ApiOptions = {
  baseUrl: string | URL;
  timeout?: number | undefined;
  retries?: number | undefined;
  fetch?: typeof fetch | undefined;
  /** Methods that are safe to repeat; a request without an idempotency key must not be among them. */
  retryMethods: ('get' | 'post')[];
  /** Headers sent with every request, e.g. the secret key. */
  headers?: Record<string, string>;
};

/** Creates the ky instance for `/v1` on a Loket server, with the SDK's timeout and retry defaults. */
export function createApi(options: ApiOptions): KyInstance {
  return ky.create({
    prefixUrl: new URL('v1/', withTrailingSlash(options.baseUrl)),
    timeout: options.timeout ?? 10_000,
    retry: {
      limit: options.retries ?? 2,
      methods: options.retryMethods,
      statusCodes: [408, 429, 500, 502, 503, 504],
      // ky waits for Retry-After, however long; undefined leaves the rest to ky.
      shouldRetry: ({ error }) =>
        error instanceof HTTPError && (readRetryAfter(error.response.headers.get('Retry-After')) ?? 0) > MAX_RETRY_AFTER_IN_REQUEST_MS ? false : undefined,
    },
    ...(options.headers ? { headers: options.headers } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
}

function withTrailingSlash(url: string | URL): string {
  const text = String(url);
  return text.endsWith('/') ? text : `${text}/`;
}

/**
 * The ky instance of the customer's side (`createClient`, `createCaseClient`,
 * `createSelfHelpClient`): every request there is safe to repeat, GETs by nature and POSTs through
 * their idempotency keys, so both are retried.
 */
export function createCustomerApi(options: Omit<ApiOptions, 'retryMethods' | 'headers'>): KyInstance {
  return createApi({ ...options, retryMethods: ['get', 'post'] });
}
