import type * as v from 'valibot';
import type { ErrorCode } from './error-responses';
import type { ComponentName } from './schema-components';

/** Groups of endpoints, as the OpenAPI description tags them. */
export const API_TAGS = {
  service: 'Service',
  sites: 'Sites',
  selfHelp: 'Self-help',
  cases: 'Cases',
  admin: 'Admin: cases',
  insights: 'Admin: insights',
  privacy: 'Admin: privacy',
} as const;

/** A query parameter: its schema as a client writes it, and what it means. */
export type QueryParameter = {
  schema: v.GenericSchema;
  description: string;
  /** @default false */
  required?: boolean;
  example?: string;
};

/** A body other than JSON, by media type, with what it holds. */
export type OtherContent = Record<string, { description: string; schema?: { type: 'string' | 'object' } }>;

/** The answer of an endpoint when it succeeds. */
export type SuccessResponse = {
  status: 200 | 201;
  description: string;
  /** The JSON body's schema. */
  schema?: ComponentName;
  /** Bodies of other media types the endpoint can answer with (e.g. asked for with `format=csv`). */
  otherContent?: OtherContent;
  /** Sent with `ETag`, `Cache-Control` and `Vary: Accept-Encoding`, compressed, and answered `304` to a matching `If-None-Match`. */
  versioned?: boolean;
};

/**
 * One endpoint of API v1, as the OpenAPI description (`GET /v1/openapi.json`) describes it. The
 * refusals every endpoint of its kind can meet (a body that is no JSON, a site that is not there,
 * a missing key…) are added from what the entry says of it; `errors` lists only the others.
 */
export type ApiRoute = {
  method: 'get' | 'post';
  /** As Hono writes it: `/v1/sites/:site/cases`. */
  path: string;
  operationId: string;
  tag: (typeof API_TAGS)[keyof typeof API_TAGS];
  summary: string;
  description?: string;
  /** Who may call it: anyone (left out), the holder of a case token, or of a secret key of the site. */
  auth?: 'caseToken' | 'secretKey';
  query?: Record<string, QueryParameter>;
  /** Takes an `Idempotency-Key` header, so that a retry is stored once. @default false */
  idempotent?: boolean;
  /** The JSON body it takes, with an example that the API accepts on the demo site. */
  body?: { schema: ComponentName; example: Record<string, unknown> };
  success: SuccessResponse;
  /** Refusals particular to this endpoint. */
  errors?: readonly ErrorCode[];
  /** Answers without the database, so never with `503 unavailable`. @default false */
  withoutDatabase?: boolean;
};
