import { ERROR_CODES, isConnectionError, isHttpError, isLoketError, isValidationError } from '@loket/sdk';
import type { ConsoleTexts } from './console-texts';

/**
 * Says in the console's language what went wrong with a request and what to do about it. Server
 * messages are English and for developers, so only the field messages of a refused request are
 * passed on (they name the filter or field).
 */
export function describeError(error: unknown, texts: ConsoleTexts): string {
  const t = texts.errors;
  if (isLoketError(error) && error.code === ERROR_CODES.timeout) return t.timeout;
  if (isConnectionError(error)) return t.network;
  if (isValidationError(error)) return `${t.invalid} ${error.fields.map((field) => `${field.path}: ${field.message}`).join(' ')}`;
  if (isHttpError(error)) {
    if (error.code === ERROR_CODES.unauthorized) return t.unauthorized;
    if (error.code === ERROR_CODES.caseNotFound) return t.notFound;
    return t.other(error.code);
  }
  return t.other(error instanceof Error ? error.name : 'unknown');
}

/** Tells whether the server no longer accepts the secret key. */
export function isUnauthorized(error: unknown): boolean {
  return isHttpError(error) && error.code === ERROR_CODES.unauthorized;
}
