import { ERROR_CODES } from '@loket/sdk';
import { UNAVAILABLE_RETRY_AFTER_SECONDS } from '../http/api-error';
import { RATE_LIMITED_ROUTES } from '../http/rate-limit';
import type { ApiRoute } from './api-route';
import type { OpenApiResponse } from './openapi-document';
import { componentRef } from './schema-components';

/** The codes of the errors the server answers with (the SDK's codes without its own, such as `timeout`). */
export type ErrorCode = Exclude<keyof typeof ERROR_CODES, 'invalidResponse' | 'network' | 'timeout' | 'notFound'>;

/** The status of each error, and when it is sent, as docs/api.md lists them. */
const ERRORS: Record<ErrorCode, { status: number; when: string }> = {
  invalidJson: { status: 400, when: 'the body is not valid JSON or not UTF-8' },
  invalidIdempotencyKey: { status: 400, when: '`Idempotency-Key` is not 1–255 printable ASCII characters' },
  invalidLocale: { status: 400, when: '`locale` is not `nl` or `en`' },
  unauthorized: { status: 401, when: 'no secret key of the site, a wrong one, or the site has none' },
  originNotAllowed: { status: 403, when: 'a page on an origin the site does not list sent the request' },
  siteNotFound: { status: 404, when: 'the site in the path is not configured' },
  caseNotFound: { status: 404, when: 'no case with this reference, or the token does not fit it (the same answer for both)' },
  caseClosed: { status: 409, when: 'the case is closed: file a new report instead' },
  bodyTooLarge: { status: 413, when: 'the body is over 64 KB' },
  unsupportedMediaType: { status: 415, when: '`Content-Type` is not `application/json`' },
  validationFailed: { status: 422, when: 'fields are missing or wrong; `fields` names each with `path`, `code` and `message`' },
  idempotencyKeyReused: { status: 422, when: 'the `Idempotency-Key` was used before with another body' },
  rateLimited: { status: 429, when: 'this client address sent more requests of this kind this minute than the site allows (`rateLimits` in site.yaml); send the same request again after `Retry-After` seconds' },
  internal: { status: 500, when: 'a fault on the server; try again later' },
  unavailable: { status: 503, when: `the server cannot reach its database; send the same request again after \`Retry-After\` seconds (${UNAVAILABLE_RETRY_AFTER_SECONDS}), with the same \`Idempotency-Key\`` },
};

/** The errors an endpoint can answer with: those of its kind, and its own. */
export function errorCodesOf(route: ApiRoute): ErrorCode[] {
  const codes = new Set<ErrorCode>(route.errors);
  if (route.path.includes('/:site')) codes.add('siteNotFound');
  if (route.path.includes('/:reference') || route.auth === 'caseToken') codes.add('caseNotFound');
  if (route.auth === 'secretKey') codes.add('unauthorized');
  if (route.method === 'post') codes.add('originNotAllowed').add('bodyTooLarge');
  if (route.body) codes.add('unsupportedMediaType').add('invalidJson').add('validationFailed');
  if (route.idempotent) codes.add('invalidIdempotencyKey').add('idempotencyKeyReused');
  if (RATE_LIMITED_ROUTES.some((limited) => limited.path === route.path && limited.method === route.method.toUpperCase())) codes.add('rateLimited');
  codes.add('internal');
  if (!route.withoutDatabase) codes.add('unavailable');
  return [...codes];
}

/** The OpenAPI responses of an endpoint's errors, one per status, each listing its codes. */
export function errorResponsesOf(route: ApiRoute): Record<string, OpenApiResponse> {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of errorCodesOf(route)) {
    const { status } = ERRORS[code];
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  const responses: Record<string, OpenApiResponse> = {};
  for (const [status, codes] of [...byStatus].sort(([a], [b]) => a - b)) {
    const first = codes[0]!;
    responses[String(status)] = {
      description: codes.map((code) => `\`${ERROR_CODES[code]}\`: ${ERRORS[code].when}.`).join(' '),
      ...(status === 503 || status === 429 ? { headers: { 'Retry-After': { $ref: '#/components/headers/RetryAfter' } } } : {}),
      content: {
        'application/json': {
          schema: { $ref: componentRef('ErrorBody') },
          example: { error: { code: ERROR_CODES[first], message: '…', ...(first === 'validationFailed' ? { fields: [{ path: 'description', code: 'required', message: 'Describe the problem in a few words.' }] } : {}) } },
        },
      },
    };
  }
  return responses;
}
