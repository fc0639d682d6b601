import type { ClientOptions } from './client';
import { createCustomerApi } from './internal/create-api';
import { createSelfHelpResource } from './resources/self-help';
import type { SelfHelpResource } from './resources/self-help';

// A module of its own, apart from client.ts: a bundle that imports only createCaseClient then
// leaves the knowledge base's schemas out, even when it splits into chunks.

/**
 * Creates the `selfHelp` part of {@link createClient} on its own: the knowledge base,
 * suggestions and self-help attempts, for a bundle that loads self-help apart from filing cases.
 *
 * @param options - where the server is and which site to talk for.
 * @returns the self-help resource of the site.
 * @example
 * import { createSelfHelpClient } from '@loket/sdk';
 * const selfHelp = createSelfHelpClient({ baseUrl: 'http://localhost:8787', site: 'demo' });
 * const { articles } = await selfHelp.articles('en');
 */
export function createSelfHelpClient(options: ClientOptions): SelfHelpResource {
  return createSelfHelpResource(createCustomerApi(options), options.site);
}
