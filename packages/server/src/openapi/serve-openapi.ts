import type { Context } from 'hono';
import { buildOpenApiDocument } from './openapi-document';

/** The document as sent, built on the first request: it depends only on the code, not on the sites. */
let documentText: string | undefined;

/**
 * Answers `GET /v1/openapi.json` with the OpenAPI 3.1 description of API v1. Any page may read
 * it: it holds nothing about the sites the server serves.
 *
 * @example
 * app.get('/v1/openapi.json', serveOpenApi);
 */
export function serveOpenApi(c: Context): Response {
  documentText ??= JSON.stringify(buildOpenApiDocument());
  // apiCors allows only the sites' origins and replaces this for them with their own.
  c.header('Access-Control-Allow-Origin', '*');
  c.header('Cache-Control', 'public, max-age=300');
  return c.body(documentText, 200, { 'Content-Type': 'application/json' });
}
