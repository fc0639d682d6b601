import { normalizeReference } from '@loket/sdk';
import { ROUTE_PATHS } from '../routes';

/** Paths of the support console's views. */
export const CONSOLE_PATHS = {
  inbox: ROUTE_PATHS.console,
  report: `${ROUTE_PATHS.console}/report`,
  casePrefix: `${ROUTE_PATHS.console}/cases/`,
} as const;

/** A view of the console: the inbox, one case, the report, or a path the console does not know. */
export type ConsoleView =
  | { name: 'inbox' }
  | { name: 'case'; reference: string }
  | { name: 'report' }
  | { name: 'notFound' };

/**
 * Finds which console view belongs to a path under `/console`.
 * @param path A path without a trailing slash, as given by `usePath()`.
 */
export function matchConsoleView(path: string): ConsoleView {
  if (path === CONSOLE_PATHS.inbox) return { name: 'inbox' };
  if (path === CONSOLE_PATHS.report) return { name: 'report' };
  if (path.startsWith(CONSOLE_PATHS.casePrefix)) {
    // A lower-case or padded reference typed into the address bar still finds the case.
    const reference = normalizeReference(safeDecode(path.slice(CONSOLE_PATHS.casePrefix.length)));
    if (reference !== undefined) return { name: 'case', reference };
  }
  return { name: 'notFound' };
}

/**
 * The path of one case in the console.
 * @example casePath('LK-4F7Q-92KD') // '/console/cases/LK-4F7Q-92KD'
 */
export function casePath(reference: string): string {
  return `${CONSOLE_PATHS.casePrefix}${encodeURIComponent(reference)}`;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
