import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { RATE_LIMITED_ROUTES } from '../http/rate-limit';
import { DEMO_SECRET_KEY, createTestApp } from '../test-support';
import type { Database } from '../store/database';
import { buildOpenApiDocument, toOpenApiPath } from './openapi-document';
import type { OpenApiDocument, Operation } from './openapi-document';
import { SCHEMA_COMPONENTS } from './schema-components';
import type { ComponentName } from './schema-components';
import { findSchemaErrors, findValueErrors, resolvePointer } from './test-json-schema';

let app: Awaited<ReturnType<typeof createTestApp>>['app'];
let db: Database;
const document: OpenApiDocument = buildOpenApiDocument();

beforeAll(async () => {
  ({ app, db } = await createTestApp());
});
afterAll(() => db.close());

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** Every operation of the document with its path and method. */
const operations = Object.entries(document.paths).flatMap(([path, item]) =>
  Object.entries(item).map(([method, operation]) => ({ path, method, operation })),
);

/** Every value under the key `key` anywhere in the document, with where it is. */
function findAll(node: unknown, key: string, at = '#'): { at: string; value: unknown }[] {
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([name, child]) => [
    ...(name === key ? [{ at: `${at}/${name}`, value: child }] : []),
    ...findAll(child, key, `${at}/${name}`),
  ]);
}

/** The component a `{ $ref }` schema names. */
const componentOf = (schema: unknown) => ((schema as { $ref: string }).$ref.split('/').pop() as ComponentName);

