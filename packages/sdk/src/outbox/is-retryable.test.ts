import { describe, expect, it } from 'vitest';
import { HttpError, isRetryable, NetworkError, TimeoutError, ValidationError } from '@loket/sdk';

describe('isRetryable', () => {
  it('retries what may work later: offline, timeout, 408, 425, 429 and 5xx', () => {
    expect([new NetworkError(), new TimeoutError(), ...[408, 425, 429, 500, 502, 503, 504].map((status) => new HttpError(status, 'x', 'x'))].map(isRetryable)).toEqual(
      Array(9).fill(true),
    );
  });

  it('does not retry what would be refused again: validation, other 4xx, bugs', () => {
    const refusals = [new ValidationError([]), new HttpError(404, 'site_not_found', 'x'), new HttpError(409, 'case_closed', 'x'), new HttpError(422, 'idempotency_key_reused', 'x'), new TypeError('bug'), 'text'];
    expect(refusals.map(isRetryable)).toEqual(Array(6).fill(false));
  });

  it('does not retry a validation error, even when the server sent it with a 5xx status', () => {
    const refused = new ValidationError([{ path: 'description', code: 'required', message: 'x' }], undefined, { status: 503 });
    const foreign = Object.assign(new Error('x'), { name: 'LoketValidationError', code: 'validation_failed', status: 500, fields: [] });
    expect([refused, foreign].map(isRetryable)).toEqual([false, false]);
  });

  it('recognises errors from another realm by name', () => {
    const foreign = Object.assign(new Error('offline'), { name: 'LoketNetworkError', code: 'network_error' });
    expect(isRetryable(foreign)).toBe(true);
  });
});
