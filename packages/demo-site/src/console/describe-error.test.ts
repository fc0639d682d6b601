import { HttpError, LoketError, NetworkError, TimeoutError, ValidationError } from '@loket/sdk';
import { describe, expect, it } from 'vitest';
import { CONSOLE_TEXTS } from './console-texts';
import { describeError, errorKind, isUnauthorized } from './describe-error';

describe('errorKind', () => {
  it('asks to sign in again after a 401, whatever its code', () => {
    expect(errorKind(new HttpError(401, 'unauthorized', 'Unauthorized'))).toBe('unauthorized');
    expect(errorKind(new HttpError(401, 'something_new', 'Unauthorized'))).toBe('unauthorized');
    expect(isUnauthorized(new HttpError(401, 'unauthorized', 'Unauthorized'))).toBe(true);
    expect(isUnauthorized(new NetworkError())).toBe(false);
  });

  it('tells a connection problem from a slow server, a missing case, a refusal and a server too new for the console', () => {
    expect(errorKind(new NetworkError())).toBe('network');
    expect(errorKind(new TimeoutError())).toBe('timeout');
    expect(errorKind(new HttpError(404, 'case_not_found', 'No such case'))).toBe('notFound');
    expect(errorKind(new ValidationError([{ path: 'osVersion', code: 'invalid', message: 'Write the version as captured.' }]))).toBe('refused');
    expect(errorKind(new LoketError('invalid_response', 'Not understood'))).toBe('invalidResponse');
  });

  it('treats anything else as a failure to retry', () => {
    expect(errorKind(new HttpError(500, 'internal_error', 'Boom'))).toBe('other');
    expect(errorKind(new Error('?'))).toBe('other');
    expect(errorKind('?')).toBe('other');
  });
});

describe('describeError', () => {
  const refused = new ValidationError([
    { path: 'osVersion', code: 'invalid', message: 'Write the version as captured, or its start, e.g. osVersion=10 or osVersion=10.15.' },
    { path: 'topic', code: 'too_short', message: 'Name a topic id, e.g. topic=internet.' },
  ]);

  it('names the refused fields in the console’s own words and never passes on the server’s English', () => {
    expect(describeError(refused, CONSOLE_TEXTS.nl)).toBe('De server weigerde het verzoek. Controleer: OS-versie en Onderwerp.');
    expect(describeError(refused, CONSOLE_TEXTS.en)).toBe('The server refused the request. Check: OS version and Topic.');
    expect(describeError(refused, CONSOLE_TEXTS.nl)).not.toContain('captured');
  });

  it('falls back to a general sentence for fields the console does not show', () => {
    const cursor = new ValidationError([{ path: 'cursor', code: 'invalid', message: 'This is not a cursor from this list.' }]);
    expect(describeError(cursor, CONSOLE_TEXTS.nl)).toBe(CONSOLE_TEXTS.nl.errors.refused);
    expect(describeError(new ValidationError([{ path: 'constructor', code: 'invalid', message: 'x' }]), CONSOLE_TEXTS.en)).toBe(CONSOLE_TEXTS.en.errors.refused);
  });

  it('says the rest in the language asked for, with the code for the administrator', () => {
    expect(describeError(new TimeoutError(), CONSOLE_TEXTS.nl)).toBe(CONSOLE_TEXTS.nl.errors.timeout);
    expect(describeError(new NetworkError(), CONSOLE_TEXTS.en)).toBe(CONSOLE_TEXTS.en.errors.network);
    expect(describeError(new HttpError(500, 'internal_error', 'Boom'), CONSOLE_TEXTS.en)).toContain('(internal_error)');
    expect(describeError(new LoketError('invalid_response', 'Not understood'), CONSOLE_TEXTS.nl)).toBe(CONSOLE_TEXTS.nl.errors.invalidResponse);
  });
});
