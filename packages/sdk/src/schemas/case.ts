import * as v from 'valibot';
import { EnvironmentSchema } from './environment';
import { AnswersSchema } from './flow';
import { LocaleSchema } from './locale';
import { ReportIdSchema, TriedArticleSchema } from './self-help';
import { ReferenceSchema } from './reference';
import { ContactSchema } from './contact';
import { CASE_PRIORITIES, CASE_STATUSES, CaseEventSchema, SUPPORT_LEVELS } from './timeline';

/** Longest description a customer can send, in characters. */
export const DESCRIPTION_MAX_LENGTH = 5000;

/** Longest topic id. */
export const TOPIC_ID_MAX_LENGTH = 64;

/** Most articles tried that one case lists. */
const ARTICLES_TRIED_MAX = 20;

const NOT_BLANK = /\S/u;

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
  articlesTried: v.optional(v.pipe(v.array(TriedArticleSchema), v.maxLength(ARTICLES_TRIED_MAX, `At most ${ARTICLES_TRIED_MAX} articles tried.`)), []),
  /** How to reach and recognise the customer; see {@link ContactSchema}. */
  contact: v.optional(ContactSchema, {}),
  /** The id the report's impressions and attempts were sent with; see {@link ReportIdSchema}. */
  report: v.optional(ReportIdSchema),
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
  /** ISO 8601 time by which support responds, from the site's business hours; `null` when the site sets none. */
  respondBy: v.optional(v.nullable(v.string()), null),
  /**
   * The report was added to the customer's open case on the same topic (a repeat contact) instead
   * of opening a new one; `reference` is that case's.
   */
  linked: v.optional(v.boolean(), false),
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
  /** ISO 8601 time by which support responds; `null` once support responded or when the site sets no service level. */
  respondBy: v.nullable(v.string()),
  /** Whether updates go to an e-mail address (the address itself is not sent back). */
  emailUpdates: v.boolean(),
  /** Everything that happened on the case, oldest first. */
  timeline: v.array(CaseEventSchema),
});

/** A case as the customer who filed it sees it. */
export type Case = v.InferOutput<typeof CaseSchema>;



/**
 * The customer as the support team sees them: the e-mail address and name they gave (or the host
 * page passed to `Loket.identify`), and whether the address is verified: the site's own backend
 * signed it with the site's `identitySecret`, so the case belongs to that logged-in account.
 */
export const SupportContactSchema = v.object({
  email: v.nullable(v.string()),
  name: v.nullable(v.string()),
  /** `true` when the report came with a valid signature of `email`; `false` without one or with a wrong one. */
  verified: v.boolean(),
});

/** The customer as the support team sees them. */
export type SupportContact = v.InferOutput<typeof SupportContactSchema>;

/** A case as the support team sees it: the customer's view plus how it is handled. */
export const SupportCaseSchema = v.object({
  ...CaseSchema.entries,
  priority: v.picklist(CASE_PRIORITIES),
  level: v.picklist(SUPPORT_LEVELS),
  /** The customer's e-mail address, if given; the same as `contact.email`, kept for existing integrations. */
  email: v.nullable(v.string()),
  /** Who the customer is, as far as they said; see {@link SupportContactSchema}. */
  contact: SupportContactSchema,
  /** How often the customer came back about this case. */
  repeatContacts: v.number(),
  /** Articles that did not help, before and after filing. */
  failedAttempts: v.number(),
  /** Reasons the case was escalated for, in order. */
  escalations: v.array(v.string()),
  /** ISO 8601 time support first responded, or `null`. */
  firstResponseAt: v.nullable(v.string()),
});

/** A case as the support team sees it. */
export type SupportCase = v.InferOutput<typeof SupportCaseSchema>;

/** One case in a list for the support team: a {@link SupportCase} without timeline and environment. */
export const SupportCaseSummarySchema = v.omit(SupportCaseSchema, ['timeline', 'environment', 'answers']);

/** One case in a list for the support team. */
export type SupportCaseSummary = v.InferOutput<typeof SupportCaseSummarySchema>;

/** A page of cases: `GET /v1/admin/sites/:site/cases`. */
export const SupportCaseListSchema = v.object({
  cases: v.array(SupportCaseSummarySchema),
  /** Pass as `cursor` for the next page; `null` on the last page. */
  nextCursor: v.nullable(v.string()),
});

/** A page of cases. */
export type SupportCaseList = v.InferOutput<typeof SupportCaseListSchema>;
