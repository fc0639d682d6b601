import { ERROR_CODES, isHttpError, isLoketError, isValidationError } from '@loket/sdk';
import type { ConsoleTexts } from './console-texts';

/**
 * What went wrong with a request, as far as it changes what the reader should do: sign in again,
 * check the connection, wait, look for another case, fix what was filled in, reload the console
 * (an answer it does not understand), or retry.
 */
export type ErrorKind = 'unauthorized' | 'network' | 'timeout' | 'notFound' | 'refused' | 'invalidResponse' | 'other';

/**
 * Sorts a failure of any SDK call into an {@link ErrorKind}. The console's texts and the report's
 * own messages both start from this, so the two never disagree about what happened.
 * @param error Anything a request threw.
 */
export function errorKind(error: unknown): ErrorKind {
  if (isHttpError(error) && error.status === 401) return 'unauthorized';
  if (!isLoketError(error)) return 'other';
  switch (error.code) {
    case ERROR_CODES.unauthorized:
      return 'unauthorized';
    case ERROR_CODES.network:
      return 'network';
    case ERROR_CODES.timeout:
      return 'timeout';
    case ERROR_CODES.caseNotFound:
      return 'notFound';
    case ERROR_CODES.invalidResponse:
      return 'invalidResponse';
  }
  return isValidationError(error) ? 'refused' : 'other';
}

/**
 * Says in the console's language what went wrong with a request and what to do about it. Server
 * and SDK messages are English and for developers, so none of their text is shown: a refused
 * request names the fields the console knows in its own words, and otherwise says so in general.
 */
export function describeError(error: unknown, texts: ConsoleTexts): string {
  const t = texts.errors;
  const kind = errorKind(error);
  switch (kind) {
    case 'refused': {
      const paths = isValidationError(error) ? error.fields.map((field) => field.path) : [];
      const known = [...new Set(paths.map((path) => fieldName(path, texts)).filter((name) => name !== undefined))];
      return known.length === 0 ? t.refused : t.refusedFields(new Intl.ListFormat(texts.locale, { type: 'conjunction' }).format(known));
    }
    case 'other':
      return t.other(isLoketError(error) ? error.code : error instanceof Error ? error.name : 'unknown');
    default:
      return t[kind];
  }
}

/** Tells whether the server no longer accepts the secret key. */
export function isUnauthorized(error: unknown): boolean {
  return errorKind(error) === 'unauthorized';
}

/**
 * The console's own name of a refused field: the label of the inbox filter or form field that sent
 * it; `undefined` for a field it does not show (e.g. `cursor`), which gets the general sentence.
 */
function fieldName(path: string, texts: ConsoleTexts): string | undefined {
  const filters = texts.inbox;
  const names: Readonly<Record<string, string>> = {
    status: filters.status,
    topic: filters.topic,
    priority: filters.priority,
    level: filters.level,
    escalated: filters.escalated,
    os: filters.os,
    osVersion: filters.osVersion,
    browser: filters.browser,
    device: filters.device,
    q: filters.search,
    text: texts.case.reply.textLabel,
  };
  return Object.hasOwn(names, path) ? names[path] : undefined;
}
