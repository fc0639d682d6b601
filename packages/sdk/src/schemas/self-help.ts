import * as v from 'valibot';
import { EnvironmentSchema } from './environment';
import { AnswersSchema } from './flow';
import { LocaleSchema } from './locale';

const ARTICLE_ID = v.pipe(
  v.string('An article id is text.'),
  v.regex(/^[a-z0-9][a-z0-9-]*$/, 'An article id uses lower-case letters, digits and dashes, e.g. "restart-modem".'),
  v.maxLength(80, 'An article id has at most 80 characters.'),
);
const TOPIC_ID = v.pipe(v.string('A topic id is text.'), v.maxLength(64, 'A topic id has at most 64 characters.'));

/** Longest text of the customer's own words sent to suggest or with an attempt. */
const REPORT_TEXT_MAX_LENGTH = 5000;
const REPORT_TEXT = v.pipe(v.string(), v.maxLength(REPORT_TEXT_MAX_LENGTH, `The text has at most ${REPORT_TEXT_MAX_LENGTH} characters.`));

/**
 * A random id the widget gives each report, sent with its impressions, attempts and case, so the
 * documentation fix report can count customers rather than clicks and tell which reports ended in
 * a case. It says nothing about the customer.
 */
export const ReportIdSchema = v.pipe(
  v.string(),
  v.regex(/^[A-Za-z0-9_-]{8,64}$/, 'A report id is 8 to 64 letters, digits, "-" or "_".'),
);

/** Most suggestions one request returns. */
export const MAX_SUGGESTIONS = 10;

/** What the report says so far, to find articles for: `POST /v1/sites/:site/suggest`. */
export const SuggestInputSchema = v.object({
  locale: LocaleSchema,
  /** The customer's own words so far. */
  text: v.optional(REPORT_TEXT, ''),
  topic: v.optional(TOPIC_ID),
  answers: v.optional(AnswersSchema, {}),
  environment: v.optional(EnvironmentSchema, {}),
  limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1, `The limit is a whole number from 1 to ${MAX_SUGGESTIONS}.`), v.maxValue(MAX_SUGGESTIONS, `The limit is a whole number from 1 to ${MAX_SUGGESTIONS}.`)), 3),
});

/** What the report says so far, to find articles for. */
export type SuggestInput = v.InferInput<typeof SuggestInputSchema>;

/** One suggested article with its score (higher is better; only the order means something). */
export const SuggestionSchema = v.object({ id: ARTICLE_ID, title: v.string(), score: v.number() });
/** One suggested article. */
export type Suggestion = v.InferOutput<typeof SuggestionSchema>;

/** The answer to a suggest request, best first. */
export const SuggestionsSchema = v.object({ suggestions: v.array(SuggestionSchema) });

/**
 * What a self-help attempt came to: the customer `opened` the article (no verdict yet), it
 * `solved` the problem or did `not_solved` it, or no article fit the report (`no_match`).
 */
export const ATTEMPT_OUTCOMES = ['opened', 'solved', 'not_solved', 'no_match'] as const;
/** What a self-help attempt came to. */
export type AttemptOutcome = (typeof ATTEMPT_OUTCOMES)[number];

/** An article the customer opened and what came of it: `POST /v1/sites/:site/attempts`. */
export const AttemptInputSchema = v.pipe(
  v.object({
    /** The article tried; absent when no article matched (`no_match`). */
    article: v.optional(ARTICLE_ID),
    /** The report this attempt belongs to; see {@link ReportIdSchema}. */
    report: v.optional(ReportIdSchema),
    outcome: v.picklist(ATTEMPT_OUTCOMES, `An outcome is one of: ${ATTEMPT_OUTCOMES.join(', ')}.`),
    locale: LocaleSchema,
    topic: v.optional(TOPIC_ID),
    answers: v.optional(AnswersSchema, {}),
    /** The customer's words at the time; stripped of personal details before anything is learned from them. */
    text: v.optional(REPORT_TEXT, ''),
    environment: v.optional(EnvironmentSchema, {}),
  }),
  v.forward(
    v.check((attempt) => (attempt.outcome === 'no_match') === (attempt.article === undefined), 'Name the article for opened, solved and not_solved, and none for no_match.'),
    ['article'],
  ),
);

/** An article the customer opened and what came of it. */
export type AttemptInput = v.InferInput<typeof AttemptInputSchema>;

/**
 * Articles that were suggested to a customer for a report (shown on screen):
 * `POST /v1/sites/:site/impressions`. Together with the attempts they tell how often an article
 * is offered, opened, and helps.
 */
export const ImpressionInputSchema = v.object({
  articles: v.pipe(
    v.array(ARTICLE_ID),
    v.minLength(1, 'Name at least one article that was shown.'),
    v.maxLength(MAX_SUGGESTIONS, `At most ${MAX_SUGGESTIONS} articles at once.`),
  ),
  locale: LocaleSchema,
  report: v.optional(ReportIdSchema),
  topic: v.optional(TOPIC_ID),
  environment: v.optional(EnvironmentSchema, {}),
});

/** Articles that were suggested to a customer for a report. */
export type ImpressionInput = v.InferInput<typeof ImpressionInputSchema>;

/** The answer to recording an impression: how many rows were stored (one per article). */
export const ImpressionRecordedSchema = v.object({ recorded: v.number() });

/** The answer to recording an attempt. */
export const AttemptRecordedSchema = v.object({ id: v.string() });

/** An article tried before filing, attached to the case so the agent knows what was already done. */
export const TriedArticleSchema = v.object({ article: ARTICLE_ID, outcome: v.picklist(['solved', 'not_solved']) });
/** An article tried before filing. */
export type TriedArticle = v.InferOutput<typeof TriedArticleSchema>;
