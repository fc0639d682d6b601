import * as v from 'valibot';
import {
  AnswerSchema,
  AnswersSchema,
  AppliesToSchema,
  ArticleNodeSchema,
  ArticleSchema,
  AttemptInputSchema,
  AttemptRecordedSchema,
  CaseCreatedSchema,
  CaseEventSchema,
  CaseInputSchema,
  CaseSchema,
  ConditionSchema,
  ContactSchema,
  ContactSubjectInputSchema,
  DocsReportSchema,
  EnvironmentSchema,
  ErasureSchema,
  ErrorBodySchema,
  ExportedCaseSchema,
  FlowSchema,
  ImpressionInputSchema,
  ImpressionRecordedSchema,
  InsightSchema,
  KnowledgeBaseSchema,
  LocaleSchema,
  LocalizedTextSchema,
  MessageInputSchema,
  PrivacyExportSchema,
  PrivacyLogSchema,
  QuestionSchema,
  ReferenceSchema,
  ReportIdSchema,
  SiteConfigSchema,
  StatusInputSchema,
  SuggestInputSchema,
  SuggestionsSchema,
  SupportCaseListSchema,
  SupportCaseSchema,
  SupportCaseSummarySchema,
  SupportMessageInputSchema,
  TriedArticleSchema,
} from '@loket/sdk';
import { toJsonSchema, toJsonSchemaDefs } from '@valibot/to-json-schema';
import type { ConversionConfig } from '@valibot/to-json-schema';
import { describeUnconvertible, UNCONVERTIBLE_ACTIONS } from './unconvertible';
import type { JsonSchema } from './unconvertible';

/** The answer of `GET /v1/health`; the only shape of the API that has no schema in the SDK, being the server's own. */
export const HealthSchema = v.object({ ok: v.literal(true) });

/**
 * The SDK's schemas that the OpenAPI description names, under `#/components/schemas/<name>`:
 * every request and response body, and the parts several of them share. A schema used inside
 * another one appears there as a `$ref` to its component.
 */
export const SCHEMA_COMPONENTS = {
  // Request bodies.
  CaseInput: CaseInputSchema,
  MessageInput: MessageInputSchema,
  SupportMessageInput: SupportMessageInputSchema,
  StatusInput: StatusInputSchema,
  SuggestInput: SuggestInputSchema,
  ImpressionInput: ImpressionInputSchema,
  AttemptInput: AttemptInputSchema,
  ContactSubjectInput: ContactSubjectInputSchema,
  // Response bodies.
  Health: HealthSchema,
  SiteConfig: SiteConfigSchema,
  CaseCreated: CaseCreatedSchema,
  Case: CaseSchema,
  SupportCase: SupportCaseSchema,
  SupportCaseList: SupportCaseListSchema,
  KnowledgeBase: KnowledgeBaseSchema,
  Suggestions: SuggestionsSchema,
  ImpressionRecorded: ImpressionRecordedSchema,
  AttemptRecorded: AttemptRecordedSchema,
  DocsReport: DocsReportSchema,
  PrivacyExport: PrivacyExportSchema,
  Erasure: ErasureSchema,
  PrivacyLog: PrivacyLogSchema,
  ErrorBody: ErrorBodySchema,
  // Parts of several bodies.
  Reference: ReferenceSchema,
  ReportId: ReportIdSchema,
  Locale: LocaleSchema,
  LocalizedText: LocalizedTextSchema,
  Environment: EnvironmentSchema,
  Answers: AnswersSchema,
  Answer: AnswerSchema,
  Contact: ContactSchema,
  TriedArticle: TriedArticleSchema,
  CaseEvent: CaseEventSchema,
  SupportCaseSummary: SupportCaseSummarySchema,
  Topic: FlowSchema,
  Question: QuestionSchema,
  Condition: ConditionSchema,
  Article: ArticleSchema,
  ArticleNode: ArticleNodeSchema,
  AppliesTo: AppliesToSchema,
  Insight: InsightSchema,
  ExportedCase: ExportedCaseSchema,
} satisfies Record<string, v.GenericSchema>;

/** The name of a schema under `#/components/schemas/`. */
export type ComponentName = keyof typeof SCHEMA_COMPONENTS;

/** The `$ref` of a component. */
export const componentRef = (name: ComponentName) => `#/components/schemas/${name}`;

/**
 * How a valibot schema becomes JSON Schema 2020-12 (the dialect of OpenAPI 3.1). A pipeline is
 * described from its last schema: `recordOf` (SDK, record-keys.ts) lets any value through to a
 * `record` and refuses reserved keys on the way, and what it accepts is the record. What JSON
 * Schema cannot say is described in words instead (see unconvertible.ts); a schema or action not
 * handled there stops the conversion, so nothing is left out unnoticed.
 */
const CONVERSION: ConversionConfig = {
  target: 'draft-2020-12',
  typeMode: 'output',
  ignoreActions: [...UNCONVERTIBLE_ACTIONS.ignored],
  overrideAction: describeUnconvertible,
  overrideRef: ({ referenceId }) => `#/components/schemas/${referenceId}`,
};

/**
 * Converts a schema that is not a component, e.g. of a query parameter, as a client writes it
 * (`typeMode: 'input'`). It is converted whole, without references to the components.
 */
export function toParameterSchema(schema: v.GenericSchema): JsonSchema {
  const { $schema: _dialect, ...converted } = toJsonSchema(schema, { ...CONVERSION, typeMode: 'input', definitions: {} });
  return converted;
}

/** The JSON Schemas of {@link SCHEMA_COMPONENTS}, by name. */
export function convertComponents(): Record<ComponentName, JsonSchema> {
  return toJsonSchemaDefs(SCHEMA_COMPONENTS, CONVERSION);
}
