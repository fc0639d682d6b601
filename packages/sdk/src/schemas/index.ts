export { EnvironmentSchema, OsSchema, BrowserSchema, SizeSchema, ContextValueSchema, DEVICE_TYPES, VERIFICATIONS } from './environment';
export type { Environment, Os, Browser, DeviceType } from './environment';
export { LOCALES, LocaleSchema, LocalizedTextSchema, resolveLocale } from './locale';
export type { Locale, LocalizedText } from './locale';
export { REFERENCE_ALPHABET, REFERENCE_PATTERN, ReferenceSchema, normalizeReference } from './reference';
export {
  CaseInputSchema,
  CaseCreatedSchema,
  CaseSchema,
  SupportCaseSchema,
  SupportContactSchema,
  SupportCaseSummarySchema,
  SupportCaseListSchema,
  DESCRIPTION_MAX_LENGTH,
  TOPIC_ID_MAX_LENGTH,
} from './case';
export type { CaseInput, ValidCaseInput, CaseCreated, Case, SupportCase, SupportContact, SupportCaseSummary, SupportCaseList } from './case';
export {
  MESSAGE_MAX_LENGTH,
  CASE_STATUSES,
  OPEN_CASE_STATUSES,
  CASE_PRIORITIES,
  SUPPORT_LEVELS,
  ESCALATION_REASONS,
  MESSAGE_AUTHORS,
  CASE_EVENT_TYPES,
  CaseEventSchema,
  MessageInputSchema,
  SupportMessageInputSchema,
  StatusInputSchema,
} from './timeline';
export type {
  CaseStatus,
  CasePriority,
  SupportLevel,
  EscalationReason,
  CaseEventType,
  CaseEvent,
  MessageInput,
  SupportMessageInput,
  StatusInput,
} from './timeline';
export { EMAIL_MAX_LENGTH, NAME_MAX_LENGTH, BROWSER_ID_PATTERN, ContactSchema } from './contact';
export type { Contact } from './contact';
export { SiteConfigSchema, TopicSchema } from './site-config';
export type { SiteConfig, Topic } from './site-config';
export { ErrorBodySchema } from './error-body';
export type { ErrorBody } from './error-body';
export { toFieldErrors, parseOrThrow, findFieldErrors } from './validate';
export {
  QUESTION_KINDS,
  YES_NO,
  CONFIRMABLE_FIELDS,
  ENVIRONMENT_FIELDS,
  SHORT_TEXT_MAX_LENGTH,
  LONG_TEXT_MAX_LENGTH,
  MAX_ANSWERS,
  AnswerConditionSchema,
  ConditionSchema,
  OptionSchema,
  QuestionSchema,
  FlowEnvironmentSchema,
  FlowSchema,
  AnswerSchema,
  AnswersSchema,
} from './flow';
export type { QuestionKind, EnvironmentField, Condition, Question, Option, Flow, FlowInput, Answer, Answers } from './flow';
export {
  VersionRuleSchema,
  NameVersionRuleSchema,
  AppliesToSchema,
  ArticleFrontMatterSchema,
  ARTICLE_ELEMENTS,
  ArticleNodeSchema,
  ArticleSchema,
  KnowledgeBaseSchema,
} from './article';
export type { AppliesTo, NameVersionRule, ArticleFrontMatter, ArticleElement, ArticleNode, Article, KnowledgeBase } from './article';
export {
  MAX_SUGGESTIONS,
  SuggestInputSchema,
  SuggestionSchema,
  SuggestionsSchema,
  ATTEMPT_OUTCOMES,
  AttemptInputSchema,
  AttemptRecordedSchema,
  TriedArticleSchema,
  ReportIdSchema,
  ImpressionInputSchema,
  ImpressionRecordedSchema,
} from './self-help';
export type { SuggestInput, Suggestion, AttemptOutcome, AttemptInput, TriedArticle, ImpressionInput } from './self-help';
export {
  INSIGHT_KINDS,
  ENVIRONMENT_GROUP_FIELDS,
  EnvironmentGroupSchema,
  ArticleEnvironmentSchema,
  FailingArticleInsightSchema,
  CommonAnswerSchema,
  UnansweredInsightSchema,
  HotspotInsightSchema,
  InsightSchema,
  InsightDaySchema,
  DocsReportSchema,
  DOCS_REPORT_FORMATS,
} from './insights';
export type {
  InsightKind,
  EnvironmentGroupField,
  EnvironmentGroup,
  ArticleEnvironment,
  FailingArticleInsight,
  CommonAnswer,
  UnansweredInsight,
  HotspotInsight,
  Insight,
  InsightDay,
  DocsReport,
  DocsReportFormat,
} from './insights';
export {
  ContactSubjectInputSchema,
  ExportedDeliverySchema,
  ExportedAttemptSchema,
  ExportedCaseSchema,
  PrivacyExportSchema,
  ErasureCountsSchema,
  ErasureSchema,
  PRIVACY_ACTIONS,
  PRIVACY_SCOPES,
  PrivacyLogEntrySchema,
  PrivacyLogSchema,
} from './privacy';
export type { ContactSubjectInput, ExportedCase, PrivacyExport, ErasureCounts, Erasure, PrivacyAction, PrivacyScope, PrivacyLog } from './privacy';
