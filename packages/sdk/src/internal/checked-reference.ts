import { HttpError } from '../errors/http-error';
import { ERROR_CODES } from '../errors/loket-error';
import { normalizeReference } from '../schemas/reference';

/**
 * Normalizes a case reference before it goes into a URL, and refuses one that cannot be a
 * reference the way the server would: a wrong reference and a wrong case look the same.
 *
 * @param reference - the reference as the customer or agent typed it, e.g. `lk-4f7q-92kd`.
 * @returns the normalized reference, e.g. `LK-4F7Q-92KD`.
 * @throws {HttpError} `case_not_found` (404) when `reference` is not a reference.
 */
export function checkedReference(reference: string): string {
  const normalized = normalizeReference(reference);
  if (!normalized) {
    throw new HttpError(404, ERROR_CODES.caseNotFound, `No case ${JSON.stringify(reference)}: a reference looks like LK-4F7Q-92KD.`);
  }
  return normalized;
}
