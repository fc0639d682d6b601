import * as v from 'valibot';
import { LocalizedTextSchema } from './locale';
import { RESERVED_KEYS, recordOf } from './record-keys';

/** Kinds of question a flow can ask. */
export const QUESTION_KINDS = ['single', 'multiple', 'yesno', 'text', 'longtext', 'date'] as const;
/** Kind of a question: one choice, several choices, yes/no, a line, a paragraph, or a date. */
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** Answers to a yes/no question. */
export const YES_NO = ['yes', 'no'] as const;

/** Environment fields a flow can ask the customer to confirm or correct. */
export const CONFIRMABLE_FIELDS = ['os', 'browser'] as const;
/** Environment fields a flow can say it needs. */
export const ENVIRONMENT_FIELDS = ['os', 'browser', 'device', 'language', 'timeZone', 'screen', 'viewport', 'online', 'connection', 'page', 'context'] as const;
/** A top-level field of the environment. */
export type EnvironmentField = (typeof ENVIRONMENT_FIELDS)[number];

/** Longest answer to a short text question. */
export const SHORT_TEXT_MAX_LENGTH = 200;
/** Longest answer to a long text question. */
export const LONG_TEXT_MAX_LENGTH = 5000;
/** Most answers one report can hold. */
export const MAX_ANSWERS = 100;

const ID = v.pipe(
  v.string('An id is text.'),
  v.regex(/^[a-z0-9][a-z0-9-]*$/, 'An id uses lower-case letters, digits and dashes, e.g. "modem-lights".'),
  v.maxLength(64, 'An id has at most 64 characters.'),
  // Answers are kept by question id, and these names cannot be keys of a record (record-keys.ts).
  v.check((id) => !(RESERVED_KEYS as readonly string[]).includes(id), 'An id cannot be "constructor" or "prototype": choose another.'),
);

/** Compares the answer to one question: `equals` one value, is `in` a list, `includes` a choice, or is `answered`. */
export const AnswerConditionSchema = v.strictObject({
  question: ID,
  equals: v.optional(v.string()),
  in: v.optional(v.array(v.string())),
  includes: v.optional(v.string()),
  answered: v.optional(v.boolean()),
});

/** A condition on earlier answers: a comparison, or `all`, `any` or `not` of conditions. */
export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | v.InferOutput<typeof AnswerConditionSchema>;

/** Schema of a {@link Condition}; nests as deep as needed. */
export const ConditionSchema: v.GenericSchema<Condition> = v.union(
  [
    v.strictObject({ all: v.pipe(v.array(v.lazy(() => ConditionSchema)), v.minLength(1)) }),
    v.strictObject({ any: v.pipe(v.array(v.lazy(() => ConditionSchema)), v.minLength(1)) }),
    v.strictObject({ not: v.lazy(() => ConditionSchema) }),
    AnswerConditionSchema,
  ],
  'A condition is { question, equals | in | includes | answered }, or { all: [...] }, { any: [...] } or { not: ... } of conditions.',
);

/** One choice of a single or multiple choice question. */
export const OptionSchema = v.strictObject({ id: ID, label: LocalizedTextSchema });

/** One question of a flow. */
export const QuestionSchema = v.strictObject({
  id: ID,
  kind: v.picklist(QUESTION_KINDS, `A question kind is one of: ${QUESTION_KINDS.join(', ')}.`),
  label: LocalizedTextSchema,
  /** A line under the question that helps to answer it. */
  hint: v.optional(LocalizedTextSchema),
  /** Whether the customer must answer before going on. @default false */
  required: v.optional(v.boolean(), false),
  /** The choices of a `single` or `multiple` question. */
  options: v.optional(v.array(OptionSchema)),
  /** Ask this question only when the condition holds. */
  when: v.optional(ConditionSchema),
});

/** What a flow needs of the environment. */
export const FlowEnvironmentSchema = v.strictObject({
  /** Fields that matter for this topic: marked as needed on the review, with a note when the customer removes one. */
  needs: v.optional(v.array(v.picklist(ENVIRONMENT_FIELDS)), []),
  /** Fields the customer is asked to confirm or correct, e.g. the OS for an installer. */
  confirm: v.optional(v.array(v.picklist(CONFIRMABLE_FIELDS)), []),
});

/** A topic with its guided questions, as a company writes it in `flows/<topic>.yaml`. */
export const FlowSchema = v.strictObject({
  id: ID,
  label: LocalizedTextSchema,
  hint: v.optional(LocalizedTextSchema),
  questions: v.optional(v.array(QuestionSchema), []),
  environment: v.optional(FlowEnvironmentSchema, { needs: [], confirm: [] }),
});

/** One question of a flow. */
export type Question = v.InferOutput<typeof QuestionSchema>;
/** One choice of a question. */
export type Option = v.InferOutput<typeof OptionSchema>;
/** A topic with its guided questions. */
export type Flow = v.InferOutput<typeof FlowSchema>;
/** A flow as written, before defaults are filled in. */
export type FlowInput = v.InferInput<typeof FlowSchema>;

/** An answer: an option id or text (`single`, `yesno` as `yes`/`no`, `text`, `longtext`, `date` as `YYYY-MM-DD`), or option ids (`multiple`). */
export const AnswerSchema = v.union([
  v.pipe(v.string(), v.maxLength(LONG_TEXT_MAX_LENGTH, `An answer has at most ${LONG_TEXT_MAX_LENGTH} characters.`)),
  v.pipe(v.array(v.pipe(v.string(), v.maxLength(64, 'An option id has at most 64 characters.'))), v.maxLength(50, 'Choose at most 50 options.')),
]);
/** An answer to one question. */
export type Answer = v.InferOutput<typeof AnswerSchema>;

/** Answers by question id. */
export const AnswersSchema = v.pipe(
  recordOf(ID, AnswerSchema, (key) => `There is no question '${key}': leave this answer out.`),
  v.check((answers) => Object.keys(answers).length <= MAX_ANSWERS, `A report holds at most ${MAX_ANSWERS} answers.`),
);
/** Answers by question id. */
export type Answers = v.InferOutput<typeof AnswersSchema>;
