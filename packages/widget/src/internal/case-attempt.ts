import { newIdempotencyKey } from '@loket/sdk';
import type { CaseInput, Locale } from '@loket/sdk';
import type { Draft, Report } from './draft-store';

/** A send that may have reached the server; see {@link Draft.attempt}. */
export type CaseAttempt = NonNullable<Draft['attempt']>;

/**
 * The send for a report: the earlier one when the report did not change since (a retry, after a
 * reload), so it goes with the same input and idempotency key and one case results; else a new
 * one. The fingerprint is of what the customer said, not of the freshly captured environment,
 * which changes between page loads, nor of the report's id (a draft from before ids existed gets
 * one when it is sent, and is still the same report).
 */
export function attemptFor(report: Report, locale: Locale, previous: CaseAttempt | undefined, buildInput: () => CaseInput): CaseAttempt {
  const { step: _step, id: _id, ...content } = report;
  const fingerprint = JSON.stringify({ ...content, locale });
  if (previous?.fingerprint === fingerprint) return previous;
  return { key: newIdempotencyKey(), fingerprint, input: buildInput() };
}
