import { Hono } from 'hono';
import * as v from 'valibot';
import { answerWords, AttemptInputSchema, ERROR_CODES, LocaleSchema, parseOrThrow, rankArticles, SUGGESTION_MIN_COVERAGE, SuggestInputSchema, ValidationError } from '@loket/sdk';
import type { KnowledgeBase } from '@loket/sdk';
import { ApiError } from '../http/api-error';
import { readJson } from '../http/read-json';
import type { KnowledgeFor } from '../kb/knowledge-cache';
import { stripPersonalData } from '../kb/strip-personal-data';
import { findSite } from '../sites/find-site';
import type { Site } from '../sites/site-schema';
import { recordAttempt } from '../store/attempt-store';
import type { Database } from '../store/database';

/** Routes under `/v1/sites/:site` for self-help: the articles, suggestions, and attempts. */
export function selfHelpRoutes(db: Database, sites: ReadonlyMap<string, Site>, knowledgeFor: KnowledgeFor) {
  return new Hono()
    .get('/:site/articles', async (c) => {
      const site = findSite(sites, c.req.param('site'));
      const knowledge = await knowledgeFor(site);
      const locale = v.safeParse(LocaleSchema, c.req.query('locale') ?? site.defaultLocale);
      if (!locale.success) throw new ApiError(400, ERROR_CODES.invalidLocale, 'Ask for the articles of one language: ?locale=nl or ?locale=en.');
      const version = knowledge.versions[locale.output];
      const etag = `"${version}"`;
      c.header('ETag', etag);
      c.header('Cache-Control', 'public, max-age=60, must-revalidate');
      c.header('Vary', 'Accept-Encoding');
      if (c.req.header('If-None-Match') === etag) return c.body(null, 304);
      const body: KnowledgeBase = {
        site: site.key,
        locale: locale.output,
        version,
        articles: knowledge.articles[locale.output],
        learned: knowledge.learned[locale.output],
      };
      return c.json(body);
    })
    .post('/:site/suggest', async (c) => {
      const site = findSite(sites, c.req.param('site'));
      const input = parseOrThrow(SuggestInputSchema, await readJson(c));
      const flow = site.flows.find((candidate) => candidate.id === input.topic);
      const ranked = rankArticles((await knowledgeFor(site)).index, {
        locale: input.locale,
        text: input.text,
        answerText: flow ? answerWords(flow, input.answers, input.locale) : '',
        ...(input.topic ? { topic: input.topic } : {}),
        environment: input.environment,
        limit: input.limit,
        minCoverage: SUGGESTION_MIN_COVERAGE,
      });
      return c.json({ suggestions: ranked.map(({ id, title, score }) => ({ id, title, score })) });
    })
    .post('/:site/attempts', async (c) => {
      const site = findSite(sites, c.req.param('site'));
      const input = parseOrThrow(AttemptInputSchema, await readJson(c));
      if (input.article && !site.articles.some((article) => article.id === input.article && article.locale === input.locale)) {
        throw new ValidationError([{ path: 'article', code: 'unknown_value', message: `There is no article '${input.article}' in '${input.locale}'.` }]);
      }
      const id = await recordAttempt(db, {
        site: site.key,
        ...(input.article ? { article: input.article } : {}),
        locale: input.locale,
        outcome: input.outcome,
        ...(input.topic ? { topic: input.topic } : {}),
        answers: input.answers,
        text: stripPersonalData(input.text),
        environment: input.environment,
      });
      return c.json({ id }, 201);
    });
}
