import { Hono } from 'hono';
import { CaseInputSchema, ERROR_CODES, DESCRIPTION_MAX_LENGTH, findAnswerErrors, pruneAnswers, ValidationError } from '@loket/sdk';
import type { Contact, SiteConfig } from '@loket/sdk';
import { ApiError } from '../http/api-error';
import { findSite } from '../sites/find-site';
import { verifiesEmail } from '../sites/identity';
import { readInput } from '../http/read-input';
import type { Site } from '../sites/site-schema';
import { readIdempotencyKey } from '../http/request-headers';
import { fileCase } from '../store/file-case';
import type { Database } from '../store/database';

/** The contact as it is kept: everything but the signature. */
function withoutSignature({ signature: _signature, ...contact }: Contact): Contact {
  return contact;
}

/** Routes under `/v1/sites/:site`: the public configuration and filing cases. */
export function siteRoutes(db: Database, sites: ReadonlyMap<string, Site>, now: () => Date) {
  return new Hono()
    .get('/:site/config', (c) => {
      const site = findSite(sites, c.req.param('site'));
      const config: SiteConfig = {
        site: site.key,
        name: site.name,
        defaultLocale: site.defaultLocale,
        topics: site.flows,
        nextSteps: site.nextSteps,
        limits: { descriptionMaxLength: DESCRIPTION_MAX_LENGTH },
      };
      return c.json(config);
    })
    .post('/:site/cases', async (c) => {
      const site = findSite(sites, c.req.param('site'));
      const idempotencyKey = readIdempotencyKey(c);
      const input = await readInput(c, CaseInputSchema);
      const flow = site.flows.find((candidate) => candidate.id === input.topic);
      if (!flow) {
        throw new ValidationError([{
          path: 'topic',
          code: 'unknown_value',
          message: `Unknown topic '${input.topic}'. Use one of: ${site.flows.map((topic) => topic.id).join(', ')}.`,
        }]);
      }
      const unknownArticles = input.articlesTried.filter((tried) => !site.articles.some((article) => article.id === tried.article));
      if (unknownArticles.length > 0) {
        throw new ValidationError(unknownArticles.map((tried) => ({
          path: 'articlesTried', code: 'unknown_value', message: `There is no article '${tried.article}' on this site.`,
        })));
      }
      const answerErrors = findAnswerErrors(flow, input.answers);
      if (answerErrors.length > 0) throw new ValidationError(answerErrors);
      const result = await fileCase(
        db,
        site,
        {
          topic: input.topic,
          // Answers to questions the flow hides for these answers are not kept (docs/api.md).
          answers: pruneAnswers(flow, input.answers),
          description: input.description,
          environment: input.environment,
          articlesTried: input.articlesTried,
          locale: input.locale ?? site.defaultLocale,
          // The signature only says whether the address is verified; it is not kept. A wrong one
          // files the report all the same, unverified: the customer must not lose it.
          contact: withoutSignature(input.contact),
          verified: verifiesEmail(site.identitySecret, input.contact.email, input.contact.signature),
          ...(input.report ? { report: input.report } : {}),
        },
        { idempotencyKey, now: now() },
      );
      if (result.kind === 'key_reused') {
        throw new ApiError(422, ERROR_CODES.idempotencyKeyReused, 'This Idempotency-Key was already used for a different case. Use a new key for a new case.');
      }
      if (result.kind === 'replayed') c.header('Idempotent-Replayed', 'true');
      return c.json(result.created, 201);
    });
}
