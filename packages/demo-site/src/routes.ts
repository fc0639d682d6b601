/** Paths of the site's pages. */
export const ROUTE_PATHS = {
  home: '/',
  support: '/support',
  /** Ask us: the help widget inline, in the page (`?topic=internet` starts on a topic). */
  help: '/help',
  /** The support console for staff; it has paths of its own under this one (see `console/console-routes.ts`). */
  console: '/console',
} as const;

/** A page of the site; `notFound` stands for every path the site does not know. */
export type RouteName = keyof typeof ROUTE_PATHS | 'notFound';

/**
 * Finds which page belongs to a path.
 * @param path A path without a trailing slash, as given by `usePath()`.
 * @returns The page's name, or `notFound`.
 */
export function matchRoute(path: string): RouteName {
  if (path === ROUTE_PATHS.home) return 'home';
  if (path === ROUTE_PATHS.support) return 'support';
  if (path === ROUTE_PATHS.help) return 'help';
  if (path === ROUTE_PATHS.console || path.startsWith(`${ROUTE_PATHS.console}/`)) return 'console';
  return 'notFound';
}
