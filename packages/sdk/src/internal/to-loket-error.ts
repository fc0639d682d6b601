import { HTTPError, TimeoutError as KyTimeoutError } from 'ky';
import * as v from 'valibot';
import { HttpError } from '../errors/http-error';
import { ERROR_CODES, LoketError } from '../errors/loket-error';
import { NetworkError, TimeoutError } from '../errors/network-error';
import { ValidationError } from '../errors/validation-error';
import type { FieldError } from '../errors/validation-error';
import { ErrorBodySchema } from '../schemas/error-body';
import { readRetryAfter } from './retry-after';

async function readErrorBody(response: Response) {
  try {
    const result = v.safeParse(ErrorBodySchema, await response.clone().json());
    return result.success ? result.output.error : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Turns whatever a request threw into a {@link LoketError}: the server's error body becomes an
 * {@link HttpError} (or a {@link ValidationError} when it lists fields), ky's timeout a
 * {@link TimeoutError}, and a failed fetch a {@link NetworkError}.
 */
export async function toLoketError(error: unknown): Promise<LoketError> {
  if (error instanceof LoketError) return error;
  if (error instanceof HTTPError) {
    const { status } = error.response;
    const body = await readErrorBody(error.response);
    if (body?.fields && body.fields.length > 0) {
      return new ValidationError(body.fields as FieldError[], body.message, { status, cause: error });
    }
    return new HttpError(
      status,
      body?.code ?? (status === 404 ? ERROR_CODES.notFound : ERROR_CODES.internal),
      body?.message ?? `The Loket server answered ${status} ${error.response.statusText}.`,
      { cause: error, retryAfter: readRetryAfter(error.response.headers.get('Retry-After')) },
    );
  }
  if (error instanceof KyTimeoutError) return new TimeoutError(undefined, { cause: error });
  return new NetworkError(undefined, { cause: error });
}
