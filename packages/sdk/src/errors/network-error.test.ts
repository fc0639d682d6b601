import { describe, expect, it } from 'vitest';
import { HttpError, isConnectionError, LoketError, NetworkError, TimeoutError, ValidationError } from '@loket/sdk';

describe('isConnectionError', () => {
  it('recognises an unreachable server and a server that did not answer in time', () => {
    expect([new NetworkError(), new TimeoutError(), new LoketError('timeout', 'x')].map(isConnectionError)).toEqual([true, true, true]);
  });

  it('does not take an answer of the server, a bug or a non-error for a connection failure', () => {
    const others = [new HttpError(503, 'internal_error', 'x'), new ValidationError([]), new LoketError('invalid_response', 'x'), new TypeError('Failed to fetch'), { code: 'network_error' }, 'network_error', undefined];
    expect(others.map(isConnectionError)).toEqual(Array(7).fill(false));
  });

  it('recognises errors from another realm by name and code', () => {
    const foreign = Object.assign(new Error('offline'), { name: 'LoketTimeoutError', code: 'timeout' });
    const stranger = Object.assign(new Error('offline'), { name: 'OtherTimeoutError', code: 'timeout' });
    expect([foreign, stranger].map(isConnectionError)).toEqual([true, false]);
  });
});
