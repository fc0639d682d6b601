import { expect } from 'vitest';
import * as v from 'valibot';
import { ErrorBodySchema } from '@loket/sdk';
import type { ErrorBody } from '@loket/sdk';
import type { createApp } from './app';

type App = ReturnType<typeof createApp>;

/** Posts a JSON body (an object, or text sent as it is) to the app, as a browser would. */
export function postJson(app: App, path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return Promise.resolve(app.request(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  }));
}

/**
 * Reads a refusal and checks that it is a clear one: a 4xx (never 5xx) in the error format, with
 * a message, and for a 422 every refused field named with a message of its own.
 *
 * @param what - Said in the failure message, e.g. the request and the input that was sent.
 */
export async function readRefusal(response: Response, what: string): Promise<ErrorBody['error']> {
  expect(response.status, `${what}: a 4xx, not ${response.status}`).toBeGreaterThanOrEqual(400);
  expect(response.status, `${what}: a 4xx, not ${response.status}`).toBeLessThan(500);
  const body = v.parse(ErrorBodySchema, await response.json());
  expect(body.error.message, what).not.toBe('');
  if (response.status === 422) {
    expect(body.error.fields?.length, `${what}: fields name what to fix`).toBeGreaterThan(0);
    for (const field of body.error.fields ?? []) expect(field.message, `${what}: ${field.path}`).not.toBe('');
  }
  return body.error;
}
