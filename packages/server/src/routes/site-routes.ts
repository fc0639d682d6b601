import { Hono } from 'hono';
import { CaseInputSchema, DESCRIPTION_MAX_LENGTH, parseOrThrow, ValidationError } from '@loket/sdk';
import type { SiteConfig } from '@loket/sdk';
import { ApiError, siteNotFound } from '../http/api-error';
import { readJson } from '../http/read-json';
import type { Site } from '../sites/site-schema';
import { fileCase } from '../store/case-store';
import type { Database } from '../store/database';

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

/** Routes under `/v1/sites/:site`: the public configuration and filing cases. */
export function siteRoutes(db: Database, sites: ReadonlyMap<string, Site>) {
  const findSite = (key: string): Site => {
    const site = sites.get(key);
    if (!site) throw siteNotFound(key);
    return site;
  };

  return new Hono()
    .get('/:site/config', (c) => {
      const site = findSite(c.req.param('site'));
      const config: SiteConfig = {
        site: site.key,
        name: site.name,
        defaultLocale: site.defaultLocale,
        topics: site.topics,
        nextSteps: site.nextSteps,
        limits: { descriptionMaxLength: DESCRIPTION_MAX_LENGTH },
      };
      return c.json(config);
    })
    .post('/:site/cases', async (c) => {
      const site = findSite(c.req.param('site'));
      const idempotencyKey = c.req.header('Idempotency-Key');
      if (idempotencyKey !== undefined && !IDEMPOTENCY_KEY.test(idempotencyKey)) {
        throw new ApiError(400, 'invalid_idempotency_key', 'An Idempotency-Key is 1 to 255 printable ASCII characters without spaces, e.g. a UUID.');
      }
      const input = parseOrThrow(CaseInputSchema, await readJson(c));
      if (!site.topics.some((topic) => topic.id === input.topic)) {
        throw new ValidationError([{
          path: 'topic',
          code: 'unknown_value',
          message: `Unknown topic '${input.topic}'. Use one of: ${site.topics.map((topic) => topic.id).join(', ')}.`,
        }]);
      }
      const result = await fileCase(
        db,
        { site: site.key, topic: input.topic, description: input.description, environment: input.environment, locale: input.locale ?? site.defaultLocale },
        idempotencyKey,
      );
      if (result.kind === 'key_reused') {
        throw new ApiError(422, 'idempotency_key_reused', 'This Idempotency-Key was already used for a different case. Use a new key for a new case.');
      }
      if (result.kind === 'replayed') c.header('Idempotent-Replayed', 'true');
      return c.json(result.created, 201);
    });
}
