import * as v from 'valibot';
import { EnvironmentSchema } from './environment';
import { AnswersSchema } from './flow';
import { LocaleSchema } from './locale';
import { TriedArticleSchema } from './self-help';
import { ReferenceSchema } from './reference';

/** Longest description a customer can send, in characters. */
export const DESCRIPTION_MAX_LENGTH = 5000;

/** Longest topic id. */
export const TOPIC_ID_MAX_LENGTH = 64;

const NOT_BLANK = /\S/u;

/** Statuses of a case, in the order a case usually moves through them. */
export const CASE_STATUSES = ['new', 'in_progress', 'waiting_for_customer', 'solved', 'closed'] as const;

/** Status of a case. */
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** What a customer sends to file a case. */
export const CaseInputSchema = v.object({
  /** Topic id from the site's configuration, e.g. `internet`. */
  topic: v.pipe(
    v.string('Choose a topic.'),
    v.minLength(1, 'Choose a topic.'),
    v.maxLength(TOPIC_ID_MAX_LENGTH, `A topic id has at most ${TOPIC_ID_MAX_LENGTH} characters.`),
  ),
  /** Answers to the topic's guided questions, by question id. Answers to hidden questions are ignored. */
  answers: v.optional(AnswersSchema, {}),
  /** The problem in the customer's own words. */
  description: v.pipe(
    v.string('Describe the problem.'),
    v.regex(NOT_BLANK, 'Describe the problem in a few words.'),
    v.maxLength(DESCRIPTION_MAX_LENGTH, `A description has at most ${DESCRIPTION_MAX_LENGTH} characters.`),
  ),
  /** What the widget captured and the customer agreed to send. */
  environment: v.optional(EnvironmentSchema, {}),
  /** Language the customer used; replies follow it. */
  locale: v.optional(LocaleSchema),
  /** Articles the customer tried before filing, with what came of each. */
  articlesTried: v.optional(v.pipe(v.array(TriedArticleSchema), v.maxLength(20)), []),
});

/** What a customer sends to file a case. */
export type CaseInput = v.InferInput<typeof CaseInputSchema>;
/** A case input after validation, with defaults filled in. */
export type ValidCaseInput = v.InferOutput<typeof CaseInputSchema>;

/** The answer to filing a case. Keep `token`: it is the only way to read the case later. */
export const CaseCreatedSchema = v.object({
  reference: ReferenceSchema,
  /** Secret that lets the customer read and add to the case. Shown once. */
  token: v.string(),
  status: v.picklist(CASE_STATUSES),
  /** ISO 8601 time the case was filed. */
  createdAt: v.string(),
});

/** The answer to filing a case. */
export type CaseCreated = v.InferOutput<typeof CaseCreatedSchema>;

/** A case as the customer who filed it sees it. */
export const CaseSchema = v.object({
  reference: ReferenceSchema,
  site: v.string(),
  topic: v.string(),
  answers: AnswersSchema,
  description: v.string(),
  environment: EnvironmentSchema,
  articlesTried: v.array(TriedArticleSchema),
  locale: LocaleSchema,
  status: v.picklist(CASE_STATUSES),
  createdAt: v.string(),
  updatedAt: v.string(),
});

/** A case as the customer who filed it sees it. */
export type Case = v.InferOutput<typeof CaseSchema>;


