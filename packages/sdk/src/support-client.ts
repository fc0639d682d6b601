import { createApi } from './internal/create-api';
import { createSupportCasesResource } from './resources/support-cases';
import type { SupportCasesResource } from './resources/support-cases';
import { createSupportInsightsResource } from './resources/support-insights';
import type { SupportInsightsResource } from './resources/support-insights';
import { createSupportPrivacyResource } from './resources/support-privacy';
import type { SupportPrivacyResource } from './resources/support-privacy';

/** Options for {@link createSupportClient}. */
export type SupportClientOptions = {
  /**
   * Address of the Loket server. The admin API lives under `/v1/admin`.
   *
   * @example 'http://localhost:8787'
   */
  baseUrl: string | URL;
  /**
   * Key of the site whose cases to handle.
   *
   * @example 'demo'
   */
  site: string;
  /**
   * A secret key of the site (`secretKeys` in its `site.yaml`). It grants access to every case
   * of the site: use this client on a server or in an agent tool, never in a customer's browser.
   *
   * @example process.env.LOKET_SECRET_KEY
   */
  secretKey: string;
  /**
   * Milliseconds to wait for each attempt before giving up with a `TimeoutError`.
   *
   * @default 10000
   */
  timeout?: number;
  /**
   * How often a failed read or reply is retried (network failures, 408, 429 and 5xx). A reply
   * carries an idempotency key, so the server posts it once however often it is sent. A status
   * change is never retried: retry it yourself after reading the case.
   *
   * @default 2
   */
  retries?: number;
  /**
   * The `fetch` to use, e.g. one with a proxy.
   *
   * @default globalThis.fetch
   */
  fetch?: typeof fetch;
};

/** A typed client for the support team of one site: the admin API. */
export type SupportClient = {
  /** The site this client handles cases for. */
  readonly site: string;
  /** Listing, reading, and handling cases. */
  readonly cases: SupportCasesResource;
  /** The documentation fix report. */
  readonly insights: SupportInsightsResource;
  /** Customers' requests about their data: export and erasure. */
  readonly privacy: SupportPrivacyResource;
};

/**
 * Creates a client for the support team of one site, authorised with a secret key of the site.
 *
 * @param options - where the server is, which site, and its secret key.
 * @returns the client; it holds no connection, so create it once and keep it.
 * @example
 * import { createSupportClient } from '@loket/sdk';
 * const support = createSupportClient({ baseUrl: 'http://localhost:8787', site: 'demo', secretKey: process.env.LOKET_SECRET_KEY! });
 * const { cases } = await support.cases.list({ status: 'new' });
 * await support.cases.reply(cases[0]!.reference, { text: 'Is the modem light red?', question: true });
 */
export function createSupportClient(options: SupportClientOptions): SupportClient {
  if (!options.secretKey) {
    throw new TypeError('createSupportClient needs the secretKey of the site: one of secretKeys in its site.yaml.');
  }
  const api = createApi({ ...options, retryMethods: ['get'], headers: { Authorization: `Bearer ${options.secretKey}` } });
  return {
    site: options.site,
    cases: createSupportCasesResource(api, options.site),
    insights: createSupportInsightsResource(api, options.site),
    privacy: createSupportPrivacyResource(api, options.site),
  };
}
