import { ERROR_CODES, isHttpError, isLoketError } from '@loket/sdk';

/** What went wrong loading the report, as far as it changes what the reader should do. */
export const REPORT_PROBLEMS = ['unauthorized', 'network', 'timeout', 'invalid', 'other'] as const;

/** A kind of {@link REPORT_PROBLEMS}. */
export type ReportProblem = (typeof REPORT_PROBLEMS)[number];

/**
 * Sorts a failure into what the reader can do about it: sign in again (401), check the
 * connection, retry, or reload for a newer console.
 * @param error Anything `support.insights.docs` threw.
 */
export function classifyReportError(error: unknown): ReportProblem {
  if (isHttpError(error) && error.status === 401) return 'unauthorized';
  if (!isLoketError(error)) return 'other';
  if (error.code === ERROR_CODES.unauthorized) return 'unauthorized';
  if (error.code === ERROR_CODES.network) return 'network';
  if (error.code === ERROR_CODES.timeout) return 'timeout';
  if (error.code === ERROR_CODES.invalidResponse) return 'invalid';
  return 'other';
}
