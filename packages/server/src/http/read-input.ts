import type { Context } from 'hono';
import * as v from 'valibot';
import { parseOrThrow, ValidationError } from '@loket/sdk';
import { readJson } from './read-json';
import { requireStorableText } from './storable-text';

/**
 * Reads a request body as JSON and validates it with a schema of the SDK. Fields the schema does
 * not know are left out of the result (docs/api.md: they are ignored, not stored); text that the
 * database cannot store is refused.
 *
 * @throws {ApiError} 415 or 400 for a body that is not JSON (see {@link readJson}).
 * @throws {ValidationError} naming each refused field, or the body when it is no JSON object (answered with 422).
 * @example
 * const input = await readInput(c, MessageInputSchema);
 */
export async function readInput<TSchema extends v.GenericSchema>(c: Context, schema: TSchema): Promise<v.InferOutput<TSchema>> {
  const body = await readJson(c);
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new ValidationError([{ path: '', code: 'invalid', message: 'Send a JSON object with the fields of this request (docs/api.md), not an array or a single value.' }]);
  }
  const input = parseOrThrow(schema, body);
  requireStorableText(input);
  return input;
}
