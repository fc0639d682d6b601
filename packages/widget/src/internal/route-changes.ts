import { pageAddress } from '@loket/sdk';
import type { Environment } from '@loket/sdk';

/**
 * Calls `onChange` when a single-page app changes its route: back and forward (`popstate`), the
 * fragment (`hashchange`), and `history.pushState`/`replaceState` where the browser has the
 * Navigation API (`currententrychange`); without it a pushed route is noticed at the next step of
 * the report or when it is sent. History is never patched: the page's own router stays as it is.
 *
 * @returns a function that stops listening.
 */
export function watchRouteChanges(onChange: () => void): () => void {
  const navigation = (window as { navigation?: EventTarget }).navigation;
  addEventListener('popstate', onChange);
  addEventListener('hashchange', onChange);
  navigation?.addEventListener('currententrychange', onChange);
  return () => {
    removeEventListener('popstate', onChange);
    removeEventListener('hashchange', onChange);
    navigation?.removeEventListener('currententrychange', onChange);
  };
}

/**
 * The environment with the page's address as it is now (see `pageAddress`); the same object when
 * it did not change, so the window draws nothing again.
 */
export function withCurrentPage(environment: Environment): Environment {
  const page = pageAddress(location.href);
  return page && page !== environment.page ? { ...environment, page } : environment;
}
