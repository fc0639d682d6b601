import * as v from 'valibot';
import { EnvironmentSchema } from './environment';
import { AnswersSchema } from './flow';
import { LocaleSchema } from './locale';

const ARTICLE_ID = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/), v.maxLength(80));
const TOPIC_ID = v.pipe(v.string(), v.maxLength(64));

/** Most suggestions one request returns. */
export const MAX_SUGGESTIONS = 10;

/** What the report says so far, to find articles for: `POST /v1/sites/:site/suggest`. */
export const SuggestInputSchema = v.object({
  locale: LocaleSchema,
  /** The customer's own words so far. */
  text: v.optional(v.pipe(v.string(), v.maxLength(5000)), ''),
  topic: v.optional(TOPIC_ID),
  answers: v.optional(AnswersSchema, {}),
  environment: v.optional(EnvironmentSchema, {}),
  limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_SUGGESTIONS)), 3),
});

/** What the report says so far, to find articles for. */
export type SuggestInput = v.InferInput<typeof SuggestInputSchema>;

/** One suggested article with its score (higher is better; only the order means something). */
export const SuggestionSchema = v.object({ id: ARTICLE_ID, title: v.string(), score: v.number() });
/** One suggested article. */
export type Suggestion = v.InferOutput<typeof SuggestionSchema>;

/** The answer to a suggest request, best first. */
export const SuggestionsSchema = v.object({ suggestions: v.array(SuggestionSchema) });

/** What a self-help attempt came to: the article `solved` it, did `not_solved` it, or there was `no_match`. */
export const ATTEMPT_OUTCOMES = ['solved', 'not_solved', 'no_match'] as const;
/** What a self-help attempt came to. */
export type AttemptOutcome = (typeof ATTEMPT_OUTCOMES)[number];

/** An article the customer opened and what came of it: `POST /v1/sites/:site/attempts`. */
export const AttemptInputSchema = v.pipe(
  v.object({
    /** The article tried; absent when no article matched (`no_match`). */
    article: v.optional(ARTICLE_ID),
    outcome: v.picklist(ATTEMPT_OUTCOMES, `An outcome is one of: ${ATTEMPT_OUTCOMES.join(', ')}.`),
    locale: LocaleSchema,
    topic: v.optional(TOPIC_ID),
    answers: v.optional(AnswersSchema, {}),
    /** The customer's words at the time; stripped of personal details before anything is learned from them. */
    text: v.optional(v.pipe(v.string(), v.maxLength(5000)), ''),
    environment: v.optional(EnvironmentSchema, {}),
  }),
  v.forward(
    v.check((attempt) => (attempt.outcome === 'no_match') === (attempt.article === undefined), 'Name the article for solved and not_solved, and none for no_match.'),
    ['article'],
  ),
);

/** An article the customer opened and what came of it. */
export type AttemptInput = v.InferInput<typeof AttemptInputSchema>;

/** The answer to recording an attempt. */
export const AttemptRecordedSchema = v.object({ id: v.string() });

/** An article tried before filing, attached to the case so the agent knows what was already done. */
export const TriedArticleSchema = v.object({ article: ARTICLE_ID, outcome: v.picklist(['solved', 'not_solved']) });
/** An article tried before filing. */
export type TriedArticle = v.InferOutput<typeof TriedArticleSchema>;
