import { HttpError, LoketError, NetworkError, TimeoutError } from '@loket/sdk';
import { describe, expect, it } from 'vitest';
import { classifyReportError } from './report-problem';

describe('classifyReportError', () => {
  it('asks to sign in again after a 401', () => {
    expect(classifyReportError(new HttpError(401, 'unauthorized', 'Unauthorized'))).toBe('unauthorized');
  });

  it('tells a connection problem from a slow server and a server too new for the console', () => {
    expect(classifyReportError(new NetworkError())).toBe('network');
    expect(classifyReportError(new TimeoutError())).toBe('timeout');
    expect(classifyReportError(new LoketError('invalid_response', 'Not understood'))).toBe('invalid');
  });

  it('treats anything else as a failure to retry', () => {
    expect(classifyReportError(new HttpError(500, 'internal_error', 'Boom'))).toBe('other');
    expect(classifyReportError(new Error('?'))).toBe('other');
  });
});
