import type { KyInstance } from 'ky';
import { send } from '../internal/send';
import { toLoketError } from '../internal/to-loket-error';
import { KnowledgeBaseSchema } from '../schemas/article';
import type { KnowledgeBase } from '../schemas/article';
import type { Locale } from '../schemas/locale';
import { AttemptInputSchema, AttemptRecordedSchema, ImpressionInputSchema, ImpressionRecordedSchema, SuggestInputSchema, SuggestionsSchema } from '../schemas/self-help';
import type { AttemptInput, ImpressionInput, Suggestion, SuggestInput } from '../schemas/self-help';
import { parseOrThrow } from '../schemas/validate';

/** Self-help: the knowledge base, suggestions, and what came of each article tried. */
export type SelfHelpResource = {
  /**
   * Fetches the articles of one language, to rank in the browser. The server sends an ETag, so
   * the browser's cache revalidates instead of downloading again.
   *
   * @example
   * const { articles } = await client.selfHelp.articles('nl');
   */
  articles(locale: Locale): Promise<KnowledgeBase>;
  /**
   * Fetches the search index of one language's articles, as bytes for `readArticleIndex`: reading
   * it is much faster than building the index with `createArticleIndex`. Fetch it beside
   * {@link articles}; it fits only the articles of the same `version`, which `readArticleIndex` checks.
   *
   * @example
   * const [knowledgeBase, bytes] = await Promise.all([client.selfHelp.articles('nl'), client.selfHelp.articleIndex('nl')]);
   * const index = readArticleIndex(bytes, knowledgeBase.articles, { version: knowledgeBase.version });
   */
  articleIndex(locale: Locale): Promise<ArrayBuffer>;
  /**
   * Asks the server for the articles that fit a report so far, best first.
   *
   * @example
   * const suggestions = await client.selfHelp.suggest({ locale: 'en', text: 'wifi drops every evening', topic: 'wifi' });
   */
  suggest(input: SuggestInput): Promise<Suggestion[]>;
  /**
   * Records that the customer tried an article and whether it solved the problem, or that no
   * article matched. The customer's words are stripped of personal details on the server.
   *
   * @throws {ValidationError} when the input is not valid, before anything is sent.
   * @example
   * await client.selfHelp.recordAttempt({ article: 'wifi-evening', outcome: 'solved', locale: 'nl' });
   */
  recordAttempt(input: AttemptInput): Promise<{ id: string }>;
  /**
   * Records which articles were suggested to the customer for a report, so the documentation fix
   * report knows how often each is offered. Send each article once per report.
   *
   * @throws {ValidationError} when the input is not valid, before anything is sent.
   * @example
   * await client.selfHelp.recordImpression({ articles: ['wifi-drops-evening'], locale: 'en', report: reportId });
   */
  recordImpression(input: ImpressionInput): Promise<{ recorded: number }>;
};

export function createSelfHelpResource(api: KyInstance, site: string): SelfHelpResource {
  const path = `sites/${encodeURIComponent(site)}`;
  return {
    articles: (locale) => send(KnowledgeBaseSchema, () => api.get(`${path}/articles`, { searchParams: { locale } })),
    async articleIndex(locale) {
      try {
        return await api.get(`${path}/articles/index`, { searchParams: { locale } }).arrayBuffer();
      } catch (error) {
        throw await toLoketError(error);
      }
    },
    async suggest(input) {
      const json = parseOrThrow(SuggestInputSchema, input);
      return (await send(SuggestionsSchema, () => api.post(`${path}/suggest`, { json }))).suggestions;
    },
    async recordAttempt(input) {
      const json = parseOrThrow(AttemptInputSchema, input);
      return send(AttemptRecordedSchema, () => api.post(`${path}/attempts`, { json }));
    },
    async recordImpression(input) {
      const json = parseOrThrow(ImpressionInputSchema, input);
      return send(ImpressionRecordedSchema, () => api.post(`${path}/impressions`, { json }));
    },
  };
}
