import type { Context } from 'hono';
import { ERROR_CODES } from '@loket/sdk';
import { ApiError } from './api-error';

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

/**
 * The request's `Idempotency-Key`, if any.
 *
 * @throws {ApiError} `invalid_idempotency_key` (400) when it is not 1–255 printable ASCII characters.
 */
export function readIdempotencyKey(c: Context): string | undefined {
  const key = c.req.header('Idempotency-Key');
  if (key !== undefined && !IDEMPOTENCY_KEY.test(key)) {
    throw new ApiError(400, ERROR_CODES.invalidIdempotencyKey, 'An Idempotency-Key is 1 to 255 printable ASCII characters without spaces, e.g. a UUID.');
  }
  return key;
}

/** The token of an `Authorization: Bearer <token>` header, if there is one. */
export function readBearerToken(c: Context): string | undefined {
  return /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('Authorization') ?? '')?.[1];
}
