import { Hono } from 'hono';
import type { Context } from 'hono';
import * as v from 'valibot';
import { answerWords, AttemptInputSchema, ERROR_CODES, ImpressionInputSchema, LocaleSchema, pruneAnswers, rankArticles, serializeArticleIndex, SUGGESTION_MIN_COVERAGE, SuggestInputSchema, ValidationError } from '@loket/sdk';
import type { FieldError, Flow, Locale } from '@loket/sdk';
import { ApiError } from '../http/api-error';
import { chooseEncoding } from '../http/content-encoding';
import { ifNoneMatchHits } from '../http/etag-match';
import { createEncodedBodies } from '../kb/encoded-bodies';
import type { EncodedBodies, VersionedBody } from '../kb/encoded-bodies';
import { readInput } from '../http/read-input';
import type { KnowledgeFor } from '../kb/knowledge-cache';
import { stripPersonalData } from '../kb/strip-personal-data';
import { findSite } from '../sites/find-site';
import type { Site } from '../sites/site-schema';
import { recordAttempt, recordImpressions } from '../store/attempt-store';
import type { Database } from '../store/database';

/**
 * Refuses article ids the site has no article for in this language, as the widget only ever shows
 * and opens the site's own articles.
 *
 * @throws {ValidationError} with one `unknown_value` field per unknown article.
 */
function requireKnownArticles(site: Site, locale: Locale, articles: ReadonlyArray<{ id: string; path: string }>): void {
  const unknown: FieldError[] = articles
    .filter(({ id }) => !site.articles.some((article) => article.id === id && article.locale === locale))
    .map(({ id, path }) => ({ path, code: 'unknown_value', message: `There is no article '${id}' in '${locale}'. Use an id from GET /v1/sites/${site.key}/articles?locale=${locale}.` }));
  if (unknown.length > 0) throw new ValidationError(unknown);
}

/** Routes under `/v1/sites/:site` for self-help: the articles, suggestions, impressions and attempts. */
export function selfHelpRoutes(db: Database, sites: ReadonlyMap<string, Site>, knowledgeFor: KnowledgeFor) {
  const encodedBodies = createEncodedBodies();
  /** The site, its knowledge and the language asked for by `?locale=`, the site's own by default. */
  const knowledgeOfLocale = async (c: Context, siteKey: string) => {
    const site = findSite(sites, siteKey);
    const knowledge = await knowledgeFor(site);
    const locale = v.safeParse(LocaleSchema, c.req.query('locale') ?? site.defaultLocale);
    if (!locale.success) throw new ApiError(400, ERROR_CODES.invalidLocale, `Ask for one language: ?locale=nl or ?locale=en.`);
    return { site, knowledge, locale: locale.output, version: knowledge.versions[locale.output] };
  };
  return new Hono()
    .get('/:site/articles', async (c) => {
      const { site, knowledge, locale, version } = await knowledgeOfLocale(c, c.req.param('site'));
      return sendVersioned(c, encodedBodies, 'application/json', {
        key: `${site.key}\u0001${locale}\u0001articles`,
        version,
        make: () => JSON.stringify({ site: site.key, locale, version, articles: knowledge.articles[locale], learned: knowledge.learned[locale] }),
      });
    })
    .get('/:site/articles/index', async (c) => {
      const { site, knowledge, locale, version } = await knowledgeOfLocale(c, c.req.param('site'));
      return sendVersioned(c, encodedBodies, ARTICLE_INDEX_TYPE, {
        key: `${site.key}\u0001${locale}\u0001index`,
        version,
        // The index of exactly what GET /articles sends (buildSiteKnowledge), so the widget ranks as if it built it.
        make: () => serializeArticleIndex(knowledge.index, locale, { version }),
      });
    })
    .post('/:site/suggest', async (c) => {
      const site = findSite(sites, c.req.param('site'));
      const input = await readInput(c, SuggestInputSchema);
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
    .post('/:site/impressions', async (c) => {
      const site = findSite(sites, c.req.param('site'));
      const input = await readInput(c, ImpressionInputSchema);
      requireKnownArticles(site, input.locale, input.articles.map((id, index) => ({ id, path: `articles.${index}` })));
      requireKnownTopic(site, input.topic);
      const recorded = await recordImpressions(db, {
        site: site.key,
        articles: input.articles,
        locale: input.locale,
        ...(input.topic ? { topic: input.topic } : {}),
        environment: input.environment,
        ...(input.report ? { report: input.report } : {}),
      });
      return c.json({ recorded }, 201);
    })
    .post('/:site/attempts', async (c) => {
      const site = findSite(sites, c.req.param('site'));
      const input = await readInput(c, AttemptInputSchema);
      if (input.article) requireKnownArticles(site, input.locale, [{ id: input.article, path: 'article' }]);
      const flow = requireKnownTopic(site, input.topic);
      const id = await recordAttempt(db, {
        site: site.key,
        ...(input.article ? { article: input.article } : {}),
        locale: input.locale,
        outcome: input.outcome,
        ...(input.topic ? { topic: input.topic } : {}),
        // Only answers the topic's flow shows for these answers, as for a case (docs/api.md).
        answers: flow ? pruneAnswers(flow, input.answers) : {},
        text: stripPersonalData(input.text),
        environment: input.environment,
        ...(input.report ? { report: input.report } : {}),
      });
      return c.json({ id }, 201);
    });
}

/** The media type of a serialized article index (`serializeArticleIndex` in the SDK). */
const ARTICLE_INDEX_TYPE = 'application/vnd.loket.article-index';

/**
 * Answers with a body made once per version of the knowledge base, in the coding the client
 * prefers, with a strong ETag per version and coding (each coding is other bytes, RFC 9110,
 * 8.8.3), or 304 when the client has it already.
 */
async function sendVersioned(c: Context, encodedBodies: EncodedBodies, type: string, body: VersionedBody): Promise<Response> {
  const encoding = chooseEncoding(c.req.header('Accept-Encoding'));
  const etag = encoding === 'identity' ? `"${body.version}"` : `"${body.version}.${encoding}"`;
  c.header('ETag', etag);
  // Fresh for a minute, then asked again with If-None-Match: what was learned changes the
  // version, and a new version should reach the widgets soon.
  c.header('Cache-Control', 'public, max-age=60, must-revalidate');
  c.header('Vary', 'Accept-Encoding');
  if (ifNoneMatchHits(c.req.header('If-None-Match'), [etag])) return c.body(null, 304);
  const encoded = await encodedBodies(body, encoding);
  c.header('Content-Type', type);
  if (encoding !== 'identity') c.header('Content-Encoding', encoding);
  return c.body(encoded);
}

/**
 * The flow of the topic an impression or attempt names, so the documentation fix report only ever
 * shows the site's own topics; none when no topic is named.
 *
 * @throws {ValidationError} `unknown_value` on `topic` for a topic the site does not have.
 */
function requireKnownTopic(site: Site, topic: string | undefined): Flow | undefined {
  if (topic === undefined) return undefined;
  const flow = site.flows.find((candidate) => candidate.id === topic);
  if (!flow) throw new ValidationError([{ path: 'topic', code: 'unknown_value', message: `There is no topic '${topic}' on this site. Use a topic id from GET /v1/sites/${site.key}/config.` }]);
  return flow;
}
