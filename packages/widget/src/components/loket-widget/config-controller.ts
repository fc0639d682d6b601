import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ERROR_CODES, isLoketError } from '@loket/sdk';
import type { CaseClient, SiteConfig } from '@loket/sdk';

/**
 * The site's configuration (topics, flows, texts): loaded when the window first opens, once, and
 * again on "try again" after a failure. A misconfigured site key is the one thing worth a
 * `[loket]` warning in the host page's console: the company can fix it.
 */
export class ConfigController implements ReactiveController {
  /** The configuration, once loaded. */
  config: SiteConfig | undefined;
  /** Why loading failed, until it succeeds. */
  error: unknown;
  #request: Promise<void> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly client: () => CaseClient,
    private readonly where: () => { site: string; api: string },
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Loads the configuration unless it is loaded or loading; `onLoaded` runs once it is. */
  load(onLoaded: (config: SiteConfig) => void): Promise<void> {
    if (this.config) return Promise.resolve();
    this.#request ??= Promise.resolve()
      .then(() => this.client().config.get())
      .then((config) => {
        this.config = config;
        this.error = undefined;
        onLoaded(config);
      })
      .catch((error: unknown) => {
        this.error = error;
        if (isLoketError(error) && error.code === ERROR_CODES.siteNotFound) {
          const { site, api } = this.where();
          console.warn(`[loket] Site '${site}' is not configured on ${api}. Check the data-site attribute of the script tag.`);
        }
      })
      .finally(() => {
        this.#request = undefined;
        this.host.requestUpdate();
      });
    return this.#request;
  }
}
