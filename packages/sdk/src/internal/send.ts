import * as v from 'valibot';
import { ERROR_CODES, LoketError } from '../errors/loket-error';
import { toLoketError } from './to-loket-error';

/**
 * Awaits a request, parses its JSON body with `schema` and turns every failure into a
 * `LoketError`, so callers see one family of errors.
 */
export async function send<TSchema extends v.GenericSchema>(
  schema: TSchema,
  request: () => Promise<Response>,
): Promise<v.InferOutput<TSchema>> {
  let body: unknown;
  try {
    body = await (await request()).json();
  } catch (error) {
    throw await toLoketError(error);
  }
  const result = v.safeParse(schema, body);
  if (!result.success) {
    throw new LoketError(ERROR_CODES.invalidResponse, 'The Loket server sent an answer this SDK does not understand. Check that the SDK and server versions match.', {
      cause: result.issues,
    });
  }
  return result.output;
}
