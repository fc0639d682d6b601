import type { Context } from 'hono';
import { ERROR_CODES } from '@loket/sdk';
import { ApiError } from './api-error';

/** Reads the request body as JSON, refusing other media types and malformed JSON with a 4xx. */
export async function readJson(c: Context): Promise<unknown> {
  const type = c.req.header('Content-Type') ?? '';
  if (!/^application\/json\b/i.test(type)) {
    throw new ApiError(415, ERROR_CODES.unsupportedMediaType, 'Send the body as JSON with the header Content-Type: application/json.');
  }
  const text = await c.req.text();
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ApiError(400, ERROR_CODES.invalidJson, `The request body is not valid JSON (${(error as Error).message}). Check the quotes and commas.`);
  }
}
