import type { KyInstance } from 'ky';
import { createCustomerApi } from './internal/create-api';
import { createCasesResource } from './resources/cases';
import type { CasesResource } from './resources/cases';
import { createConfigResource } from './resources/config';
import type { ConfigResource } from './resources/config';
import { createSelfHelpResource } from './resources/self-help';
import type { SelfHelpResource } from './resources/self-help';

/** Options for {@link createClient}. */
export type ClientOptions = {
  /**
   * Address of the Loket server, e.g. `https://help.example.com`. The API lives under `/v1`.
   *
   * @example 'http://localhost:8787'
   */
  baseUrl: string | URL;
  /**
   * Key of the site, as configured on the server.
   *
   * @example 'demo'
   */
  site: string;
  /**
   * Milliseconds to wait for each attempt before giving up with a `TimeoutError`.
   *
   * @default 10000
   */
  timeout?: number;
  /**
   * How often a failed request is retried (network failures, 408, 429 and 5xx). Filing a case is
   * retried too: the idempotency key makes that safe. Pass `0` for a client behind an outbox
   * (`createOutbox`): it retries itself, so a customer who is offline hears at once that the report
   * will follow.
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

/**
 * The part of {@link LoketClient} for filing and following cases: the site's configuration and
 * its cases, without self-help. See {@link createCaseClient}.
 */
export type CaseClient = Omit<LoketClient, 'selfHelp'>;

/** A typed client for one site on a Loket server. */
export type LoketClient = {
  /** The site this client talks for. */
  readonly site: string;
  /** The site's public configuration. */
  readonly config: ConfigResource;
  /** Filing and reading cases. */
  readonly cases: CasesResource;
  /** The knowledge base, suggestions and self-help attempts. */
  readonly selfHelp: SelfHelpResource;
};

/**
 * Creates a typed client for one site on a Loket server.
 *
 * @param options - where the server is and which site to talk for.
 * @returns the client; it holds no connection, so create it once and keep it.
 * @example
 * import { createClient } from '@loket/sdk';
 * const client = createClient({ baseUrl: 'http://localhost:8787', site: 'demo' });
 * const { reference } = await client.cases.create({ topic: 'internet', description: 'No signal' });
 */
export function createClient(options: ClientOptions): LoketClient {
  const api = createCustomerApi(options);
  return { ...caseResources(api, options.site), selfHelp: createSelfHelpResource(api, options.site) };
}

/**
 * Creates a client for filing and following cases only: {@link createClient} without `selfHelp`.
 * A bundle that loads self-help later (as the widget does) leaves the knowledge base's schemas
 * out of its first download.
 *
 * @param options - where the server is and which site to talk for.
 * @returns the site's configuration and its cases.
 * @example
 * import { createCaseClient } from '@loket/sdk';
 * const client = createCaseClient({ baseUrl: 'http://localhost:8787', site: 'demo' });
 * const { topics } = await client.config.get();
 */
export function createCaseClient(options: ClientOptions): CaseClient {
  return caseResources(createCustomerApi(options), options.site);
}

function caseResources(api: KyInstance, site: string): CaseClient {
  return { site, config: createConfigResource(api, site), cases: createCasesResource(api, site) };
}
