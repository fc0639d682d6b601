import * as v from 'valibot';
import { AnswersSchema } from './flow';

/** Longest message a customer or the support team can add to a case, in characters. */
export const MESSAGE_MAX_LENGTH = 5000;

/** Statuses of a case, in the order a case usually moves through them. */
export const CASE_STATUSES = ['new', 'in_progress', 'waiting_for_customer', 'solved', 'closed'] as const;

/** Status of a case. */
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** Statuses in which a case is still open: a new report on its topic is added to it. */
export const OPEN_CASE_STATUSES = ['new', 'in_progress', 'waiting_for_customer'] as const satisfies readonly CaseStatus[];

/** How urgent a case is, lowest first. Escalation raises it one step. */
export const CASE_PRIORITIES = ['normal', 'high', 'urgent'] as const;

/** How urgent a case is. */
export type CasePriority = (typeof CASE_PRIORITIES)[number];

/** Support levels: 1 is the first line; escalation passes a case one level up, to at most 3. */
export const SUPPORT_LEVELS = [1, 2, 3] as const;

/** A support level. */
export type SupportLevel = (typeof SUPPORT_LEVELS)[number];

/**
 * Why a case was escalated: articles that did not help (`failed_attempts`), the customer came back
 * about it again (`repeat_contacts`), or nobody responded in time (`response_time_breached`).
 */
export const ESCALATION_REASONS = ['failed_attempts', 'repeat_contacts', 'response_time_breached'] as const;

/** Why a case was escalated. */
export type EscalationReason = (typeof ESCALATION_REASONS)[number];

/** Who wrote a message on a case. */
export const MESSAGE_AUTHORS = ['customer', 'support'] as const;

/** Types of timeline events. */
export const CASE_EVENT_TYPES = ['created', 'message', 'status', 'escalation', 'article_tried', 'repeat_contact'] as const;

/** Type of a timeline event. */
export type CaseEventType = (typeof CASE_EVENT_TYPES)[number];

const STATUS = v.picklist(CASE_STATUSES, `A status is one of: ${CASE_STATUSES.join(', ')}.`);
const PRIORITY = v.picklist(CASE_PRIORITIES);
const EVENT_BASE = {
  /** Identifier of the event. */
  id: v.string(),
  /** ISO 8601 time of the event. */
  at: v.string(),
};

/** One event on a case's timeline; `type` tells which fields it has. */
export const CaseEventSchema = v.variant('type', [
  v.object({ ...EVENT_BASE, type: v.literal('created'), topic: v.string() }),
  v.object({
    ...EVENT_BASE,
    type: v.literal('message'),
    author: v.picklist(MESSAGE_AUTHORS),
    text: v.string(),
    /** A question from the support team that waits for the customer's answer. */
    question: v.boolean(),
  }),
  v.object({ ...EVENT_BASE, type: v.literal('status'), from: STATUS, to: STATUS }),
  v.object({
    ...EVENT_BASE,
    type: v.literal('escalation'),
    reason: v.picklist(ESCALATION_REASONS),
    /** Priority and level after the escalation. */
    priority: PRIORITY,
    level: v.picklist(SUPPORT_LEVELS),
  }),
  v.object({ ...EVENT_BASE, type: v.literal('article_tried'), article: v.string(), outcome: v.picklist(['solved', 'not_solved']) }),
  v.object({
    ...EVENT_BASE,
    type: v.literal('repeat_contact'),
    /** What the customer said this time. */
    description: v.string(),
    answers: AnswersSchema,
    /** How many times the customer came back about this case, this one included. */
    count: v.number(),
  }),
]);

/** One event on a case's timeline. */
export type CaseEvent = v.InferOutput<typeof CaseEventSchema>;

const MESSAGE_TEXT = v.pipe(
  v.string('Write a message.'),
  v.regex(/\S/u, 'Write a message.'),
  v.maxLength(MESSAGE_MAX_LENGTH, `A message has at most ${MESSAGE_MAX_LENGTH} characters.`),
);

/** What a customer adds to their case: `POST /v1/cases/:reference/messages`. */
export const MessageInputSchema = v.object({
  /** The message, or the answer to the support team's question. */
  text: MESSAGE_TEXT,
});

/** What a customer adds to their case. */
export type MessageInput = v.InferInput<typeof MessageInputSchema>;

/** What the support team adds to a case: `POST /v1/admin/sites/:site/cases/:reference/messages`. */
export const SupportMessageInputSchema = v.object({
  text: MESSAGE_TEXT,
  /** The message asks the customer something; the case then waits for the customer. */
  question: v.optional(v.boolean(), false),
  /** Changes the status in the same step, e.g. `solved` with the solution. */
  status: v.optional(STATUS),
});

/** What the support team adds to a case. */
export type SupportMessageInput = v.InferInput<typeof SupportMessageInputSchema>;

/** A status change by the support team: `POST /v1/admin/sites/:site/cases/:reference/status`. */
export const StatusInputSchema = v.object({ status: STATUS });

/** A status change by the support team. */
export type StatusInput = v.InferInput<typeof StatusInputSchema>;
