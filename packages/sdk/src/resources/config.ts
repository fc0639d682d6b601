import type { KyInstance } from 'ky';
import { send } from '../internal/send';
import { SiteConfigSchema } from '../schemas/site-config';
import type { SiteConfig } from '../schemas/site-config';

/** Reads the site's public configuration. */
export type ConfigResource = {
  /**
   * Fetches the topics and texts the widget needs.
   *
   * @throws {HttpError} with code `site_not_found` when the server does not know the site.
   * @example
   * const { topics } = await client.config.get();
   */
  get(): Promise<SiteConfig>;
};

export function createConfigResource(api: KyInstance, site: string): ConfigResource {
  return {
    get: () => send(SiteConfigSchema, () => api.get(`sites/${encodeURIComponent(site)}/config`)),
  };
}
