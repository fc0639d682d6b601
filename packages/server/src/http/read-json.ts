import type { Context } from 'hono';
import { ERROR_CODES } from '@loket/sdk';
import { ApiError } from './api-error';

// `fatal`: bytes that are not UTF-8 are refused rather than replaced by U+FFFD, which would store
// other text than was sent.
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads the request body as JSON, refusing other media types, bytes that are not UTF-8 and malformed JSON with a 4xx. */
export async function readJson(c: Context): Promise<unknown> {
  const type = c.req.header('Content-Type') ?? '';
  if (!/^application\/json\b/i.test(type)) {
    throw new ApiError(415, ERROR_CODES.unsupportedMediaType, 'Send the body as JSON with the header Content-Type: application/json.');
  }
  let text: string;
  try {
    text = utf8.decode(await c.req.arrayBuffer());
  } catch {
    throw new ApiError(400, ERROR_CODES.invalidJson, 'The request body is not valid UTF-8. Send JSON text encoded as UTF-8.');
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ApiError(400, ERROR_CODES.invalidJson, `The request body is not valid JSON (${(error as Error).message}). Check the quotes and commas.`);
  }
}
