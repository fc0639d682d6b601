import { API_TAGS } from './api-route';
import type { ApiRoute, SuccessResponse } from './api-route';
import { API_ROUTES } from './api-routes';
import { errorResponsesOf } from './error-responses';
import { componentRef, convertComponents, toParameterSchema } from './schema-components';

/** An OpenAPI 3.1 document, as plain JSON. */
export type OpenApiDocument = {
  openapi: '3.1.0';
  info: Record<string, unknown>;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown> } & Record<string, Record<string, unknown>>;
} & Record<string, unknown>;

/** One operation of an OpenAPI path. */
export type Operation = {
  operationId: string;
  parameters: Record<string, unknown>[];
  requestBody?: { required: boolean; content: Record<string, { schema: { $ref: string }; example: unknown }> };
  responses: Record<string, OpenApiResponse>;
  security?: Record<string, string[]>[];
} & Record<string, unknown>;

/** One response of an operation. */
export type OpenApiResponse = {
  description: string;
  headers?: Record<string, unknown>;
  content?: Record<string, { schema?: Record<string, unknown>; example?: unknown }>;
};

/** Parameters in the path, by the name Hono gives them. */
const PATH_PARAMETERS: Record<string, Record<string, unknown>> = {
  site: { name: 'site', in: 'path', required: true, schema: { type: 'string' }, description: "The site's key (its folder name).", example: 'demo' },
  reference: {
    name: 'reference', in: 'path', required: true, schema: { type: 'string' },
    description: 'The case reference; upper or lower case.', example: 'LK-4F7Q-92KD',
  },
};

/** Turns Hono's `/v1/cases/:reference` into OpenAPI's `/v1/cases/{reference}`. */
export const toOpenApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');

/**
 * Builds the OpenAPI 3.1 description of API v1 from the table of endpoints and the SDK's valibot
 * schemas (see schema-components.ts for what JSON Schema cannot say).
 *
 * @param routes - The endpoints to describe. @default API_ROUTES
 * @throws {Error} when a schema cannot be converted (see unconvertible.ts).
 * @example
 * const document = buildOpenApiDocument();
 * document.paths['/v1/sites/{site}/cases']?.post?.requestBody;
 */
export function buildOpenApiDocument(routes: readonly ApiRoute[] = API_ROUTES): OpenApiDocument {
  const paths: OpenApiDocument['paths'] = {};
  for (const route of routes) (paths[toOpenApiPath(route.path)] ??= {})[route.method] = operationOf(route);
  return {
    openapi: '3.1.0',
    info: {
      title: 'Loket API',
      version: '1',
      summary: 'Cases, self-help and the support team\'s tools of a Loket case service.',
      description:
        'Requests and responses are JSON, validated with the valibot schemas of `@loket/sdk`, from which these schemas are generated. ' +
        'Every error has the body `{ "error": { "code", "message", "fields"? } }`. ' +
        'Rules JSON Schema cannot express are kept in words in `description`. docs/api.md explains each endpoint with an example.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/' }],
    tags: Object.values(API_TAGS).map((name) => ({ name })),
    paths,
    components: {
      schemas: convertComponents(),
      securitySchemes: {
        caseToken: { type: 'http', scheme: 'bearer', description: 'The token returned when the case was filed or linked, or the one in the link of an e-mail about the case.' },
        secretKey: { type: 'http', scheme: 'bearer', description: "One of the site's `secretKeys` (site.yaml)." },
      },
      parameters: {
        IdempotencyKey: {
          name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string', pattern: '^[\\x21-\\x7e]{1,255}$' },
          description: 'e.g. a UUID kept with the draft: the same key with the same body is stored once and answered as the first time (`Idempotent-Replayed: true`); with another body, `422 idempotency_key_reused`.',
        },
        IfNoneMatch: { name: 'If-None-Match', in: 'header', required: false, schema: { type: 'string' }, description: 'The `ETag` of the copy the client has; `304` when it is still current.' },
      },
      headers: {
        RetryAfter: { description: 'Seconds to wait before sending the same request again.', schema: { type: 'integer', minimum: 0 } },
        ETag: { description: 'The version of the knowledge base, per coding: `"<version>"`, `"<version>.br"` or `"<version>.gzip"`.', schema: { type: 'string' } },
        IdempotentReplayed: { description: '`true` when this is the answer to an earlier request with the same `Idempotency-Key`.', schema: { type: 'string', enum: ['true'] } },
      },
    },
  };
}

function operationOf(route: ApiRoute): Operation {
  const pathParameters = [...route.path.matchAll(/:(\w+)/g)].map(([, name]) => {
    const parameter = PATH_PARAMETERS[name!];
    if (!parameter) throw new Error(`The path parameter :${name} of ${route.path} has no description: add it to PATH_PARAMETERS.`);
    return parameter;
  });
  const queryParameters = Object.entries(route.query ?? {}).map(([name, parameter]) => ({
    name, in: 'query', required: parameter.required ?? false, description: parameter.description,
    schema: toParameterSchema(parameter.schema),
    ...(parameter.example === undefined ? {} : { example: parameter.example }),
  }));
  const headerParameters = [
    ...(route.idempotent ? [{ $ref: '#/components/parameters/IdempotencyKey' }] : []),
    ...(route.success.versioned ? [{ $ref: '#/components/parameters/IfNoneMatch' }] : []),
  ];
  return {
    operationId: route.operationId,
    tags: [route.tag],
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    ...(route.auth ? { security: [{ [route.auth]: [] }] } : {}),
    parameters: [...pathParameters, ...queryParameters, ...headerParameters],
    ...(route.body ? { requestBody: { required: true, content: { 'application/json': { schema: { $ref: componentRef(route.body.schema) }, example: route.body.example } } } } : {}),
    responses: { [String(route.success.status)]: successResponseOf(route.success, route), ...notModifiedOf(route), ...errorResponsesOf(route) },
  };
}

function notModifiedOf(route: ApiRoute): Record<string, OpenApiResponse> {
  if (!route.success.versioned) return {};
  return { '304': { description: "The client's copy (`If-None-Match`) is current.", headers: { ETag: { $ref: '#/components/headers/ETag' } } } };
}

function successResponseOf(success: SuccessResponse, route: ApiRoute): OpenApiResponse {
  const headers = {
    ...(route.idempotent ? { 'Idempotent-Replayed': { $ref: '#/components/headers/IdempotentReplayed' } } : {}),
    ...(success.versioned ? { ETag: { $ref: '#/components/headers/ETag' } } : {}),
  };
  return {
    description: success.description,
    ...(Object.keys(headers).length > 0 ? { headers } : {}),
    content: {
      ...(success.schema ? { 'application/json': { schema: { $ref: componentRef(success.schema) } } } : {}),
      ...Object.fromEntries(Object.entries(success.otherContent ?? {}).map(([type, { description, schema }]) => [type, { schema: { ...schema, description } }])),
    },
  };
}