describe('GET /v1/openapi.json', () => {
  it('is served as JSON that any page may read, with the API\'s security headers', async () => {
    const response = await app.request('/v1/openapi.json', { headers: { Origin: 'https://docs.example' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('application/json');
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(response.headers.get('Content-Security-Policy')).toContain("default-src 'none'");
    expect(await response.json()).toEqual(document);
  });

  it('is an OpenAPI 3.1 document: operations with responses, declared path parameters, schemas of JSON Schema 2020-12', () => {
    expect(document.openapi).toBe('3.1.0');
    expect(document.info).toMatchObject({ title: expect.any(String), version: expect.any(String) });
    const securitySchemes = Object.keys(document.components.securitySchemes ?? {});
    const tags = (document.tags as { name: string }[]).map((tag) => tag.name);
    for (const { path, method, operation } of operations) {
      const where = `${method.toUpperCase()} ${path}`;
      expect(path, where).toMatch(/^\/v1\//);
      expect(HTTP_METHODS, where).toContain(method);
      expect(Object.keys(operation.responses).some((status) => /^2\d\d$/.test(status)), `${where} has a 2xx response`).toBe(true);
      for (const [status, response] of Object.entries(operation.responses)) {
        expect(status, where).toMatch(/^[1-5]\d\d$/);
        expect(response.description, `${where} ${status}`).toEqual(expect.any(String));
      }
      const parameters = operation.parameters.map((parameter) => (parameter.$ref ? resolvePointer(document, parameter.$ref as string) : parameter) as Record<string, unknown>);
      const inPath = parameters.filter((parameter) => parameter.in === 'path').map((parameter) => parameter.name);
      expect(inPath, `${where}: path parameters`).toEqual([...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => name));
      for (const parameter of parameters) {
        expect(parameter, where).toMatchObject({ name: expect.any(String), in: expect.stringMatching(/^(path|query|header)$/), schema: expect.any(Object) });
        if (parameter.in === 'path') expect(parameter.required, `${where}: ${String(parameter.name)}`).toBe(true);
      }
      for (const requirement of operation.security ?? []) expect(securitySchemes, where).toEqual(expect.arrayContaining(Object.keys(requirement)));
      for (const tag of operation.tags as string[]) expect(tags, where).toContain(tag);
    }
    const operationIds = operations.map(({ operation }) => operation.operationId);
    expect(new Set(operationIds).size).toBe(operationIds.length);
    for (const { at, value } of findAll(document, '$ref')) expect(resolvePointer(document, value as string), `${at}: ${String(value)}`).toBeDefined();
    for (const [name, schema] of Object.entries(document.components.schemas)) expect(findSchemaErrors(schema, `#/components/schemas/${name}`)).toEqual([]);
    for (const { at, value } of findAll(document.paths, 'schema')) expect(findSchemaErrors(value, at)).toEqual([]);
  });

  it('describes every route the app has under /v1, and no route it does not have', () => {
    const described = operations.map(({ path, method }) => `${method.toUpperCase()} ${path}`).sort();
    const routes = app.routes
      // Middleware (app.use) and the answer for unknown paths are registered for every method.
      .filter((route) => route.method !== 'ALL' && route.path.startsWith('/v1/'))
      .map((route) => `${route.method} ${toOpenApiPath(route.path)}`);
    expect([...new Set(routes)].sort()).toEqual(described);
  });

  it('tells when to try again after a 429 or 503, and documents the 429 of the rate-limited endpoints', () => {
    for (const { path, method, operation } of operations) {
      for (const status of ['429', '503']) {
        const response = operation.responses[status];
        if (response) expect(response.headers?.['Retry-After'], `${method} ${path} ${status}`).toEqual({ $ref: '#/components/headers/RetryAfter' });
      }
    }
    for (const limited of RATE_LIMITED_ROUTES) {
      const operation = document.paths[toOpenApiPath(limited.path)]?.[limited.method.toLowerCase()];
      expect(operation?.responses['429']?.description, `${limited.method} ${limited.path}`).toContain('rate_limited');
    }
  });

  it('has examples of request bodies that fit both the SDK\'s schema and the document\'s', () => {
    const withBody = operations.filter(({ operation }) => operation.requestBody);
    expect(withBody.length).toBeGreaterThan(5);
    for (const { path, method, operation } of withBody) {
      const { schema, example } = operation.requestBody!.content['application/json']!;
      expect(v.safeParse(SCHEMA_COMPONENTS[componentOf(schema)], example).issues, `${method} ${path}`).toBeUndefined();
      expect(findValueErrors(schema, example, document), `${method} ${path}`).toEqual([]);
    }
  });
});

describe('the schemas of the document', () => {
  const caseInput = document.paths['/v1/sites/{site}/cases']!.post!.requestBody!.content['application/json']!;
  const valid = caseInput.example as Record<string, unknown>;
  const refusedByBoth: [string, Record<string, unknown>][] = [
    ['no topic', { ...valid, topic: undefined }],
    ['a blank description', { ...valid, description: '  \n ' }],
    ['a description over 5000 characters', { ...valid, description: 'x'.repeat(5001) }],
    ['an answer id with capitals', { ...valid, answers: { Subject: 'x' } }],
    ['an answer that is a number', { ...valid, answers: { subject: 3 } }],
    ['a screen of negative width', { ...valid, environment: { screen: { width: -1, height: 10 } } }],
    ['an unknown language', { ...valid, locale: 'de' }],
    ['a report id with spaces', { ...valid, report: 'my report 1' }],
    ['an article tried with an unknown outcome', { ...valid, articlesTried: [{ article: 'restart-modem', outcome: 'maybe' }] }],
    ['a context value that is an object', { ...valid, environment: { context: { plan: { tier: 1 } } } }],
  ];

  it.each(refusedByBoth)('refuse a case with %s, as the API does', (_what, body) => {
    const json = JSON.parse(JSON.stringify(body)) as unknown;
    expect(v.safeParse(SCHEMA_COMPONENTS.CaseInput, json).success).toBe(false);
    expect(findValueErrors(caseInput.schema, json, document)).not.toEqual([]);
  });

  it('keep in words, or as annotations, the rules a JSON Schema validator does not enforce', () => {
    // `format` is an annotation in JSON Schema 2020-12: a validator need not check it.
    expect(findValueErrors(caseInput.schema, { ...valid, contact: { email: 'piet' } }, document)).toEqual([]);
    expect(resolvePointer(document, '#/components/schemas/Contact/properties/email/format')).toBe('email');
    const answers = document.components.schemas.Answers as { description?: string };
    expect(answers.description).toContain('at most 100 answers');
    const attempt = document.components.schemas.AttemptInput as { description?: string };
    expect(attempt.description).toContain('none for no_match');
  });

  it('match links case-insensitively, as the SDK does', () => {
    const node = { tag: 'a', href: 'HTTPS://zeewind.example', children: ['Zeewind'] };
    expect(v.safeParse(SCHEMA_COMPONENTS.ArticleNode, node).success).toBe(true);
    expect(findValueErrors({ $ref: '#/components/schemas/ArticleNode' }, node, document)).toEqual([]);
    expect(findValueErrors({ $ref: '#/components/schemas/ArticleNode' }, { ...node, href: 'javascript:alert(1)' }, document)).not.toEqual([]);
  });
});

describe('the examples of the document, sent to the API', () => {
  /** What fills the path's parameters: the demo site and a case filed with the document's own example. */
  const pathValues: Record<string, string> = { site: 'demo' };
  let caseToken = '';

  /** Sends an operation's example request as the document describes it. */
  async function send(path: string, method: string, operation: Operation): Promise<Response> {
    const url = new URL(`http://loket.test${path.replace(/\{(\w+)\}/g, (_, name: string) => pathValues[name]!)}`);
    for (const parameter of operation.parameters) {
      if (parameter.in === 'query' && parameter.example !== undefined) url.searchParams.set(parameter.name as string, parameter.example as string);
    }
    const headers: Record<string, string> = {};
    const scheme = Object.keys(operation.security?.[0] ?? {})[0];
    if (scheme) headers.Authorization = `Bearer ${scheme === 'caseToken' ? caseToken : DEMO_SECRET_KEY}`;
    if (operation.parameters.some((parameter) => parameter.$ref === '#/components/parameters/IdempotencyKey')) headers['Idempotency-Key'] = crypto.randomUUID();
    const body = operation.requestBody?.content['application/json']?.example;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    return app.request(url.pathname + url.search, { method: method.toUpperCase(), headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  }

  /** Checks an answer against what the document says of its status and media type. */
  async function expectDocumented(response: Response, operation: Operation, where: string): Promise<unknown> {
    const documented = operation.responses[String(response.status)];
    expect(documented, `${where}: status ${response.status} is documented (${await response.clone().text()})`).toBeDefined();
    const mediaType = (response.headers.get('Content-Type') ?? '').split(';')[0]!;
    const content = documented!.content?.[mediaType];
    expect(content, `${where}: ${mediaType} is documented for ${response.status}`).toBeDefined();
    if (mediaType !== 'application/json') return undefined;
    const body = await response.json();
    expect(findValueErrors(content!.schema!, body, document), where).toEqual([]);
    const component = (content!.schema as { $ref?: string }).$ref;
    if (component) expect(v.safeParse(SCHEMA_COMPONENTS[componentOf(content!.schema)], body).issues, `${where}: the SDK's schema`).toBeUndefined();
    return body;
  }

  it('are accepted, and answered as documented', async () => {
    const filing = document.paths['/v1/sites/{site}/cases']!.post!;
    const filed = (await expectDocumented(await send('/v1/sites/{site}/cases', 'post', filing), filing, 'filing')) as { reference: string; token: string };
    pathValues.reference = filed.reference;
    caseToken = filed.token;
    // Erasing last, as the erased case is gone for the others.
    const ordered = [...operations].sort((a, b) => Number(a.operation.operationId.startsWith('erase')) - Number(b.operation.operationId.startsWith('erase')));
    for (const { path, method, operation } of ordered) {
      const where = `${method.toUpperCase()} ${path}`;
      const response = await send(path, method, operation);
      expect(response.status, `${where}: ${await response.clone().text()}`).toBeLessThan(300);
      await expectDocumented(response, operation, where);
    }
  });

  it('refusals have the documented error body', async () => {
    const filing = document.paths['/v1/sites/{site}/cases']!.post!;
    const response = await app.request('/v1/sites/demo/cases', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"topic":"other"}' });
    expect(response.status).toBe(422);
    const body = (await expectDocumented(response, filing, 'a case without description')) as { error: { fields: unknown[] } };
    expect(body.error.fields).toEqual([expect.objectContaining({ path: 'description', code: 'required' })]);
    const unknownSite = await app.request('/v1/sites/acme/config');
    await expectDocumented(unknownSite, document.paths['/v1/sites/{site}/config']!.get!, 'an unknown site');
  });
});
